// The store on either back end (store/test_database.hpp): migrations,
// documents with version checks, the one-occupant-per-place guarantee, users,
// sessions and the audit log.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/course_tasks.hpp"
#include "store/access_facts.hpp"
#include "store/aggregates.hpp"
#include "store/audit_repository.hpp"
#include "store/citizen_registry.hpp"
#include "store/connection_pool.hpp"
#include "store/migrations.hpp"
#include "store/minimal_course.hpp"
#include "store/sessions_repository.hpp"
#include "store/test_database.hpp"
#include "store/users_repository.hpp"

namespace afk::store {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  // The minimum a course needs (store/minimal_course.hpp), in a unit with two places.
  Course stored_course(SqlConnection& sql) {
    MinimalCourse stored = store_minimal_course(sql, "0999", 2);
    unit_ = stored.unit;
    return stored.course;
  }

  test::TestDatabase database_;
  ConnectionPool* pool_ = &database_.pool();
  Unit unit_;
};

TEST_F(StoreTest, MigrationsApplyOnceAndAreRecorded) {
  auto connection = pool_->acquire();
  EXPECT_EQ(migrate(*connection, database_.address()), 0) << "a second run must apply nothing";
  const auto rows = connection->query("SELECT number FROM schema_migrations ORDER BY number");
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().integer(0), 1);
  EXPECT_EQ(rows.size(), embedded_migrations(sqlite_dialect).size());
  EXPECT_EQ(database_.migrations_applied(), static_cast<int>(rows.size()));
}

TEST_F(StoreTest, CitizensStoredBeforeNameSearchGetTheirWordsOnceAndPrefixesAreIndexRanges) {
  auto connection = pool_->acquire();
  const Course course = stored_course(*connection);  // its citizen was stored without search words
  const auto citizen_at = [&](const std::string& name) {
    Citizen citizen{0, 0, name, std::nullopt, *Date::parse_iso("1980-01-01"), unit_.municipality_id, {}, 1};
    insert(*connection, citizen);  // as before migration 014: no words
    link_citizen(*connection, citizen.id, OrganisationKind::unit, unit_.id, "2026-01-05T00:00:00Z");
    return citizen.id;
  };
  const std::int64_t liz = citizen_at("Liz Ærø"), lizzie = citizen_at("Lizzie Lund"),
                     lj = citizen_at("Lj Ib");
  const std::int64_t indexed = index_citizen_names_once(*connection);
  EXPECT_EQ(indexed, 4);  // the three and the minimal course's citizen
  EXPECT_EQ(index_citizen_names_once(*connection), 0);

  const ListScope unit_scope{ListScope::Kind::unit, unit_.id};
  using Ids = std::vector<std::int64_t>;
  EXPECT_EQ(citizens_with_name_prefixes(*connection, {"liz"}, unit_scope, 10), (Ids{liz, lizzie}));
  EXPECT_EQ(citizens_with_name_prefixes(*connection, {"lizz"}, unit_scope, 10), (Ids{lizzie}));
  EXPECT_EQ(citizens_with_name_prefixes(*connection, {"l"}, unit_scope, 2), (Ids{liz, lizzie}));
  EXPECT_EQ(citizens_with_name_prefixes(*connection, {"l", "aeroe"}, unit_scope, 10), (Ids{liz}));
  EXPECT_EQ(citizens_with_name_prefixes(*connection, {"lj", "i"}, unit_scope, 10), (Ids{lj}));
  // Another unit's scope holds none of them.
  EXPECT_EQ(citizens_with_name_prefixes(*connection, {"l"}, {ListScope::Kind::unit, unit_.id + 1}, 10),
            Ids{});
  EXPECT_GT(course.citizen_id, 0);
}

TEST_F(StoreTest, ForeignKeysAreEnforced) {
  auto connection = pool_->acquire();
  Ward ward{0, 0, 4242, "Afsnit uden region", true};
  EXPECT_THROW(insert(*connection, ward), SqlConstraintError);
}

TEST_F(StoreTest, AggregatesRoundTripWithIdAndVersion) {
  auto connection = pool_->acquire();
  Course course = stored_course(*connection);
  EXPECT_GT(course.id, 0);
  EXPECT_EQ(course.version, 1);
  auto loaded = load<Course>(*connection, course.id);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.value(), course);
  EXPECT_EQ(load<Course>(*connection, course.id + 100).error().kind, ErrorKind::not_found);
}

TEST_F(StoreTest, AStaleVersionIsRefusedAndChangesNothing) {
  auto connection = pool_->acquire();
  Course course = stored_course(*connection);
  Course first = course;
  first.substance_use_approach = "Skadesreduktion";
  ASSERT_TRUE(update(*connection, first, 1).ok());
  EXPECT_EQ(first.version, 2);

  Course second = course;  // still based on version 1
  second.substance_use_approach = "Afholdenhed";
  const Status stale = update(*connection, second, 1);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(stale.error().code, "stale_version");
  const Course stored = load<Course>(*connection, course.id).value();
  EXPECT_EQ(stored.substance_use_approach, "Skadesreduktion");
  EXPECT_EQ(stored.version, 2);
}

