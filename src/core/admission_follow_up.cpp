#include "core/admission_follow_up.hpp"

namespace afk {

namespace {
// A stay runs from the move-in while the state allows a pause.
bool stay_running_on(const Course& course, Date day) {
  return check_command_allowed(CourseCommand::pause_for_admission, course) && course.moved_in_on &&
         *course.moved_in_on <= day;
}

// Before the move-in the course waits on the admission the citizen is in:
// its færdigmelding is the course's date.
bool waits_on(const Course& course, const HospitalAdmission& admission) {
  return !course.moved_in_on && !admission.discharged_on &&
         check_command_allowed(CourseCommand::set_ready_for_discharge, course);
}
}  // namespace

Result<std::optional<Course>> course_following_admissions(const Course& course, const Citizen& before,
                                                          const Citizen& after,
                                                          const CourseCommandContext& context) {
  Course followed = course;
  bool changed = false;
  for (const HospitalAdmission& admission : after.admissions) {
    const HospitalAdmission* earlier = find_admission(before, admission.id);
    const bool opened = earlier == nullptr;
    const bool discharged = admission.discharged_on && (opened || !earlier->discharged_on);
    const bool declared_ready =
        admission.ready_for_discharge_on &&
        (opened || earlier->ready_for_discharge_on != admission.ready_for_discharge_on);
    if (declared_ready && waits_on(followed, admission) &&
        followed.ready_for_discharge_on != admission.ready_for_discharge_on) {
      AFK_TRY(ready, set_ready_for_discharge(followed, {*admission.ready_for_discharge_on}, context));
      followed = std::move(ready).value();
      changed = true;
    }
    if (opened && stay_running_on(followed, admission.admitted_on)) {
      // The journal says who told: the hospital's message, or staff (who write their own note).
      const std::string note = admission.notified_by.empty() ? "" : told_by_hospital;
      AFK_TRY(paused, pause_for_admission(followed, {admission.admitted_on, note}, context));
      followed = std::move(paused).value();
      changed = true;
    }
    // The pause this admission caused: it began within the admission.
    const auto pause_within = [&] {
      const Date paused_on = followed.admission_pauses.back().admitted_on;
      return admission.admitted_on <= paused_on && paused_on <= *admission.discharged_on;
    };
    if (discharged && is_paused(followed) && pause_within()) {
      AFK_TRY(resumed, resume_after_admission(followed, {*admission.discharged_on}, context));
      followed = std::move(resumed).value();
      changed = true;
    }
  }
  // An admission the hospital cancelled (entered in error) never happened: the
  // pause it caused goes with it.
  for (const HospitalAdmission& admission : before.admissions) {
    if (find_admission(after, admission.id) || followed.admission_pauses.empty()) continue;
    const AdmissionPause& last = followed.admission_pauses.back();
    const bool caused_by_it = last.admitted_on == admission.admitted_on &&
                              (!last.resumed_on || last.resumed_on == admission.discharged_on);
    if (!caused_by_it) continue;
    followed.admission_pauses.pop_back();
    changed = true;
  }
  if (!changed) return std::optional<Course>{};
  return std::optional<Course>{std::move(followed)};
}

bool reports_admission_change(CourseCommand command) {
  return command == CourseCommand::pause_for_admission || command == CourseCommand::resume_after_admission ||
         command == CourseCommand::move_in || command == CourseCommand::set_ready_for_discharge;
}

Result<std::optional<Citizen>> citizen_following_course(const Citizen& citizen, CourseCommand command,
                                                        const Course& course, std::int64_t ward_id,
                                                        Date today) {
  const HospitalAdmission* open = open_admission(citizen);
  switch (command) {
    case CourseCommand::pause_for_admission: {
      if (open) return std::optional<Citizen>{};
      RecordAdmission admission;
      admission.ward_id = ward_id;
      admission.admitted_on = course.admission_pauses.back().admitted_on;
      AFK_TRY(admitted, record_admission(citizen, admission, today));
      return std::optional<Citizen>{std::move(admitted).value()};
    }
    case CourseCommand::resume_after_admission:
    case CourseCommand::move_in: {
      const Date left_on = command == CourseCommand::move_in ? *course.moved_in_on
                                                             : *course.admission_pauses.back().resumed_on;
      if (!open || open->admitted_on > left_on) return std::optional<Citizen>{};
      AFK_TRY(discharged, record_discharge(citizen, {open->id, left_on}, today));
      return std::optional<Citizen>{std::move(discharged).value()};
    }
    case CourseCommand::set_ready_for_discharge: {
      const Date ready = *course.ready_for_discharge_on;
      if (!open || open->ready_for_discharge_on == ready) return std::optional<Citizen>{};
      AFK_TRY(declared, set_admission_ready_for_discharge(citizen, {open->id, ready}, today));
      return std::optional<Citizen>{std::move(declared).value()};
    }
    default:
      return std::optional<Citizen>{};
  }
}

}  // namespace afk
