#include "store/document_cache.hpp"

namespace afk::store {

std::shared_ptr<const void> DocumentCache::find(const std::string& table, std::int64_t id, std::int64_t version) {
  std::lock_guard lock(mutex_);
  const auto found = index_.find(key_of(table, id));
  if (found == index_.end() || found->second->version != version) return nullptr;
  entries_.splice(entries_.begin(), entries_, found->second);
  return found->second->value;
}

void DocumentCache::put(const std::string& table, std::int64_t id, std::int64_t version,
                        std::shared_ptr<const void> value) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  std::string key = key_of(table, id);
  if (const auto found = index_.find(key); found != index_.end()) {
    found->second->version = version;
    found->second->value = std::move(value);
    entries_.splice(entries_.begin(), entries_, found->second);
    return;
  }
  entries_.push_front({key, version, std::move(value)});
  index_.emplace(std::move(key), entries_.begin());
  if (entries_.size() > capacity_) {
    index_.erase(entries_.back().key);
    entries_.pop_back();
  }
}

size_t DocumentCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace afk::store
