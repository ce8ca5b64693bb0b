// Courses: read one (with the commands that are legal now and its overdue
// tasks), list a unit's, and run any course command through the registry.
#include "core/course_commands.hpp"
#include "core/course_tasks.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/course_context.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"

namespace afk::http {

namespace {
// The commands the state allows now and this role may run: the screen
// offers exactly these.
std::vector<std::string> commands_for(const Course& course, Role role) {
  std::vector<std::string> allowed;
  for (const std::string& command : legal_course_commands(course))
    if (decide_course_command(role, command).allowed()) allowed.push_back(command);
  return allowed;
}

// Without consent to share with the unit, a course shows what plans places.
const char* const planning_fields[] = {"id",
                                       "version",
                                       "unit_id",
                                       "citizen_id",
                                       "referral_id",
                                       "state",
                                       "waiting_list",
                                       "accepted_on",
                                       "ready_for_discharge_on",
                                       "planned_move_in_on",
                                       "place_id",
                                       "place_kind",
                                       "moved_in_on",
                                       "planned_end_on",
                                       "moved_out_on",
                                       "closed_on",
                                       "cancelled_on"};

nlohmann::json limited_course_view(const Course& course, const Citizen& citizen, Date today) {
  const nlohmann::json full = json::to_json(course);
  nlohmann::json view = nlohmann::json::object();
  for (const char* field : planning_fields) view[field] = full.at(field);
  view["citizen"] = {{"id", citizen.id}, {"name", nullptr}, {"age", age_on(citizen, today)}};
  view["limited_by_consent"] = true;
  view["legal_commands"] = nlohmann::json::array();
  view["overdue_task_ids"] = nlohmann::json::array();
  return view;
}

// An actor's contact details only with the citizen's consent to share with that actor.
void hide_actors_without_consent(nlohmann::json& view, const Course& course,
                                 const CitizenConsents& consents) {
  for (auto& actor : view["actors"]) {
    const bool consented =
        covers(consents, ConsentPurpose::share_with_actor, course.id, actor.at("id").get<std::int64_t>());
    actor["consent_in_force"] = consented;
    if (!consented) actor["contact"] = "";
  }
}

nlohmann::json course_view(const Course& course, const Citizen& citizen, Date today, Role role,
                           const CitizenConsents& consents) {
  nlohmann::json view = json::to_json(course);
  view["limited_by_consent"] = false;
  hide_actors_without_consent(view, course, consents);
  view["citizen"] = {{"id", citizen.id},
                     {"name", citizen.name},
                     {"birth_date", citizen.birth_date.iso()},
                     {"anonymous", is_anonymous(citizen)}};
  view["legal_commands"] = commands_for(course, role);
  nlohmann::json overdue = nlohmann::json::array();
  for (const Task& task : overdue_tasks(course, today)) overdue.push_back(task.id);
  view["overdue_task_ids"] = overdue;
  return view;
}

// The actor form's "consent to share" is recorded as a consent record when
// it changes: given when ticked, withdrawn when unticked.
void record_actor_consents(RequestContext& context, store::SqlConnection& sql, AuditTrail& audit,
                           const Course& before, const Course& after) {
  for (const Actor& actor : after.actors) {
    bool had = false;
    for (const Actor& old : before.actors)
      if (old.id == actor.id) had = old.consent_to_share;
    const CitizenConsents consents = store::load_consents(sql, after.citizen_id);
    const bool in_force = covers(consents, ConsentPurpose::share_with_actor, after.id, actor.id);
    if (actor.consent_to_share == had && actor.consent_to_share == in_force) continue;
    if (actor.consent_to_share == in_force) continue;
    RecordConsent command;
    command.purpose = ConsentPurpose::share_with_actor;
    command.course_id = after.id;
    command.actor_id = actor.id;
    command.status = actor.consent_to_share ? ConsentStatus::given : ConsentStatus::withdrawn;
    const Principal& principal = context.principal();
    auto record = record_consent(consents, after.citizen_id, command, principal.user_id,
                                 std::string(role_code(principal.role)), context.services().clock.today());
    if (!record) continue;
    audit.record("create", after.citizen_id, "consent", store::insert_consent(sql, record.value()));
  }
}

ApiResponse get_course(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto course_id = context.id_parameter("courseId");
    if (!course_id) return course_id.error();
    auto course = store::load<Course>(sql, course_id.value());
    if (!course) return course.error();
    auto citizen = store::load<Citizen>(sql, course->citizen_id);
    if (!citizen) return citizen.error();
    audit.record("read", citizen->id, "course", course->id);
    return versioned_answer(course_view(course.value(), citizen.value(), context.services().clock.today(),
                                        context.principal().role, store::load_consents(sql, citizen->id)),
                            course->version);
  });
}

