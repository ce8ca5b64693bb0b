#include "http/api_types.hpp"

namespace afk::http {

std::optional<std::string> ApiRequest::header(const std::string& lower_case_name) const {
  if (auto found = headers.find(lower_case_name); found != headers.end()) return found->second;
  return std::nullopt;
}

std::optional<std::string> ApiRequest::cookie(const std::string& name) const {
  const auto cookies = header("cookie");
  if (!cookies) return std::nullopt;
  size_t at = 0;
  while (at < cookies->size()) {
    size_t end = cookies->find(';', at);
    if (end == std::string::npos) end = cookies->size();
    std::string pair = cookies->substr(at, end - at);
    const size_t first = pair.find_first_not_of(' ');
    if (first != std::string::npos) pair = pair.substr(first);
    if (const size_t equals = pair.find('='); equals != std::string::npos && pair.substr(0, equals) == name)
      return pair.substr(equals + 1);
    at = end + 1;
  }
  return std::nullopt;
}

int status_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::bad_input:
      return 400;
    case ErrorKind::unauthenticated:
      return 401;
    case ErrorKind::forbidden:
      return 403;
    case ErrorKind::not_found:
      return 404;
    case ErrorKind::illegal_state:
      return 409;
    case ErrorKind::stale_version:
      return 412;
    case ErrorKind::too_large:
      return 413;
    case ErrorKind::rule_violated:
      return 422;
    case ErrorKind::too_many:
      return 429;
    case ErrorKind::internal:
      return 500;
    case ErrorKind::busy:
      return 503;
  }
  return 500;
}

ApiResponse ApiResponse::json(const nlohmann::json& body, int status) {
  ApiResponse response;
  response.status = status;
  // Replacing ill-formed UTF-8 instead of throwing: an answer is always written.
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

ApiResponse::ApiResponse(const Error& failure) : ApiResponse(ApiResponse::error(failure)) {}

ApiResponse ApiResponse::error(const Error& error) {
  nlohmann::json detail{{"code", error.code}, {"message", error.message}};
  if (!error.field.empty()) detail["field"] = error.field;
  ApiResponse response = json({{"error", detail}}, status_for(error.kind));
  if (error.retry_after_seconds > 0)
    response.headers.emplace_back("Retry-After", std::to_string(error.retry_after_seconds));
  return response;
}

ApiResponse ApiResponse::no_content() {
  ApiResponse response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

}  // namespace afk::http
