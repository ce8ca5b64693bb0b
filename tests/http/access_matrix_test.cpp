// The access matrix, generated from the route table: every route × every
// role × a record of the caller's own organisation and one of another. The
// expectations below are written out by hand, independent of core's policy
// table, and every served route must have a row: a new route cannot be added
// without saying who may use it. Each refusal must be audited, and a record
// of another organisation must answer exactly like one that does not exist.
#include <gmock/gmock.h>

#include <map>
#include <set>

#include "core/cooperation_agreement.hpp"
#include "http/api_fixture.hpp"
#include "store/aggregates.hpp"

namespace afk::test {
namespace {

// Roles as letters, to keep the table readable.
// W ward staff, S unit staff, L unit lead, A authority, P project lead, E evaluator, D administrator.
struct Expected {
  std::string roles;  // the roles that may call the route at all
  // Roles that see every organisation's record of this route (units for the
  // administrator and evaluator); all others get 404 for another organisation's.
  std::string everywhere = "";
};

const std::map<std::string, Expected>& expected_access() {
  static const std::map<std::string, Expected> table{
      {"GET /api/v1/session", {"WSLAPED"}},
      {"DELETE /api/v1/session", {"WSLAPED"}},
      {"POST /api/v1/session/password", {"WSLAPED"}},
      {"GET /api/v1/municipalities", {"WSLAPED"}},
      {"GET /api/v1/regions", {"WSLAPED"}},
      {"GET /api/v1/wards", {"WSLAPED"}},
      {"GET /api/v1/units", {"WSLAPED"}},
      {"GET /api/v1/units/{unitId}", {"WSLAPED"}},
      {"GET /api/v1/units/{unitId}/agreements", {"WSLAPED"}},
      {"POST /api/v1/units/{unitId}/places", {"LD", "D"}},
      {"POST /api/v1/units/{unitId}/place-closures", {"LD", "D"}},
      {"POST /api/v1/units/{unitId}/exclusion-criteria", {"LD", "D"}},
      {"PUT /api/v1/units/{unitId}/configuration", {"LD", "D"}},
      {"POST /api/v1/units/{unitId}/places/{placeId}/retire", {"LD", "D"}},
      {"POST /api/v1/units/{unitId}/place-closures/{closureId}/end", {"LD", "D"}},
      {"PUT /api/v1/units/{unitId}/exclusion-criteria/{criterionId}/active", {"LD", "D"}},
      {"POST /api/v1/units/{unitId}/agreements", {"LD", "D"}},
      {"POST /api/v1/agreements/{agreementId}/points", {"LD", "D"}},
      {"POST /api/v1/agreements/{agreementId}/period", {"LD", "D"}},
      {"GET /api/v1/instruments", {"WSLAPED"}},
      {"POST /api/v1/instruments", {"D"}},
      {"PUT /api/v1/instruments/{instrumentId}", {"D"}},
      {"POST /api/v1/courses/{courseId}/responses", {"SL"}},
      {"GET /api/v1/courses/{courseId}/responses", {"SLA"}},
      {"GET /api/v1/reports/questionnaire-change", {"SLPE"}},
      {"GET /api/v1/course-commands", {"WSLAPED"}},
      {"GET /api/v1/courses", {"SLA"}},
      {"GET /api/v1/courses/{courseId}", {"SLA"}},
      {"POST /api/v1/courses/{courseId}/commands/{command}", {"SLA"}},
      {"GET /api/v1/units/{unitId}/overdue-tasks", {"SL"}},
      {"GET /api/v1/units/{unitId}/board", {"SL"}},
      {"GET /api/v1/notifications", {"WSLA"}},
      {"GET /api/v1/units/{unitId}/free-places", {"WSLAPED"}},
      {"GET /api/v1/users", {"D"}},
      {"POST /api/v1/users", {"D"}},
      {"POST /api/v1/users/{userId}/deactivate", {"D"}},
      {"POST /api/v1/users/{userId}/activate", {"D"}},
      {"POST /api/v1/users/{userId}/password", {"D"}},
      {"PUT /api/v1/users/{userId}/role", {"D"}},
      {"GET /api/v1/login-locks", {"D"}},
      {"POST /api/v1/login-locks/lift", {"D"}},
      {"GET /api/v1/audit", {"D"}},
      {"GET /api/v1/citizens/{citizenId}/access-log", {"LAD", "D"}},
      {"POST /api/v1/citizens", {"WSLA"}},
      {"GET /api/v1/citizens", {"WSLA"}},
      {"GET /api/v1/citizens/{citizenId}", {"WSLA"}},
      {"GET /api/v1/citizens/{citizenId}/consents", {"WSLA"}},
      {"POST /api/v1/citizens/{citizenId}/consents", {"WSLA"}},
      {"POST /api/v1/citizens/{citizenId}/admissions", {"WSLA"}},
      {"POST /api/v1/citizens/{citizenId}/admissions/{admissionId}/ready-for-discharge", {"WSLA"}},
      {"POST /api/v1/citizens/{citizenId}/admissions/{admissionId}/discharge", {"WSLA"}},
      {"POST /api/v1/referrals", {"W"}},
      {"GET /api/v1/referrals", {"WSLA"}},
      {"GET /api/v1/referrals/{referralId}", {"WSLA"}},
      {"POST /api/v1/referrals/{referralId}/commands/withdraw", {"W"}},
      {"POST /api/v1/referrals/{referralId}/commands/{command}", {"SL"}},
      {"GET /api/v1/economics/settings", {"LAPED"}},
      {"POST /api/v1/economics/settings", {"PD"}},
      {"POST /api/v1/economics/tariff", {"LAPED"}},
      {"POST /api/v1/economics/ata", {"LAPED"}},
      {"GET /api/v1/reports/who-gains", {"LAPED"}},
      {"GET /api/v1/reports/{figure}", {"SLAPE"}},
      {"GET /api/v1/evaluation/export", {"P"}},
      {"POST /api/v1/simulations", {"LAPED"}},
      // An integration's token only, never a session (tests/http/medcom_test): no role here may call it.
      {"POST /api/v1/interop/medcom/hospital-notifications", {""}},
      {"POST /api/v1/interop/medcom/care-communications", {""}},
      {"GET /api/v1/interop/medcom/outbox", {""}},
      {"POST /api/v1/interop/medcom/outbox/{messageId}/collected", {""}},
      {"GET /api/v1/interop/medcom/overview", {"D"}},
      {"PUT /api/v1/wards/{wardId}/sor-code", {"D"}},
      {"PUT /api/v1/units/{unitId}/sor-code", {"D"}},
      {"GET /api/v1/courses/{courseId}/letters", {"SLA"}},
      {"POST /api/v1/courses/{courseId}/letters", {"SL"}},
      {"GET /api/v1/courses/{courseId}/letters/{letterId}/attachments/{number}", {"SLA"}},
      {"GET /api/v1/simulations/{simulationId}", {"LAPED"}},
  };
  return table;
}

struct Caller {
  char letter;
  const char* username;
};
constexpr Caller callers[] = {{'W', users::ward_a},      {'S', users::staff_a},      {'L', users::lead_a},
                              {'A', users::authority_a}, {'P', users::project_lead}, {'E', users::evaluator},
                              {'D', users::admin}};

// The ids a path's parameters take, for organisation A (own) or B (other).
struct World {
  SeededCourse own;
  SeededCourse other;
  std::int64_t own_agreement = 0;
  std::int64_t other_agreement = 0;
};

enum class Organisation { own, other, missing };

// `course_command`: a command the caller's role may run (the authority only VUM and allocation).
std::string fill(const std::string& pattern, const World& world, Organisation organisation,
                 const std::string& course_command) {
  const bool own = organisation == Organisation::own;
  const SeededCourse missing_course{999999, 999999, 999999};
  const SeededCourse& course =
      organisation == Organisation::missing ? missing_course : (own ? world.own : world.other);
  const std::int64_t unit =
      organisation == Organisation::missing ? 999999 : (own ? world::unit_a : world::unit_b);
  const std::int64_t agreement =
      organisation == Organisation::missing ? 999999 : (own ? world.own_agreement : world.other_agreement);
  const std::map<std::string, std::string> values{
      {"{citizenId}", std::to_string(course.citizen_id)},
      {"{referralId}", std::to_string(course.referral_id)},
      {"{courseId}", std::to_string(course.course_id)},
      {"{unitId}", std::to_string(unit)},
      {"{agreementId}", std::to_string(agreement)},
      {"{wardId}", std::to_string(world::ward_a)},  // wards are the catalogue's: no organisation scope
      {"{command}", pattern.find("/referrals/") != std::string::npos ? "accept" : course_command},
      {"{figure}", "flow"},
      // Ids that are not the policy's resource: ones that do not exist, so
      // an allowed call changes nothing.
      {"{admissionId}", "999999"},
      {"{placeId}", "999999"},
      {"{closureId}", "999999"},
      {"{criterionId}", "999999"},
      {"{instrumentId}", "999999"},
      {"{userId}", "999999"},
      {"{simulationId}", "999999"},
      {"{letterId}", "999999"},
      {"{number}", "1"},
      {"{messageId}", "no-such-message"},
  };
  std::string path = pattern;
  for (const auto& [name, value] : values)
    if (const auto at = path.find(name); at != std::string::npos) path.replace(at, name.size(), value);
  return path;
}

class AccessMatrixTest : public ApiTest {
 protected:
  AccessMatrixTest() {
    world_.own =
        server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Mia Matrix", true);
    world_.other =
        server().seed_course(world::unit_b, world::ward_b, world::municipality_b, "Max Matrix", true);
    auto connection = server().pool().acquire();
    store::Transaction transaction(*connection);
    for (auto [unit, id] :
         {std::pair{world::unit_a, &world_.own_agreement}, {world::unit_b, &world_.other_agreement}}) {
      auto agreement = create_cooperation_agreement({unit, world::region, TestServer::today(), std::nullopt});
      store::insert(*connection, agreement.value());
      *id = agreement->id;
    }
    transaction.commit();
  }

