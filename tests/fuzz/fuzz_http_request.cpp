// libFuzzer harness: raw bytes as the server receives them — Beast's parser
// with the server's limits, then the same path as every request
// (to_api_request → handle_request: checks, router, access, handler, the
// request log). The first byte picks who sends it: nobody, or a logged-in
// user of one of the roles (session cookie and CSRF token inserted after the
// request line). Every answer must be a status below 500.
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "http/request_handler.hpp"
#include "http/session_auth.hpp"
#include "http/test_server.hpp"

namespace {
namespace bhttp = boost::beast::http;

struct World {
  afk::test::TestServer server;
  std::vector<std::string> session_headers{""};  // [0]: not logged in
  std::ostringstream discarded_log;
  World() {
    std::cerr.rdbuf(discarded_log.rdbuf());  // the request log, kept off the fuzzer's output
    // One course to act on, then one session per role and organisation.
    server.seed_course(afk::test::world::unit_a, afk::test::world::ward_a, afk::test::world::municipality_a,
                       "Fuzz Borger", true);
    for (const char* username :
         {afk::test::users::ward_a, afk::test::users::staff_a, afk::test::users::lead_a,
          afk::test::users::authority_a, afk::test::users::project_lead, afk::test::users::evaluator,
          afk::test::users::admin, afk::test::users::staff_b}) {
      auto login =
          afk::http::login(server.services(), username, afk::test::test_password, "127.0.0.1").value();
      session_headers.push_back(std::string("Cookie: ") + afk::http::session_cookie_name + "=" +
                                login.session_token + "\r\nX-CSRF-Token: " + login.principal.csrf_token +
                                "\r\n");
    }
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static World world;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string& session = world.session_headers[data[0] % world.session_headers.size()];
  if (const auto line_end = bytes.find("\r\n"); line_end != std::string::npos && !session.empty())
    bytes.insert(line_end + 2, session);

  bhttp::request_parser<bhttp::string_body> parser;
  parser.body_limit(world.server.settings().body_limit_bytes);
  parser.header_limit(16 * 1024);
  parser.eager(true);
  boost::beast::error_code error;
  parser.put(boost::asio::buffer(bytes), error);
  if (!error && !parser.is_done()) parser.put_eof(error);
  if (error || !parser.is_done()) return 0;  // the server answers 400 or 413 itself

  const auto request = afk::http::to_api_request(parser.get(), "127.0.0.1", {});
  const auto response = afk::http::handle_request(world.server.mutable_router(), request, true);
  if (response.status >= 500) {
    std::fprintf(stderr, "status %d for a request: %s\n", response.status, response.body.c_str());
    std::abort();
  }
  return 0;
}
