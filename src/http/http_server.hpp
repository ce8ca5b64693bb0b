// The HTTP server: Boost.Beast over Asio, keep-alive, a body-size limit, the
// API through the Router and the built web application as static files.
#pragma once

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "http/router.hpp"

namespace afk::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 = any free port (tests)
  int threads = 2;
  bool log_requests = true;
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