  std::int64_t refusals(const std::string& reason) {
    auto connection = server().pool().acquire();
    return connection
        ->query("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND reason = ?", {reason})
        .front()
        .integer(0);
  }

  World world_;
};

TEST_F(AccessMatrixTest, EveryRouteHasARowAndEveryRowIsServed) {
  std::set<std::string> served;
  for (const http::Route& route : server().router().routes()) {
    if (route.access == http::Access::public_route) continue;
    const std::string key = route.method + " " + route.pattern;
    served.insert(key);
    EXPECT_TRUE(expected_access().contains(key)) << key << " has no row in the access matrix";
  }
  for (const auto& [key, expected] : expected_access())
    EXPECT_TRUE(served.contains(key)) << key << " is in the matrix but not served";
}

TEST_F(AccessMatrixTest, EveryRouteRoleAndOrganisationGetsWhatTheMatrixSays) {
  int violations = 0;
  int cells = 0;
  for (const Caller& caller : callers) {
    TestClient client = client_for(caller.username);
    // Logging out ends the session: that route goes last.
    std::vector<const http::Route*> routes;
    for (const http::Route& route : server().router().routes())
      if (route.access == http::Access::logged_in) routes.push_back(&route);
    std::stable_partition(routes.begin(), routes.end(),
                          [](const http::Route* route) { return route->method != "DELETE"; });
    for (const http::Route* route : routes) {
      const std::string key = route->method + " " + route->pattern;
      const auto row = expected_access().find(key);
      if (row == expected_access().end()) continue;  // reported by the test above
      const bool may_call = row->second.roles.find(caller.letter) != std::string::npos;
      const bool names_a_record = !route->resource.parameter.empty();
      for (const bool own : {true, false}) {
        if (!own && !names_a_record) continue;
        ++cells;
        const std::string course_command = caller.letter == 'A' ? "record-vum" : "record-ward-visit";
        const std::string path =
            fill(route->pattern, world_, own ? Organisation::own : Organisation::other, course_command);
        const std::int64_t roles_before = refusals("role_not_allowed");
        const std::int64_t hidden_before = refusals("not_found");
        HttpRequest request;
        request.method = route->method;
        request.target = path;
        if (route->method != "GET") {
          request.body = "{}";
          request.if_match = "\"1\"";
        }
        const HttpResponse answer = client.send(request);
        const std::string cell = std::string(1, caller.letter) + " " + key + (own ? " (own)" : " (other)");
        const bool sees_everywhere = row->second.everywhere.find(caller.letter) != std::string::npos;
        if (!may_call) {
          const bool ok = answer.status == 403 && answer.error_code() == "role_not_allowed" &&
                          refusals("role_not_allowed") == roles_before + 1;
          if (!ok) ++violations;
          EXPECT_TRUE(ok) << cell << " should be refused by role and audited: " << answer.status << " "
                          << answer.body;
        } else if (!own && !sees_everywhere) {
          HttpRequest probe = request;
          probe.target = fill(route->pattern, world_, Organisation::missing, course_command);
          const HttpResponse missing = client.send(probe);
          const bool ok = answer.status == 404 && answer.error_code() == "not_found" &&
                          answer.body == missing.body && refusals("not_found") >= hidden_before + 1;
          if (!ok) ++violations;
          EXPECT_TRUE(ok) << cell << " should answer like a missing record: " << answer.status << " "
                          << answer.body << " vs " << missing.body;
        } else {
          const bool refused_by_policy = refusals("role_not_allowed") != roles_before ||
                                         refusals("not_found") != hidden_before ||
                                         answer.error_code() == "role_not_allowed" || answer.status == 401;
          if (refused_by_policy) ++violations;
          EXPECT_FALSE(refused_by_policy)
              << cell << " should pass the policy: " << answer.status << " " << answer.body;
        }
      }
    }
  }
  EXPECT_EQ(violations, 0);
  EXPECT_GT(cells, 7 * 50) << "the matrix should cover every route for every role";
}

}  // namespace
}  // namespace afk::test
