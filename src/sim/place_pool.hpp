// A set of places, each held until a release time. A binary min-heap of
// release times: the next place to free up is always at the front.
#pragma once

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

namespace afk::sim {

class PlacePool {
 public:
  explicit PlacePool(int places) : capacity_(static_cast<std::size_t>(places)) {
    release_days_.reserve(capacity_);
  }

  bool has_free_place() const { return release_days_.size() < capacity_; }
  std::size_t busy() const { return release_days_.size(); }
  std::size_t capacity() const { return capacity_; }

  // When the next held place is released; +infinity when all are free.
  double next_release() const {
    return release_days_.empty() ? std::numeric_limits<double>::infinity() : release_days_.front();
  }

  void hold_until(double release_day) {
    release_days_.push_back(release_day);
    std::push_heap(release_days_.begin(), release_days_.end(), std::greater<>{});
  }

  // The place released next is taken again at once (someone was waiting):
  // one sift down instead of a pop and a push.
  void release_next_and_hold_until(double release_day) {
    std::size_t hole = 0;
    const std::size_t size = release_days_.size();
    for (;;) {
      std::size_t child = 2 * hole + 1;
      if (child >= size) break;
      if (child + 1 < size && release_days_[child + 1] < release_days_[child]) ++child;
      if (!(release_days_[child] < release_day)) break;
      release_days_[hole] = release_days_[child];
      hole = child;
    }
    release_days_[hole] = release_day;
  }

  void release_next() {
    std::pop_heap(release_days_.begin(), release_days_.end(), std::greater<>{});
    release_days_.pop_back();
  }

 private:
  std::size_t capacity_;
  std::vector<double> release_days_;
};

}  // namespace afk::sim
