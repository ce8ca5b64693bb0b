// Parsed aggregates shared by all connections of one database, keyed by
// table, id and version. Every change of a document bumps its version, so a
// cached entry is either exactly what the row holds or never asked for again.
// Entries are only added from committed reads (never inside a write
// transaction, whose changes could still be rolled back). Least recently
// used entries go first when the cache is full.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace afk::store {

class DocumentCache {
 public:
  explicit DocumentCache(size_t capacity) : capacity_(capacity) {}

  std::shared_ptr<const void> find(const std::string& table, std::int64_t id, std::int64_t version);
  void put(const std::string& table, std::int64_t id, std::int64_t version, std::shared_ptr<const void> value);
  size_t size() const;

 private:
  struct Entry {
    std::string key;
    std::int64_t version;
    std::shared_ptr<const void> value;
  };
  static std::string key_of(const std::string& table, std::int64_t id) { return table + '#' + std::to_string(id); }

  size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace afk::store
