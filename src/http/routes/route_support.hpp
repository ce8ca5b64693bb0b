// What every route needs: a service's result as a JSON answer, and for the
// routes that still hold their own work, the services' unit of work.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/router.hpp"
#include "service/unit_of_work.hpp"

namespace afk::http {

// Routes not yet moved into a service run their work in the service layer's
// unit of work (service/unit_of_work.hpp) directly.
using service::AuditTrail;

using Work = std::function<Result<ApiResponse>(store::SqlConnection&, AuditTrail&)>;

// service::run_command and run_query with an ApiResponse as the result.
ApiResponse run_command(RequestContext& context, const Work& work);
ApiResponse run_query(RequestContext& context, const Work& work);

// A service's result as the answer: its value through `to_answer`, or its error.
template <class T, class ToAnswer>
ApiResponse answer(const Result<T>& result, ToAnswer&& to_answer) {
  if (!result) return ApiResponse::error(result.error());
  Result<ApiResponse> answered = to_answer(result.value());
  if (!answered) return ApiResponse::error(answered.error());
  return std::move(answered).value();
}

// A body that must be a JSON object.
Status require_object_body(const RequestContext& context);

inline Result<ApiResponse> json_answer(const nlohmann::json& body, int status = 200) {
  return ApiResponse::json(body, status);
}
// A JSON answer carrying the record's version as ETag, for the next If-Match.
Result<ApiResponse> versioned_answer(const nlohmann::json& body, std::int64_t version, int status = 200);

}  // namespace afk::http
