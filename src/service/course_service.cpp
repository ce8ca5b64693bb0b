#include "service/course_service.hpp"

#include "core/access_policy.hpp"
#include "core/admission_follow_up.hpp"
#include "core/consent_view.hpp"
#include "core/course_edit_conflict.hpp"
#include "core/referral_decision.hpp"
#include "core/role.hpp"
#include "json/course_commands.hpp"
#include "service/command_contexts.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"

namespace afk::service {

namespace {
// The actor form's "consent to share" is recorded as a consent record when it
// differs from the consent in force: given when ticked, withdrawn when unticked.
void record_actor_consents(Invocation& call, store::SqlConnection& sql, AuditTrail& audit,
                           const Course& after) {
  for (const Actor& actor : after.actors) {
    const CitizenConsents consents = store::load_consents(sql, after.citizen_id);
    const bool in_force = actor_contact_shared(consents, after, actor);
    if (actor.consent_to_share == in_force) continue;
    RecordConsent command;
    command.purpose = ConsentPurpose::share_with_actor;
    command.course_id = after.id;
    command.actor_id = actor.id;
    command.status = actor.consent_to_share ? ConsentStatus::given : ConsentStatus::withdrawn;
    auto record = record_consent(consents, after.citizen_id, command, call.user_id(),
                                 std::string(role_code(call.caller().role)), call.today());
    if (!record) continue;
    audit.record("create", after.citizen_id, "consent", store::insert_consent(sql, record.value()));
  }
}

// The admission a course command reports (a pause, its end, the move-in from
// hospital), recorded on the citizen in the same transaction.
Result<Citizen> citizen_after_command(store::SqlConnection& sql, AuditTrail& audit, Citizen citizen,
                                      CourseCommand command, const Course& course, Date today) {
  // Most commands report none: no referral read for them.
  if (!reports_admission_change(command)) return citizen;
  AFK_TRY(referral, store::load<Referral>(sql, course.referral_id));
  AFK_TRY(followed, citizen_following_course(citizen, command, course, referral->ward_id, today));
  if (!followed.value()) return citizen;
  Citizen next = std::move(*followed.value());
  AFK_CHECK(store::update(sql, next, citizen.version));
  audit.record("follow:" + std::string(course_command_name(command)), citizen.id, "citizen", citizen.id);
  return next;
}

// A wait-listed referral is accepted when its course leaves the waiting list.
Status referral_after_command(store::SqlConnection& sql, AuditTrail& audit, const Course& before,
                              const Course& after, CourseCommand command) {
  if (!before.waiting_list || after.waiting_list) return ok_status();  // no referral read for the rest
  AFK_TRY(referral, store::load<Referral>(sql, after.referral_id));
  std::optional<Referral> followed = referral_following_course(referral.value(), after);
  if (!followed) return ok_status();
  AFK_CHECK(store::update(sql, *followed, referral->version));
  audit.record("follow:" + std::string(course_command_name(command)), after.citizen_id, "referral",
               referral->id);
  return ok_status();
}

CourseRead read_of(const Caller& caller, const Course& course, Citizen citizen, CitizenConsents consents,
                   bool limited) {
  CourseRead read;
  read.course = shown_course(course, consents, limited);
  if (!limited) read.legal_commands = course_commands_for(course, caller.role);
  read.citizen = std::move(citizen);
  read.consents = std::move(consents);
  read.limited = limited;
  return read;
}
}  // namespace

Result<CourseRead> read_course(Invocation& call, std::int64_t course_id) {
  return run_query<CourseRead>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CourseRead> {
    AFK_TRY(course, store::load<Course>(sql, course_id));
    AFK_TRY(citizen, store::load<Citizen>(sql, course->citizen_id));
    audit.record("read", citizen->id, "course", course->id);
    // The policy refuses a course without consent (it has no limited view).
    CitizenConsents consents = store::load_consents(sql, citizen->id);
    return read_of(call.caller(), course.value(), std::move(citizen).value(), std::move(consents), false);
  });
}