// Two servers on one database each keep a cache of parsed aggregates. A
// load reads the stored version first and the cache only answers for that
// version, so a write through the other server is seen at once, and a write
// based on the old version through either server is refused.
TEST_F(StoreTest, AnotherServersWriteIsSeenAtOnceDespiteTheCache) {
  Course course;
  {
    auto connection = pool_->acquire();
    course = stored_course(*connection);
  }
  auto other_server = database_.open_another_pool();
  {
    auto mine = pool_->acquire();
    EXPECT_EQ(load<Course>(*mine, course.id).value().version, 1);  // now cached here
    ASSERT_EQ(select<Course>(*mine, "id = ?", {course.id}).size(), 1u);
  }
  {
    auto theirs = other_server->acquire();
    Course changed = load<Course>(*theirs, course.id).value();
    changed.substance_use_approach = "Skadesreduktion";
    ASSERT_TRUE(update(*theirs, changed, 1).ok());
  }
  auto mine = pool_->acquire();
  const Course seen = load<Course>(*mine, course.id).value();
  EXPECT_EQ(seen.version, 2);
  EXPECT_EQ(seen.substance_use_approach, "Skadesreduktion");
  EXPECT_EQ(select<Course>(*mine, "id = ?", {course.id}).front().substance_use_approach, "Skadesreduktion");
  Course stale = course;  // the version this server had cached
  stale.substance_use_approach = "Afholdenhed";
  EXPECT_EQ(update(*mine, stale, 1).error().kind, ErrorKind::stale_version);
}

TEST_F(StoreTest, OnePlaceNeverHoldsTwoCitizens) {
  auto connection = pool_->acquire();
  Course first = stored_course(*connection);
  const std::int64_t place = unit_.places.front().id;
  first.state = CourseState::phase_2;
  first.place_id = place;
  first.moved_in_on = Date::parse_iso("2026-02-01");
  ASSERT_TRUE(update(*connection, first, first.version).ok());
  EXPECT_EQ(occupied_place_ids(*connection, unit_.id), std::vector<std::int64_t>{place});
  EXPECT_TRUE(occupied_place_ids(*connection, unit_.id, first.id).empty());

  Referral referral = select<Referral>(*connection, "1 = 1").front();
  referral.id = 0;
  insert(*connection, referral);
  Course second = open_course(referral, referral.referred_on, false, unit_.deadline_rules, {});
  insert(*connection, second);
  second.state = CourseState::phase_2;
  second.place_id = place;
  EXPECT_THROW((void)update(*connection, second, second.version), SqlConstraintError);

  first.state = CourseState::follow_up;  // moved out: the place is free again
  ASSERT_TRUE(update(*connection, first, first.version).ok());
  EXPECT_TRUE(update(*connection, second, second.version).ok());
}

TEST_F(StoreTest, ARolledBackTransactionLeavesNothing) {
  auto connection = pool_->acquire();
  {
    Transaction transaction(*connection);
    Municipality municipality{0, 0, "Midlertidig", "0998"};
    insert(*connection, municipality);
  }
  EXPECT_TRUE(select<Municipality>(*connection, "1 = 1").empty());
}

TEST_F(StoreTest, UsersSessionsAndAuditAreStored) {
  auto connection = pool_->acquire();
  UserRecord user;
  user.username = "leder";
  user.display_name = "Lene Leder";
  user.password_hash = "hash";
  user.role = Role::unit_lead;
  user.organisation_kind = OrganisationKind::unit;
  user.organisation_id = 3;
  user.id = insert_user(*connection, user);
  EXPECT_THROW(insert_user(*connection, user), SqlConstraintError);
  const auto found = find_user_by_username(*connection, "leder");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->role, Role::unit_lead);
  EXPECT_EQ(found->organisation_id, std::optional<std::int64_t>(3));

  insert_session(*connection, {"hash-1", user.id, "csrf", 1000, 1000});
  insert_session(*connection, {"hash-2", user.id, "csrf", 1000, 5000});
  EXPECT_EQ(delete_expired_sessions(*connection, 2000, 0), 1);
  EXPECT_FALSE(find_session(*connection, "hash-1"));
  EXPECT_TRUE(find_session(*connection, "hash-2"));
  const auto owner = find_session_with_user(*connection, "hash-2");
  ASSERT_TRUE(owner) << "the session and its user in one read";
  EXPECT_EQ(owner->session.last_seen_at, 5000);
  EXPECT_EQ(owner->session.csrf_token, "csrf");
  EXPECT_EQ(owner->user.id, user.id);
  EXPECT_EQ(owner->user.username, "leder");
  EXPECT_EQ(owner->user.organisation_id, std::optional<std::int64_t>(3));
  EXPECT_FALSE(find_session_with_user(*connection, "hash-1"));

  AuditEntry entry;
  entry.at = "2026-11-30T08:00:00Z";
  entry.user_id = user.id;
  entry.role = "unit_lead";
  entry.action = "read";
  entry.subjects = {{7, 9}};
  entry.entity = "course";
  entry.address = "127.0.0.1";
  entry.outcome = "ok";
  append_audit(*connection, entry);
  entry.subjects = {{8, 9}};
  append_audit(*connection, entry);
  AuditQuery query;
  query.citizen_id = 7;
  query.limit = 10;
  const auto for_citizen = query_audit(*connection, query);
  ASSERT_EQ(for_citizen.size(), 1u);
  EXPECT_EQ(for_citizen.front().subjects, (std::vector<AuditSubject>{{7, 9}}));
  EXPECT_EQ(for_citizen.front().address, "127.0.0.1");
}

}  // namespace
}  // namespace afk::store
