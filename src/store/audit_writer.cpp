#include "store/audit_writer.hpp"

#include "store/audit_chain.hpp"

namespace afk::store {

void AuditWriter::append(std::vector<AuditEntry> entries) {
  if (entries.empty()) return;
  std::unique_lock lock(mutex_);
  if (!queued_) queued_ = std::make_shared<Batch>();
  const std::shared_ptr<Batch> batch = queued_;
  for (AuditEntry& entry : entries) batch->entries.push_back(std::move(entry));
  finished_.wait(lock, [&] { return batch->done || !writing_; });
  if (!batch->done) {
    // No batch is being written: this caller writes everything queued.
    writing_ = true;
    queued_.reset();
    lock.unlock();
    try {
      write(*batch);
    } catch (...) {
      batch->error = std::current_exception();
    }
    lock.lock();
    batch->done = true;
    writing_ = false;
    if (!batch->error) {
      ++counts_.transactions;
      counts_.entries += static_cast<std::int64_t>(batch->entries.size());
    }
    finished_.notify_all();
  }
  if (batch->error) std::rethrow_exception(batch->error);
}

void AuditWriter::write(Batch& batch) {
  auto connection = pool_.acquire();
  Transaction transaction(*connection);
  append_chained(*connection, batch.entries);
  transaction.commit();
}

AuditWriter::Counts AuditWriter::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

}  // namespace afk::store
