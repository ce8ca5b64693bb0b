#include "service/test_invocation.hpp"

#include <stdexcept>

#include "http/test_world.hpp"
#include "service/timestamps.hpp"
#include "service/unit_of_work.hpp"
#include "store/users_repository.hpp"

namespace afk::test {

TestInvocation::TestInvocation(store::ConnectionPool& pool, const std::string& username) : pool_(pool) {
  auto connection = pool.acquire();
  const auto user = store::find_user_by_username(*connection, username);
  if (!user) throw std::runtime_error("no test user " + username);
  caller_ = {user->role, user->organisation_id};
  user_id_ = user->id;
  display_name_ = user->display_name;
  organisation_kind_ = user->organisation_kind;
}

Date TestInvocation::today() const { return test_today(); }

// Noon on the tests' day.
std::int64_t TestInvocation::now_seconds() const {
  return std::int64_t{test_today().serial()} * 86400 + 12 * 3600;
}

store::AuditEntry TestInvocation::audit_entry(const std::string& action,
                                              std::optional<std::int64_t> citizen_id,
                                              const std::string& entity,
                                              std::optional<std::int64_t> entity_id) const {
  store::AuditEntry entry = service::audit_entry_of(action, citizen_id, entity, entity_id);
  entry.user_id = user_id_;
  entry.role = std::string(role_code(caller_.role));
  entry.address = "service-test";
  entry.purpose = "service-test";
  entry.at = service::utc_timestamp(now_seconds());
  return entry;
}

void TestInvocation::log_before_answer(std::vector<store::AuditEntry> entries) {
  for (auto& entry : entries) logged_.push_back(std::move(entry));
}

}  // namespace afk::test
