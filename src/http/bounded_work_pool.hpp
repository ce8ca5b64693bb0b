// A small pool of threads for work that must not run on the I/O threads
// (password hashing), with a bound on how much may wait: when `queue_limit`
// jobs are queued or running, try_post refuses and the caller answers 503,
// so a flood of log-ins costs a bounded amount of CPU and memory (argon2id
// takes 64 MiB per hash) and the I/O threads keep serving everyone else.
#pragma once

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <cstddef>
#include <functional>

namespace afk::http {

class BoundedWorkPool {
 public:
  BoundedWorkPool(std::size_t threads, std::size_t queue_limit);
  ~BoundedWorkPool();
  BoundedWorkPool(const BoundedWorkPool&) = delete;
  BoundedWorkPool& operator=(const BoundedWorkPool&) = delete;

  // Runs `job` on a pool thread; false (and nothing runs) when the pool is full.
  bool try_post(std::function<void()> job);
  std::size_t pending() const { return pending_.load(); }
  // Waits for the queued jobs and stops the threads.
  void join();

 private:
  boost::asio::thread_pool pool_;
  std::size_t queue_limit_;
  std::atomic<std::size_t> pending_{0};
};

}  // namespace afk::http
