#include "http/bounded_work_pool.hpp"

#include <boost/asio/post.hpp>

namespace afk::http {

BoundedWorkPool::BoundedWorkPool(std::size_t threads, std::size_t queue_limit)
    : pool_(threads == 0 ? 1 : threads), queue_limit_(queue_limit == 0 ? 1 : queue_limit) {}

BoundedWorkPool::~BoundedWorkPool() { join(); }

bool BoundedWorkPool::try_post(std::function<void()> job) {
  std::size_t pending = pending_.load();
  do {
    if (pending >= queue_limit_) return false;
  } while (!pending_.compare_exchange_weak(pending, pending + 1));
  boost::asio::post(pool_, [this, job = std::move(job)] {
    struct Done {
      std::atomic<std::size_t>& pending;
      ~Done() { --pending; }
    } done{pending_};
    job();
  });
  return true;
}

void BoundedWorkPool::join() { pool_.join(); }

}  // namespace afk::http
