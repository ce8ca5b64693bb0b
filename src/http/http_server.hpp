// The HTTP server: Boost.Beast over Asio, keep-alive, a body-size limit, a
// read timeout for idle and slow clients, a back-off when the process runs
// out of file descriptors, password hashing on its own bounded pool, and the
// API and the built web application through request_handler.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "http/client_origin.hpp"
#include "http/router.hpp"

namespace afk::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 = any free port (tests)
  int threads = 2;
  bool log_requests = true;
  TrustedProxies trusted_proxies;
  // How long a connection may take to send one whole request, or stay idle
  // between requests; a slow or silent client is disconnected after it.
  std::chrono::milliseconds read_timeout{30'000};
  std::chrono::milliseconds write_timeout{30'000};
  // Password hashing (argon2id, 64 MiB each): threads, and how many log-ins
  // may be queued or running before the server answers 503.
  std::size_t password_threads = 1;
  std::size_t password_queue_limit = 16;
};

class HttpServer {
 public:
  HttpServer(Router& router, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  unsigned short port() const;
  // Serves in background threads until stop().
  void start();
  // Serves on the calling thread too, until SIGINT/SIGTERM or stop().
  void run_until_signal();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace afk::http
