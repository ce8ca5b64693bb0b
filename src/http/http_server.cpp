#include "http/http_server.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>

#include "http/bounded_work_pool.hpp"
#include "http/request_handler.hpp"

namespace afk::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {
// Request headers beyond this are refused: no route needs more than a cookie and a few tokens.
constexpr std::size_t header_limit_bytes = 16 * 1024;
// Accept back-off when out of descriptors (EMFILE): from the first to the longest wait.
constexpr std::chrono::milliseconds first_accept_backoff{10};
constexpr std::chrono::milliseconds longest_accept_backoff{500};

ApiResponse busy_response() {
  Error error = make_error(ErrorKind::busy, "busy", "Der er travlt lige nu. Prøv igen om et øjeblik.");
  error.retry_after_seconds = 1;
  return ApiResponse::error(error);
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Router& router, const ServerOptions& options, BoundedWorkPool& password_pool)
      : stream_(std::move(socket)),
        delay_timer_(stream_.get_executor()),
        router_(router),
        options_(options),
        password_pool_(password_pool) {}

  void start() { read_next(); }

 private:
  void read_next() {
    parser_.emplace();
    parser_->body_limit(router_.services().settings.body_limit_bytes);
    parser_->header_limit(header_limit_bytes);
    stream_.expires_after(options_.read_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Connection::on_read, shared_from_this()));
  }

  void on_read(beast::error_code error, std::size_t) {
    if (error == bhttp::error::end_of_stream || error == beast::error::timeout || error == asio::error::eof ||
        error == asio::error::connection_reset || error == asio::error::operation_aborted) {
      close();
      return;
    }
    if (error == bhttp::error::body_limit) {
      send_final(ApiResponse::error(
          make_error(ErrorKind::too_large, "body_too_large", "Forespørgslen er for stor.", "body")));
      return;
    }
    if (error) {
      send_final(
          ApiResponse::error(make_error(ErrorKind::bad_input, "bad_http", "Ugyldig HTTP-forespørgsel.")));
      return;
    }
    const BeastRequest& request = parser_->get();
    beast::error_code ignored;
    const auto remote = stream_.socket().remote_endpoint(ignored);
    const std::string peer = ignored ? std::string() : remote.address().to_string();
    auto api_request = std::make_shared<ApiRequest>(to_api_request(request, peer, options_.trusted_proxies));
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive();
    if (hashes_password(router_, *api_request)) {
      // Off the I/O thread; the answer is written back on the connection's strand.
      const bool queued =
          password_pool_.try_post([self = shared_from_this(), api_request, version, keep_alive] {
            std::vector<store::AuditEntry> before_answer;
            auto response = self->answer(*api_request, before_answer);
            self->send_when_logged(std::move(response), std::move(before_answer), version, keep_alive, false);
          });
      if (!queued) send(to_beast_response(busy_response(), version, keep_alive));
      return;
    }
    std::vector<store::AuditEntry> before_answer;
    ApiResponse response = answer(*api_request, before_answer);
    send_when_logged(std::move(response), std::move(before_answer), version, keep_alive, true);
  }

  // The answer goes out once its audit entries are committed; until then no
  // thread waits: the audit writer calls back and the answer is posted to the
  // connection's strand. If they cannot be committed, the answer is an error.
  // `on_strand`: called on the connection's strand (else from the password pool).
  void send_when_logged(ApiResponse response, std::vector<store::AuditEntry> before_answer, unsigned version,
                        bool keep_alive, bool on_strand) {
    if (before_answer.empty() && on_strand)
      return send_after(response.delay, to_beast_response(response, version, keep_alive));
    auto shared = std::make_shared<ApiResponse>(std::move(response));
    router_.services().audit_writer->append_async(
        std::move(before_answer),
        [self = shared_from_this(), shared, version, keep_alive](std::exception_ptr error) {
          if (error) *shared = database_error();
          asio::post(self->stream_.get_executor(), [self, shared, version, keep_alive] {
            self->send_after(shared->delay, to_beast_response(*shared, version, keep_alive));
          });
        });
  }

  // A delayed answer waits on the connection's timer; no thread waits with it.
  void send_after(std::chrono::milliseconds delay, BeastResponse response) {
    if (delay.count() <= 0) return send(std::move(response));
    auto shared = std::make_shared<BeastResponse>(std::move(response));
    delay_timer_.expires_after(delay);
    delay_timer_.async_wait(
        [self = shared_from_this(), shared](beast::error_code) { self->send(std::move(*shared)); });
  }

  // The last line of defence: whatever goes wrong answering, the process goes on.
  ApiResponse answer(const ApiRequest& request, std::vector<store::AuditEntry>& before_answer) {
    try {
      return handle_request(router_, request, options_.log_requests, &before_answer);
    } catch (const std::exception&) {
      std::cerr << R"({"level":"error","msg":"request failed outside the router"})"
                   "\n";
      return ApiResponse::error(
          make_error(ErrorKind::internal, "internal_error", "Der opstod en uventet fejl."));
    }
  }

  void send_final(const ApiResponse& api) { send(to_beast_response(api, 11, false)); }

  void send(BeastResponse response) {
    auto shared = std::make_shared<BeastResponse>(std::move(response));
    stream_.expires_after(options_.write_timeout);
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
  asio::steady_timer delay_timer_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Router& router_;
  const ServerOptions& options_;
  BoundedWorkPool& password_pool_;
};

}  // namespace

