// First-in first-out queue on one growing vector: cheaper than std::deque
// for the hot loop (no chunk bookkeeping), and the waiting list stays short.
#pragma once

#include <cstddef>
#include <vector>

namespace afk::sim {

template <class T>
class FifoQueue {
 public:
  bool empty() const { return head_ == items_.size(); }
  std::size_t size() const { return items_.size() - head_; }
  const T& front() const { return items_[head_]; }

  void push_back(const T& item) { items_.push_back(item); }

  void pop_front() {
    ++head_;
    // Drop the consumed prefix once it dominates, so memory stays bounded.
    if (head_ == items_.size()) {
      items_.clear();
      head_ = 0;
    } else if (head_ >= 1024 && head_ * 2 >= items_.size()) {
      items_.erase(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(head_));
      head_ = 0;
    }
  }

 private:
  std::vector<T> items_;
  std::size_t head_ = 0;
};

}  // namespace afk::sim