Result<CourseList> list_courses(Invocation& call, const CourseListQuery& query) {
  return run_query<CourseList>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CourseList> {
    const Caller caller = call.caller();
    const store::ListScope scope{caller.role == Role::authority
                                     ? store::ListScope::Kind::citizens_municipality
                                     : store::ListScope::Kind::unit,
                                 caller.organisation_id.value_or(0)};
    const std::optional<std::string> state =
        query.state ? std::optional<std::string>(to_code(*query.state)) : std::nullopt;
    const std::vector<Course> courses = store::list_courses(sql, scope, state);
    // What the caller may see of each course: the query narrows by organisation, the policy decides.
    struct Seen {
      Citizen citizen;
      CitizenConsents consents;
      bool limited = false;
    };
    std::vector<Seen> seen;
    std::vector<CourseListEntry> entries;
    for (const Course& course : courses) {
      auto citizen = store::load<Citizen>(sql, course.citizen_id);
      if (!citizen) continue;
      CitizenConsents consents = store::load_consents(sql, citizen->id);
      const AccessDecision decision =
          decide(caller, Action::list_courses, facts_of(course, citizen.value(), consents));
      if (!decision.allowed()) continue;
      entries.push_back({&course, decision.limited_view ? std::string() : citizen->name,
                         static_cast<int>(overdue_tasks(course, call.today()).size())});
      seen.push_back({std::move(citizen).value(), std::move(consents), decision.limited_view});
    }
    const CourseListPage page = course_list_page(entries, query);
    CourseList list;
    list.total = page.total;
    for (const std::size_t index : page.shown) {
      Seen& one = seen[index];
      audit.record("read", one.citizen.id, "course", entries[index].course->id);
      list.items.push_back(read_of(caller, *entries[index].course, std::move(one.citizen),
                                   std::move(one.consents), one.limited));
    }
    return list;
  });
}

Result<CourseRead> run_course_command(Invocation& call, std::int64_t course_id, const std::string& command,
                                      std::optional<std::int64_t> read_version,
                                      const nlohmann::json& payload) {
  return run_command<CourseRead>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CourseRead> {
        AFK_TRY(course, store::load<Course>(sql, course_id));
        AFK_TRY(citizen, store::load<Citizen>(sql, course->citizen_id));
        audit.record("command:" + command, citizen->id, "course", course->id);
        if (const AccessDecision allowed = decide_course_command(call.caller().role, command);
            !allowed.allowed())
          return make_error(ErrorKind::forbidden, allowed.code, allowed.reason_da);
        const std::optional<CourseCommand> known = course_command_from_name(command);
        if (known) AFK_CHECK(check_edit_fresh(course.value(), *known, read_version));
        auto command_context = load_course_context(sql, course.value(), call.today());
        command_context.author = Author{call.user_display_name(), call.caller().role};
        if (known == CourseCommand::move_in || known == CourseCommand::plan_move_in)
          command_context.next_in_line_course_id =
              next_in_line_for_a_place(sql, command_context.unit, call.today());
        AFK_TRY(changed, json::apply_course_command(command, course.value(), payload, command_context));
        if (known)
          stamp_section_change(course.value(), changed.value(), *known, command_context.author, call.today());
        // Compared with the version read in this transaction: a write that slipped in between is refused.
        AFK_CHECK(store::update(sql, changed.value(), course->version));
        Citizen shown = std::move(citizen).value();
        if (known) {
          AFK_TRY(followed,
                  citizen_after_command(sql, audit, std::move(shown), *known, changed.value(), call.today()));
          shown = std::move(followed).value();
          AFK_CHECK(referral_after_command(sql, audit, course.value(), changed.value(), *known));
        }
        record_actor_consents(call, sql, audit, changed.value());
        CitizenConsents consents = store::load_consents(sql, shown.id);
        return read_of(call.caller(), changed.value(), std::move(shown), std::move(consents), false);
      });
}

Result<std::vector<OverdueTask>> overdue_tasks_of_unit(Invocation& call, std::int64_t unit_id) {
  return run_query<std::vector<OverdueTask>>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::vector<OverdueTask>> {
        std::vector<OverdueTask> items;
        for (const auto& course : store::open_courses_of_unit(sql, unit_id)) {
          const auto overdue = overdue_tasks(course, call.today());
          if (overdue.empty()) continue;
          audit.record("read", course.citizen_id, "course_tasks", course.id);
          for (const Task& task : overdue) items.push_back({course.id, task});
        }
        return items;
      });
}

}  // namespace afk::service
