#include "http/routes/route_support.hpp"

namespace afk::http {

namespace {
ApiResponse answer(Result<ApiResponse> result) {
  if (!result) return ApiResponse::error(result.error());
  return std::move(result).value();
}
}  // namespace

ApiResponse run_command(RequestContext& context, const Work& work) {
  return answer(service::run_command<ApiResponse>(context, work));
}

ApiResponse run_query(RequestContext& context, const Work& work) {
  return answer(service::run_query<ApiResponse>(context, work));
}

Status require_object_body(const RequestContext& context) {
  if (context.body().is_object()) return ok_status();
  return make_error(ErrorKind::bad_input, "object_expected", "Forespørgslen skal være et JSON-objekt.",
                    "body");
}

Result<ApiResponse> versioned_answer(const nlohmann::json& body, std::int64_t version, int status) {
  auto response = ApiResponse::json(body, status);
  response.headers.emplace_back("ETag", "\"" + std::to_string(version) + "\"");
  return response;
}

}  // namespace afk::http
