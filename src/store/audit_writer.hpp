// Group commit for the audit log. Reads of a citizen's data write audit
// entries but nothing else; one transaction per request made every board
// refresh wait for the database's single writer. Here concurrent requests'
// entries go into one transaction: the first caller to arrive while no batch
// is being written becomes the writer, takes everything queued so far,
// commits it and wakes the others. `append` returns only when its entries are
// committed, so the rule "logged before the answer" holds.
#pragma once

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <vector>

#include "store/audit_repository.hpp"
#include "store/connection_pool.hpp"

namespace afk::store {

class AuditWriter {
 public:
  explicit AuditWriter(ConnectionPool& pool) : pool_(pool) {}

  // Appends the entries to the chain and returns once they are committed.
  // Throws SqlError if the batch they were in could not be written.
  void append(std::vector<AuditEntry> entries);

  // How many transactions and entries were written (for tests and benchmarks).
  struct Counts {
    std::int64_t transactions = 0;
    std::int64_t entries = 0;
  };
  Counts counts() const;

 private:
  struct Batch {
    std::vector<AuditEntry> entries;
    bool done = false;
    std::exception_ptr error;
  };
  void write(Batch& batch);

  ConnectionPool& pool_;
  mutable std::mutex mutex_;
  std::condition_variable finished_;
  std::shared_ptr<Batch> queued_;  // collecting while a batch is written
  bool writing_ = false;
  Counts counts_;
};

}  // namespace afk::store