struct HttpServer::Impl {
  Impl(Router& router, ServerOptions options)
      : router(router),
        options(std::move(options)),
        context(this->options.threads),
        acceptor(context),
        backoff_timer(context),
        password_pool(this->options.password_threads, this->options.password_queue_limit) {}

  void accept_next() {
    acceptor.async_accept(asio::make_strand(context), [this](beast::error_code error, tcp::socket socket) {
      if (error == asio::error::operation_aborted) return;
      if (error) {
        // Out of descriptors (EMFILE, ENFILE) or memory: the connection waits
        // in the backlog; try again later instead of spinning on accept.
        if (backoff == first_accept_backoff)
          std::cerr << R"({"level":"warning","msg":"accept failed; backing off","error":)"
                    << nlohmann::json(error.message()).dump() << "}\n";
        backoff_timer.expires_after(backoff);
        backoff = std::min(backoff * 2, longest_accept_backoff);
        backoff_timer.async_wait([this](beast::error_code waited) {
          if (!waited) accept_next();
        });
        return;
      }
      backoff = first_accept_backoff;
      std::make_shared<Connection>(std::move(socket), router, options, password_pool)->start();
      accept_next();
    });
  }

  Router& router;
  ServerOptions options;
  asio::io_context context;
  tcp::acceptor acceptor;
  asio::steady_timer backoff_timer;
  std::chrono::milliseconds backoff = first_accept_backoff;
  BoundedWorkPool password_pool;
  std::vector<std::thread> threads;
};

HttpServer::HttpServer(Router& router, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, std::move(options))) {
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
  for (int i = 0; i < impl_->options.threads; ++i)
    impl_->threads.emplace_back([this] { impl_->context.run(); });
}

void HttpServer::run_until_signal() {
  asio::signal_set signals(impl_->context, SIGINT, SIGTERM);
  signals.async_wait([this](beast::error_code, int) { impl_->context.stop(); });
  for (int i = 1; i < impl_->options.threads; ++i)
    impl_->threads.emplace_back([this] { impl_->context.run(); });
  impl_->context.run();
  stop();
}

void HttpServer::stop() {
  impl_->context.stop();
  for (auto& thread : impl_->threads)
    if (thread.joinable()) thread.join();
  impl_->threads.clear();
  impl_->password_pool.join();
  // Answers still waiting for their audit entries call back into connections
  // of this server's I/O context: let them finish while the context exists.
  if (const auto& writer = impl_->router.services().audit_writer) writer->drain();
}

}  // namespace afk::http
