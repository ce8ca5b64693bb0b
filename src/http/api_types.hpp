// The HTTP layer's own view of a request and a response, independent of
// Beast so handlers and tests stay simple.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace afk::http {

struct ApiRequest {
  std::string method;  // "GET", "POST", …
  std::string path;    // without the query string
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  // The client's address: the peer's, or the one a trusted proxy forwarded.
  std::string client_address;
  // The client's connection was HTTPS (a trusted proxy said so).
  bool https = false;

  std::optional<std::string> header(const std::string& lower_case_name) const;
  std::optional<std::string> cookie(const std::string& name) const;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Written only after this long: a refused attempt at a locked log-in is slowed down, so a
  // guessing loop costs the server (and everyone else) next to nothing. No thread waits.
  std::chrono::milliseconds delay{0};

  ApiResponse() = default;
  // The error answer (as error()), so a handler returns a failed step's error as it is (AFK_TRY).
  ApiResponse(const Error& failure);  // NOLINT(google-explicit-constructor): on purpose

  static ApiResponse json(const nlohmann::json& body, int status = 200);
  static ApiResponse error(const Error& error);
  static ApiResponse no_content();
};

int status_for(ErrorKind kind);

}  // namespace afk::http
