// A small blocking HTTP client for the integration tests: one connection per
// request, the session cookie and CSRF token kept from the log-in, and the
// answer with its status, headers and parsed JSON.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

namespace afk::test {

// The API paths of a course and of one of its commands.
inline std::string course_path(std::int64_t course_id) {
  return "/api/v1/courses/" + std::to_string(course_id);
}
inline std::string command_path(std::int64_t course_id, const std::string& command) {
  return course_path(course_id) + "/commands/" + command;
}

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  nlohmann::json json;  // null when the body is empty or not JSON

  std::string header(const std::string& lower_case_name) const;
  // error.code / error.field / error.message of an error answer, or "".
  std::string error_code() const;
  std::string error_field() const;
  std::string error_message() const;
  // The ETag as sent ("\"3\""), ready for If-Match.
  std::string etag() const { return header("etag"); }
};

struct HttpRequest {
  std::string method = "GET";
  std::string target;
  std::optional<std::string> body;  // sent as application/json
  std::optional<std::string> if_match;
  // The session's CSRF token is sent on every non-GET request unless this
  // is set (an empty string sends no header at all).
  std::optional<std::string> csrf_override;
  std::optional<std::string> authorization = std::nullopt;  // the Authorization header ("Bearer …")
  std::string content_type = "application/json";
};

class TestClient {
 public:
  explicit TestClient(unsigned short port) : port_(port) {}

  // Logs in and keeps the cookie and CSRF token; throws if it fails.
  void login(const std::string& username, const std::string& password);
  HttpResponse try_login(const std::string& username, const std::string& password);

  HttpResponse get(const std::string& target);
  HttpResponse post(const std::string& target, const nlohmann::json& body,
                    const std::optional<std::string>& if_match = std::nullopt);
  HttpResponse remove(const std::string& target);
  HttpResponse send(const HttpRequest& request);
  // Writes `bytes` as they are (a hostile request line, invalid UTF-8, …) and
  // reads one answer; status 0 when the server closed without answering.
  HttpResponse send_raw(const std::string& bytes);

  // The same session (cookie and CSRF token) sent to the server on `port`,
  // as a load balancer may send the next request to another server.
  TestClient on_port(unsigned short port) const {
    TestClient moved = *this;
    moved.port_ = port;
    return moved;
  }

  const std::string& cookie() const { return cookie_; }
  void set_cookie(std::string cookie) { cookie_ = std::move(cookie); }
  const std::string& csrf_token() const { return csrf_token_; }

 private:
  unsigned short port_;
  std::string cookie_;  // "afk_session=…", sent as the Cookie header
  std::string csrf_token_;
};

// Runs `first` and `second` on two threads released at the same moment (two
// colleagues racing for the last place) and returns both answers in order.
std::pair<HttpResponse, HttpResponse> at_the_same_moment(const std::function<HttpResponse()>& first,
                                                         const std::function<HttpResponse()>& second);

}  // namespace afk::test
