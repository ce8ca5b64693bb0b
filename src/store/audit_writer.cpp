#include "store/audit_writer.hpp"

#include <future>

#include "store/audit_chain.hpp"

namespace afk::store {

AuditWriter::AuditWriter(ConnectionPool& pool) : pool_(pool), thread_([this] { run(); }) {}

AuditWriter::~AuditWriter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_one();
  thread_.join();
}

void AuditWriter::append_async(std::vector<AuditEntry> entries, Done done) {
  if (entries.empty()) {
    done(nullptr);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    queue_.push_back({std::move(entries), std::move(done)});
  }
  queued_.notify_one();
}

void AuditWriter::append(std::vector<AuditEntry> entries) {
  std::promise<void> committed;
  auto future = committed.get_future();
  append_async(std::move(entries), [&committed](std::exception_ptr error) {
    if (error)
      committed.set_exception(error);
    else
      committed.set_value();
  });
  future.get();
}

void AuditWriter::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and everything queued is written
    std::vector<Request> batch;
    batch.swap(queue_);
    writing_ = true;
    lock.unlock();
    write(batch);
    lock.lock();
    writing_ = false;
    idle_.notify_all();
  }
}

void AuditWriter::drain() {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [&] { return queue_.empty() && !writing_; });
}

void AuditWriter::write(std::vector<Request>& batch) {
  std::vector<AuditEntry> entries;
  for (Request& request : batch)
    for (AuditEntry& entry : request.entries) entries.push_back(std::move(entry));
  std::exception_ptr error;
  try {
    auto connection = pool_.acquire();
    Transaction transaction(*connection);
    append_chained(*connection, entries);
    transaction.commit();
  } catch (...) {
    error = std::current_exception();
  }
  if (!error) {
    std::lock_guard lock(mutex_);
    ++counts_.transactions;
    counts_.entries += static_cast<std::int64_t>(entries.size());
  }
  for (Request& request : batch) request.done(error);
}

AuditWriter::Counts AuditWriter::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

}  // namespace afk::store
