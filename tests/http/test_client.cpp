#include "http/test_client.hpp"

#include <sys/socket.h>
#include <sys/time.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <latch>
#include <stdexcept>
#include <thread>

#include "http/response_log.hpp"

namespace afk::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {
std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string error_part(const nlohmann::json& json, const char* key) {
  if (!json.is_object() || !json.contains("error") || !json["error"].is_object()) return {};
  const auto& error = json["error"];
  return error.contains(key) && error[key].is_string() ? error[key].get<std::string>() : std::string();
}

// A hung server should fail the test, not the CI job: 15 s per socket read/write.
void set_socket_timeouts(tcp::socket& socket) {
  timeval timeout{15, 0};
  setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  setsockopt(socket.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
}
}  // namespace

std::string HttpResponse::header(const std::string& lower_case_name) const {
  const auto found = headers.find(lower_case_name);
  return found == headers.end() ? std::string() : found->second;
}
std::string HttpResponse::error_code() const { return error_part(json, "code"); }
std::string HttpResponse::error_field() const { return error_part(json, "field"); }
std::string HttpResponse::error_message() const { return error_part(json, "message"); }

HttpResponse TestClient::send(const HttpRequest& request) {
  asio::io_context context;
  tcp::socket socket(context);
  socket.connect({asio::ip::make_address("127.0.0.1"), port_});
  set_socket_timeouts(socket);

  bhttp::request<bhttp::string_body> message;
  message.version(11);
  const bhttp::verb verb = bhttp::string_to_verb(request.method);
  if (verb == bhttp::verb::unknown)
    message.method_string(request.method);
  else
    message.method(verb);
  message.target(request.target);
  message.set(bhttp::field::host, "127.0.0.1");
  message.keep_alive(false);
  if (!cookie_.empty()) message.set(bhttp::field::cookie, cookie_);
  if (request.if_match) message.set(bhttp::field::if_match, *request.if_match);
  const std::string csrf = request.csrf_override.value_or(request.method == "GET" ? "" : csrf_token_);
  if (!csrf.empty()) message.set("X-CSRF-Token", csrf);
  if (request.authorization) message.set(bhttp::field::authorization, *request.authorization);
  if (request.body) {
    message.set(bhttp::field::content_type, request.content_type);
    message.body() = *request.body;
  }
  message.prepare_payload();

  beast::error_code error;
  // A refused (e.g. too large) request may be answered before it is fully
  // sent; read the answer regardless of how the write went.
  bhttp::write(socket, message, error);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  bhttp::read(socket, buffer, parser, error);
  if (error && !parser.is_header_done())
    throw std::runtime_error("HTTP " + request.method + " " + request.target + " failed: " + error.message());

  const auto& answer = parser.get();
  HttpResponse response;
  response.status = static_cast<int>(answer.result_int());
  for (const auto& field : answer)
    response.headers[lower(std::string(field.name_string()))] = std::string(field.value());
  response.body = answer.body();
  if (!response.body.empty()) {
    response.json = nlohmann::json::parse(response.body, nullptr, false);
    if (response.json.is_discarded()) response.json = nullptr;
  }
  if (!response.json.is_null() && response.header("content-type").starts_with("application/json"))
    record_answer(request.method, request.target, response.status, response.json);
  beast::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  return response;
}

HttpResponse TestClient::send_raw(const std::string& bytes) {
  asio::io_context context;
  tcp::socket socket(context);
  socket.connect({asio::ip::make_address("127.0.0.1"), port_});
  set_socket_timeouts(socket);
  beast::error_code error;
  asio::write(socket, asio::buffer(bytes), error);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  bhttp::read(socket, buffer, parser, error);
  HttpResponse response;
  if (!parser.is_header_done()) return response;
  const auto& answer = parser.get();
  response.status = static_cast<int>(answer.result_int());
  for (const auto& field : answer)
    response.headers[lower(std::string(field.name_string()))] = std::string(field.value());
  response.body = answer.body();
  response.json = nlohmann::json::parse(response.body, nullptr, false);
  if (response.json.is_discarded()) response.json = nullptr;
  return response;
}

HttpResponse TestClient::get(const std::string& target) { return send({"GET", target, {}, {}, {}}); }

HttpResponse TestClient::post(const std::string& target, const nlohmann::json& body,
                              const std::optional<std::string>& if_match) {
  return send({"POST", target, body.dump(), if_match, {}});
}

HttpResponse TestClient::remove(const std::string& target) { return send({"DELETE", target, {}, {}, {}}); }

HttpResponse TestClient::try_login(const std::string& username, const std::string& password) {
  HttpResponse response = post("/api/v1/session", {{"username", username}, {"password", password}});
  if (response.status == 200) {
    const std::string set_cookie = response.header("set-cookie");
    cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    csrf_token_ = response.json.at("csrf_token").get<std::string>();
  }
  return response;
}

void TestClient::login(const std::string& username, const std::string& password) {
  const HttpResponse response = try_login(username, password);
  if (response.status != 200)
    throw std::runtime_error("login as " + username + " failed: " + std::to_string(response.status) + " " +
                             response.body);
}

std::pair<HttpResponse, HttpResponse> at_the_same_moment(const std::function<HttpResponse()>& first,
                                                         const std::function<HttpResponse()>& second) {
  std::latch start(2);
  std::pair<HttpResponse, HttpResponse> answers;
  std::thread first_thread([&] {
    start.arrive_and_wait();
    answers.first = first();
  });
  std::thread second_thread([&] {
    start.arrive_and_wait();
    answers.second = second();
  });
  first_thread.join();
  second_thread.join();
  return answers;
}

}  // namespace afk::test
