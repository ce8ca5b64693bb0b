// A citizen's consents: the records, newest first, and which purposes are
// covered now; recording one (given, refused, withdrawn, or the legal basis
// used when the citizen cannot take a position). A withdrawal takes effect at
// once: the policy reads the records on every request.
#include "core/access_policy.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/payloads.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::http {

namespace {
nlohmann::json optional_id(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json();
}

nlohmann::json consent_json(store::SqlConnection& sql, const ConsentRecord& record) {
  const auto user =
      record.recorded_by_user_id > 0 ? store::find_user(sql, record.recorded_by_user_id) : std::nullopt;
  return {{"id", record.id},
          {"purpose", to_code(record.purpose)},
          {"purpose_label", label_da(record.purpose)},
          {"course_id", optional_id(record.course_id)},
          {"actor_id", optional_id(record.actor_id)},
          {"status", to_code(record.status)},
          {"status_label", label_da(record.status)},
          {"legal_basis", record.legal_basis},
          {"form", to_code(record.form)},
          {"recorded_on", record.recorded_on.iso()},
          {"recorded_by", user ? nlohmann::json(user->display_name) : nlohmann::json()},
          {"recorded_by_role", record.recorded_by_role}};
}

// The consents and what each purpose allows now.
nlohmann::json consents_view(store::SqlConnection& sql, const CitizenConsents& consents,
                             std::int64_t citizen_id) {
  nlohmann::json items = nlohmann::json::array();
  for (auto record = consents.records.rbegin(); record != consents.records.rend(); ++record)
    items.push_back(consent_json(sql, *record));
  nlohmann::json in_force = nlohmann::json::object();
  for (ConsentPurpose purpose : {ConsentPurpose::share_with_unit, ConsentPurpose::share_back_with_ward}) {
    const ConsentRecord* record = consent_in_force(consents, purpose);
    in_force[std::string(to_code(purpose))] = {
        {"covered", covers(consents, purpose)},
        {"status", record ? nlohmann::json(to_code(record->status)) : nlohmann::json()}};
  }
  return {{"citizen_id", citizen_id}, {"items", items}, {"in_force", in_force}};
}

ApiResponse list_consents(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto citizen_id = context.id_parameter("citizenId");
    if (!citizen_id) return citizen_id.error();
    audit.record("read", citizen_id.value(), "consents", std::nullopt);
    return json_answer(consents_view(sql, store::load_consents(sql, citizen_id.value()), citizen_id.value()));
  });
}

// An actor consent names an actor on one of the citizen's courses.
Status check_actor(store::SqlConnection& sql, std::int64_t citizen_id, const RecordConsent& command) {
  if (!command.course_id) return ok_status();
  auto course = store::load<Course>(sql, *command.course_id);
  if (!course || course->citizen_id != citizen_id)
    return make_error(ErrorKind::bad_input, "unknown_course", "Forløbet hører ikke til borgeren.",
                      "course_id");
  for (const Actor& actor : course->actors)
    if (actor.id == command.actor_id) return ok_status();
  return make_error(ErrorKind::bad_input, "unknown_actor", "Aktøren findes ikke i forløbet.", "actor_id");
}

ApiResponse add_consent(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto citizen_id = context.id_parameter("citizenId");
    if (!citizen_id) return citizen_id.error();
    if (auto object = require_object_body(context); !object) return object.error();
    auto command = json::parse_record_consent(context.body());
    if (!command) return command.error();
    if (auto checked = check_actor(sql, citizen_id.value(), command.value()); !checked)
      return checked.error();
    const CitizenConsents current = store::load_consents(sql, citizen_id.value());
    const Principal& principal = context.principal();
    auto record = record_consent(current, citizen_id.value(), command.value(), principal.user_id,
                                 std::string(role_code(principal.role)), context.services().clock.today());
    if (!record) return record.error();
    record->id = store::insert_consent(sql, record.value());
    audit.record("create", citizen_id.value(), "consent", record->id);
    return json_answer(consents_view(sql, store::load_consents(sql, citizen_id.value()), citizen_id.value()),
                       201);
  });
}
}  // namespace

void register_consent_routes(Router& router) {
  router.add({"GET",
              "/api/v1/citizens/{citizenId}/consents",
              Access::logged_in,
              Action::read_consent,
              {ResourceKind::citizen, "citizenId"},
              list_consents});
  router.add({"POST",
              "/api/v1/citizens/{citizenId}/consents",
              Access::logged_in,
              Action::record_consent,
              {ResourceKind::citizen, "citizenId"},
              add_consent});
}

}  // namespace afk::http
