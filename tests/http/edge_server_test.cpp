// The server at its edge: behind a trusted proxy the client's address and
// scheme come from the proxy (Secure cookie over HTTPS), answers forbid
// framing, idle and slow connections are closed, and password hashing runs
// on its own bounded pool so a flood of log-ins is refused with 503 while
// everything else is served.
#include <gmock/gmock.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <future>
#include <thread>

#include "http/test_client.hpp"
#include "http/test_server.hpp"

namespace afk::test {
namespace {

std::string login_request(const std::string& extra_headers) {
  const std::string body = nlohmann::json{{"username", users::admin}, {"password", test_password}}.dump();
  return "POST /api/v1/session HTTP/1.1\r\nHost: afklaring.example.dk\r\nContent-Type: application/json\r\n" +
         extra_headers + "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" +
         body;
}

std::string last_login_address(TestServer& server) {
  auto connection = server.pool().acquire();
  const auto rows =
      connection->query("SELECT address FROM audit_log WHERE action = 'login' ORDER BY id DESC LIMIT 1");
  return rows.empty() ? std::string() : rows.front().text(0);
}

TEST(EdgeServer, BehindATrustedProxyTheCookieIsSecureAndTheAuditHasTheClientsAddress) {
  TestServerOptions options;
  options.trusted_proxies = http::TrustedProxies::parse({"127.0.0.1"}).value();
  TestServer server(options);
  TestClient proxy(server.port());
  const HttpResponse https =
      proxy.send_raw(login_request("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n"));
  ASSERT_EQ(https.status, 200) << https.body;
  EXPECT_THAT(https.header("set-cookie"), testing::HasSubstr("; Secure"));
  EXPECT_EQ(last_login_address(server), "203.0.113.7");
  const HttpResponse plain =
      proxy.send_raw(login_request("X-Forwarded-For: 203.0.113.8\r\nX-Forwarded-Proto: http\r\n"));
  EXPECT_THAT(plain.header("set-cookie"), testing::Not(testing::HasSubstr("Secure")));
}

TEST(EdgeServer, WithoutATrustedProxyForwardedHeadersAreIgnored) {
  TestServer server;
  TestClient client(server.port());
  const HttpResponse answer =
      client.send_raw(login_request("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n"));
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_THAT(answer.header("set-cookie"), testing::Not(testing::HasSubstr("Secure")));
  EXPECT_EQ(last_login_address(server), "127.0.0.1");
  EXPECT_EQ(client.get("/api/v1/health").header("x-frame-options"), "DENY");
}

TEST(EdgeServer, ASilentOrSlowClientIsDisconnected) {
  TestServerOptions options;
  options.read_timeout = std::chrono::milliseconds(300);
  TestServer server(options);
  namespace asio = boost::asio;
  asio::io_context context;
  asio::ip::tcp::socket socket(context);
  socket.connect({asio::ip::make_address("127.0.0.1"), server.port()});
  asio::write(socket,
              asio::buffer(std::string("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")));  // never finished
  // The socket read blocks until the server closes it; without the timeout it would block for good.
  auto closed = std::async(std::launch::async, [&] {
    char byte;
    boost::system::error_code error;
    asio::read(socket, asio::buffer(&byte, 1), error);
    return error;
  });
  ASSERT_EQ(closed.wait_for(std::chrono::seconds(20)), std::future_status::ready)
      << "the connection stayed open";
  EXPECT_EQ(closed.get(), asio::error::eof);
  EXPECT_EQ(TestClient(server.port()).get("/api/v1/health").status, 200);
}

TEST(EdgeServer, AFloodOfLogInsIsBoundedByThePasswordPoolAndHealthIsServed) {
  TestServerOptions options;
  options.io_threads = 1;
  options.password_threads = 1;
  options.password_queue_limit = 2;
  TestServer server(options);
  std::vector<std::future<int>> logins;
  for (int i = 0; i < 12; ++i)
    logins.push_back(std::async(std::launch::async, [&] {
      TestClient client(server.port());
      return client.try_login(users::staff_a, test_password).status;
    }));
  int health = 0;
  for (int i = 0; i < 5; ++i) health += TestClient(server.port()).get("/api/v1/health").status == 200;
  int ok = 0, busy = 0;
  for (auto& login : logins) {
    const int status = login.get();
    ok += status == 200;
    busy += status == 503;
  }
  EXPECT_EQ(health, 5);
  EXPECT_GE(ok, 2) << "queued log-ins are served";
  EXPECT_GE(busy, 1) << "a full password pool answers 503 instead of queueing without bound";
  EXPECT_EQ(ok + busy, 12);
}

}  // namespace
}  // namespace afk::test
