// Group commit for the audit log. Reads of a citizen's data write audit
// entries and nothing else; one transaction per request made every board
// refresh wait for the database's single writer. Here one writer thread
// takes every entry queued while it wrote the previous batch and commits
// them in one transaction. A request's answer is sent only when its entries
// are committed (the HTTP server waits without holding a thread; `append`
// waits in the calling thread), so the rule "logged before the answer" holds.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "store/audit_repository.hpp"
#include "store/connection_pool.hpp"

namespace afk::store {

class AuditWriter {
 public:
  // Called on the writer thread once the entries are committed (no error) or
  // the batch failed (the error). Must not block.
  using Done = std::function<void(std::exception_ptr)>;

  explicit AuditWriter(ConnectionPool& pool);
  ~AuditWriter();
  AuditWriter(const AuditWriter&) = delete;
  AuditWriter& operator=(const AuditWriter&) = delete;

  void append_async(std::vector<AuditEntry> entries, Done done);
  // Appends and waits until committed; throws what the batch failed with.
  void append(std::vector<AuditEntry> entries);
  // Waits until everything queued so far is written and its callbacks have
  // run (the HTTP server, before its I/O context goes away).
  void drain();

  // How many transactions and entries were written (for tests and benchmarks).
  struct Counts {
    std::int64_t transactions = 0;
    std::int64_t entries = 0;
  };
  Counts counts() const;

 private:
  struct Request {
    std::vector<AuditEntry> entries;
    Done done;
  };
  void run();
  void write(std::vector<Request>& batch);

  ConnectionPool& pool_;
  mutable std::mutex mutex_;
  std::condition_variable queued_;
  std::condition_variable idle_;
  std::vector<Request> queue_;
  bool writing_ = false;
  bool stopping_ = false;
  Counts counts_;
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace afk::store
