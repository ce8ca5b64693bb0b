#include "service/consent_service.hpp"

#include "core/course.hpp"
#include "core/role.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::service {

namespace {
ConsentsRead read_of(store::SqlConnection& sql, std::int64_t citizen_id) {
  ConsentsRead read{citizen_id, store::load_consents(sql, citizen_id), {}};
  for (const ConsentRecord& record : read.consents.records) {
    if (record.recorded_by_user_id <= 0 || read.recorder_names.contains(record.recorded_by_user_id)) continue;
    if (const auto user = store::find_user(sql, record.recorded_by_user_id))
      read.recorder_names[user->id] = user->display_name;
  }
  return read;
}

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
}  // namespace

Result<ConsentsRead> read_consents(Invocation& call, std::int64_t citizen_id) {
  return run_query<ConsentsRead>(call,
                                 [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ConsentsRead> {
                                   audit.record("read", citizen_id, "consents", std::nullopt);
                                   return read_of(sql, citizen_id);
                                 });
}

Result<ConsentsRead> record_consent(Invocation& call, std::int64_t citizen_id, const RecordConsent& command) {
  return run_command<ConsentsRead>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ConsentsRead> {
        AFK_CHECK(check_actor(sql, citizen_id, command));
        const CitizenConsents current = store::load_consents(sql, citizen_id);
        AFK_TRY(record, afk::record_consent(current, citizen_id, command, call.user_id(),
                                            std::string(role_code(call.caller().role)), call.today()));
        record->id = store::insert_consent(sql, record.value());
        audit.record("create", citizen_id, "consent", record->id);
        return read_of(sql, citizen_id);
      });
}

}  // namespace afk::service