ApiResponse list_courses(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    const Principal& principal = context.principal();
    const store::ListScope scope{principal.role == Role::authority
                                     ? store::ListScope::Kind::citizens_municipality
                                     : store::ListScope::Kind::unit,
                                 principal.organisation_id.value_or(0)};
    nlohmann::json items = nlohmann::json::array();
    const Date today = context.services().clock.today();
    for (const auto& course : store::list_courses(sql, scope, context.query("state"))) {
      auto citizen = store::load<Citizen>(sql, course.citizen_id);
      if (!citizen) continue;
      // The query narrows by organisation; the policy decides each item.
      const CitizenConsents consents = store::load_consents(sql, citizen->id);
      const AccessDecision decision =
          decide(context.caller(), Action::list_courses, facts_of(course, citizen.value(), consents));
      if (!decision.allowed()) continue;
      audit.record("read", citizen->id, "course", course.id);
      items.push_back(decision.limited_view
                          ? limited_course_view(course, citizen.value(), today)
                          : course_view(course, citizen.value(), today, principal.role, consents));
    }
    return json_answer({{"items", items}});
  });
}

ApiResponse run_course_command(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto course_id = context.id_parameter("courseId");
    if (!course_id) return course_id.error();
    const std::string command = context.text_parameter("command");
    auto course = store::load<Course>(sql, course_id.value());
    if (!course) return course.error();
    auto citizen = store::load<Citizen>(sql, course->citizen_id);
    if (!citizen) return citizen.error();
    audit.record("command:" + command, citizen->id, "course", course->id);
    if (const AccessDecision allowed = decide_course_command(context.principal().role, command);
        !allowed.allowed())
      return make_error(ErrorKind::forbidden, allowed.code, allowed.reason_da);
    auto version = context.expected_version();
    if (!version) return version.error();
    const Date today = context.services().clock.today();
    const auto command_context = load_course_context(sql, course.value(), today);
    const nlohmann::json payload = context.body().is_null() ? nlohmann::json::object() : context.body();
    auto changed = json::apply_course_command(command, course.value(), payload, command_context);
    if (!changed) return changed.error();
    if (auto saved = store::update(sql, changed.value(), version.value()); !saved) return saved.error();
    record_actor_consents(context, sql, audit, course.value(), changed.value());
    return versioned_answer(course_view(changed.value(), citizen.value(), today, context.principal().role,
                                        store::load_consents(sql, citizen->id)),
                            changed->version);
  });
}

ApiResponse unit_overdue_tasks(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto unit_id = context.id_parameter("unitId");
    if (!unit_id) return unit_id.error();
    const Date today = context.services().clock.today();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& course : store::open_courses_of_unit(sql, unit_id.value())) {
      const auto overdue = overdue_tasks(course, today);
      if (overdue.empty()) continue;
      audit.record("read", course.citizen_id, "course_tasks", course.id);
      for (const Task& task : overdue)
        items.push_back({{"course_id", course.id},
                         {"task_id", task.id},
                         {"kind", to_code(task.kind)},
                         {"title", label_da(task.kind)},
                         {"due_on", task.due_on.iso()},
                         {"days_overdue", days_between(task.due_on, today)}});
    }
    return json_answer({{"items", items}});
  });
}

ApiResponse list_course_commands(RequestContext&) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& entry : json::course_command_registry())
    items.push_back({{"name", entry.name}, {"title", entry.title_da}});
  return ApiResponse::json({{"items", items}});
}
}  // namespace

void register_course_routes(Router& router) {
  router.add({"GET",
              "/api/v1/course-commands",
              Access::logged_in,
              Action::read_catalogue,
              {},
              list_course_commands});
  router.add({"GET", "/api/v1/courses", Access::logged_in, Action::list_courses, {}, list_courses});
  router.add({"GET",
              "/api/v1/courses/{courseId}",
              Access::logged_in,
              Action::read_course,
              {ResourceKind::course, "courseId"},
              get_course});
  router.add({"POST",
              "/api/v1/courses/{courseId}/commands/{command}",
              Access::logged_in,
              Action::run_course_command,
              {ResourceKind::course, "courseId"},
              run_course_command});
  router.add({"GET",
              "/api/v1/units/{unitId}/overdue-tasks",
              Access::logged_in,
              Action::read_unit_board,
              {ResourceKind::unit, "unitId"},
              unit_overdue_tasks});
}

}  // namespace afk::http
