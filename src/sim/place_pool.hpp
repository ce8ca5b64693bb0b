// A set of places, each held until a release time. A binary min-heap of
// release times: the next place to free up is always at the front.
#pragma once

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
    std::size_t hole = release_days_.size();
    release_days_.push_back(release_day);
    while (hole > 0) {
      const std::size_t parent = (hole - 1) / 2;
      if (!(release_day < release_days_[parent])) break;
      release_days_[hole] = release_days_[parent];
      hole = parent;
    }
    release_days_[hole] = release_day;
  }

  // The place released next is taken again at once (someone was waiting):
  // one sift down instead of a pop and a push.
  void release_next_and_hold_until(double release_day) { sift_down_from_front(release_day); }

  void release_next() {
    const double last = release_days_.back();
    release_days_.pop_back();
    if (!release_days_.empty()) sift_down_from_front(last);
  }

 private:
  // Puts `day` at the front and sifts it down. The smaller child is picked
  // without a branch: which child wins is a coin toss the processor cannot
  // predict. (A 4-ary heap and bottom-up replacement measured no faster.)
  void sift_down_from_front(double day) {
    const std::size_t size = release_days_.size();
    std::size_t hole = 0;
    for (;;) {
      std::size_t child = 2 * hole + 1;
      if (child >= size) break;
      if (child + 1 < size) child += release_days_[child + 1] < release_days_[child];
      if (!(release_days_[child] < day)) break;
      release_days_[hole] = release_days_[child];
      hole = child;
    }
    release_days_[hole] = day;
  }

  std::size_t capacity_;
  std::vector<double> release_days_;
};

}  // namespace afk::sim
