// A service call without HTTP: a user of the test world (tests/http/test_world)
// acting on a pool, on the tests' fixed day; entries the services hand over
// for group commit (reads, refusals) are kept for the test to inspect.
#pragma once

#include <string>
#include <vector>

#include "service/invocation.hpp"
#include "store/connection_pool.hpp"

namespace afk::test {

class TestInvocation : public service::Invocation {
 public:
  // `username` as in test_world's `users`.
  TestInvocation(store::ConnectionPool& pool, const std::string& username);

  store::ConnectionPool& pool() override { return pool_; }
  store::SqlConnection* read_snapshot() override { return nullptr; }
  Caller caller() const override { return caller_; }
  std::int64_t user_id() const override { return user_id_; }
  std::string user_display_name() const override { return display_name_; }
  OrganisationKind organisation_kind() const override { return organisation_kind_; }
  Date today() const override;
  std::int64_t now_seconds() const override;
  store::AuditEntry audit_entry(const std::string& action, std::optional<std::int64_t> citizen_id,
                                const std::string& entity,
                                std::optional<std::int64_t> entity_id) const override;
  void log_before_answer(std::vector<store::AuditEntry> entries) override;

  const std::vector<store::AuditEntry>& logged_before_answer() const { return logged_; }

 private:
  store::ConnectionPool& pool_;
  Caller caller_;
  std::int64_t user_id_ = 0;
  std::string display_name_;
  OrganisationKind organisation_kind_ = OrganisationKind::unit;
  std::vector<store::AuditEntry> logged_;
};

}  // namespace afk::test
