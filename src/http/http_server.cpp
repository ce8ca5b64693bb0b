#include "http/http_server.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "http/query_string.hpp"
#include "http/static_files.hpp"

namespace afk::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

void log_request(const ApiRequest& request, int status, double milliseconds) {
  // Paths carry numeric ids only; no names, CPR numbers or note text.
  nlohmann::json line{{"level", "info"},     {"msg", "request"}, {"method", request.method},
                      {"path", request.path}, {"status", status}, {"ms", std::round(milliseconds * 10) / 10}};
  std::cerr << line.dump() + "\n";
}

ApiRequest to_api_request(const bhttp::request<bhttp::string_body>& request, const std::string& client_address) {
  ApiRequest api;
  api.method = std::string(request.method_string());
  const std::string target(request.target());
  const size_t question = target.find('?');
  api.path = target.substr(0, question);
  if (question != std::string::npos) api.query = parse_query_string(target.substr(question + 1));
  for (const auto& field : request) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    api.headers[name] = std::string(field.value());
  }
  api.body = request.body();
  api.client_address = client_address;
  return api;
}

bhttp::response<bhttp::string_body> to_beast_response(const ApiResponse& api, unsigned version, bool keep_alive) {
  bhttp::response<bhttp::string_body> response{static_cast<bhttp::status>(api.status), version};
  response.set(bhttp::field::server, "afklaring");
  if (!api.content_type.empty()) response.set(bhttp::field::content_type, api.content_type);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "no-referrer");
  for (const auto& [name, value] : api.headers) response.insert(name, value);
  response.keep_alive(keep_alive);
  response.body() = api.body;
  response.prepare_payload();
  return response;
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Router& router, const ServerOptions& options)
      : stream_(std::move(socket)), router_(router), options_(options) {}

  void start() { read_next(); }

 private:
  void read_next() {
    parser_.emplace();
    parser_->body_limit(router_.services().settings.body_limit_bytes);
    parser_->header_limit(16 * 1024);
    stream_.expires_after(std::chrono::seconds(60));
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Connection::on_read, shared_from_this()));
  }

  void on_read(beast::error_code error, std::size_t) {
    if (error == bhttp::error::end_of_stream || error == beast::error::timeout || error == asio::error::eof ||
        error == asio::error::connection_reset) {
      close();
      return;
    }
    if (error == bhttp::error::body_limit) {
      auto api = ApiResponse::error(make_error(ErrorKind::too_large, "body_too_large",
                                               "Forespørgslen er for stor.", "body"));
      send(to_beast_response(api, 11, false));
      return;
    }
    if (error) {
      auto api = ApiResponse::error(make_error(ErrorKind::bad_input, "bad_http", "Ugyldig HTTP-forespørgsel."));
      send(to_beast_response(api, 11, false));
      return;
    }
    const auto started = std::chrono::steady_clock::now();
    const auto& request = parser_->get();
    std::string address;
    beast::error_code ignored;
    const auto remote = stream_.socket().remote_endpoint(ignored);
    if (!ignored) address = remote.address().to_string();
    ApiRequest api_request = to_api_request(request, address);
    ApiResponse api_response;
    if (api_request.path.rfind("/api/", 0) == 0 || router_.services().settings.web_root.empty()) {
      api_response = router_.handle(api_request);
      api_response.headers.emplace_back("Cache-Control", "no-store");
    } else {
      api_response = serve_static_file(router_.services().settings.web_root, api_request);
    }
    if (api_request.method == "HEAD") api_response.body.clear();
    if (options_.log_requests) {
      const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - started;
      log_request(api_request, api_response.status, elapsed.count());
    }
    send(to_beast_response(api_response, request.version(), request.keep_alive()));
  }

  void send(bhttp::response<bhttp::string_body> response) {
    auto shared = std::make_shared<bhttp::response<bhttp::string_body>>(std::move(response));
    bhttp::async_write(stream_, *shared,
                       [self = shared_from_this(), shared](beast::error_code error, std::size_t) {
                         if (error || !shared->keep_alive()) {
                           self->close();
                           return;
                         }
                         self->read_next();
                       });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Router& router_;
  const ServerOptions& options_;
};

}  // namespace

struct HttpServer::Impl {
  Impl(Router& router, ServerOptions options)
      : router(router), options(std::move(options)), context(this->options.threads), acceptor(context) {}

  void accept_next() {
    acceptor.async_accept(asio::make_strand(context), [this](beast::error_code error, tcp::socket socket) {
      if (error) {
        if (error == asio::error::operation_aborted) return;
      } else {
        std::make_shared<Connection>(std::move(socket), router, options)->start();
      }
      accept_next();
    });
  }

  Router& router;
  ServerOptions options;
  asio::io_context context;
  tcp::acceptor acceptor;
  std::vector<std::thread> threads;
};

HttpServer::HttpServer(Router& router, ServerOptions options) : impl_(std::make_unique<Impl>(router, std::move(options))) {
  const tcp::endpoint endpoint{asio::ip::make_address(impl_->options.address), impl_->options.port};
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(asio::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen(asio::socket_base::max_listen_connections);
  impl_->accept_next();
}

HttpServer::~HttpServer() { stop(); }

unsigned short HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpServer::start() {
  for (int i = 0; i < impl_->options.threads; ++i) impl_->threads.emplace_back([this] { impl_->context.run(); });
}

void HttpServer::run_until_signal() {
  asio::signal_set signals(impl_->context, SIGINT, SIGTERM);
  signals.async_wait([this](beast::error_code, int) { impl_->context.stop(); });
  for (int i = 1; i < impl_->options.threads; ++i) impl_->threads.emplace_back([this] { impl_->context.run(); });
  impl_->context.run();
  stop();
}

void HttpServer::stop() {
  impl_->context.stop();
  for (auto& thread : impl_->threads)
    if (thread.joinable()) thread.join();
  impl_->threads.clear();
}

}  // namespace afk::http
