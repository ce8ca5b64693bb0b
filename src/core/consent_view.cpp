#include "core/consent_view.hpp"

namespace afk {

Referral shown_referral(const Caller& caller, const Referral& referral, bool limited_view) {
  Referral shown = referral;
  if (limited_view) {
    shown.reason.clear();
    shown.substance_use = SubstanceUse::unknown;
    shown.substance_use_note.clear();
    shown.risk_history.clear();
  }
  if (!sees_decision_note(caller, referral)) shown.decision_note.clear();
  return shown;
}

namespace {
// Named field by field so that a field added to Course stays hidden until it
// is decided here that it plans a place.
Course planning_facts(const Course& course) {
  Course shown;
  shown.id = course.id;
  shown.version = course.version;
  shown.unit_id = course.unit_id;
  shown.citizen_id = course.citizen_id;
  shown.referral_id = course.referral_id;
  shown.state = course.state;
  shown.waiting_list = course.waiting_list;
  shown.accepted_on = course.accepted_on;
  shown.ready_for_discharge_on = course.ready_for_discharge_on;
  shown.planned_move_in_on = course.planned_move_in_on;
  shown.place_id = course.place_id;
  shown.place_kind = course.place_kind;
  shown.moved_in_on = course.moved_in_on;
  shown.planned_end_on = course.planned_end_on;
  shown.moved_out_on = course.moved_out_on;
  shown.closed_on = course.closed_on;
  shown.cancelled_on = course.cancelled_on;
  return shown;
}
}  // namespace

Course shown_course(const Course& course, const CitizenConsents& consents, bool limited_view) {
  if (limited_view) return planning_facts(course);
  Course shown = course;
  for (Actor& actor : shown.actors)
    if (!actor_contact_shared(consents, course, actor)) actor.contact.clear();
  return shown;
}

Citizen shown_citizen(const Caller& caller, const Citizen& citizen) {
  Citizen shown = citizen;
  std::erase_if(shown.admissions, [&](const HospitalAdmission& admission) {
    return !sees_admission(caller, admission.ward_id);
  });
  return shown;
}

bool actor_contact_shared(const CitizenConsents& consents, const Course& course, const Actor& actor) {
  return covers(consents, ConsentPurpose::share_with_actor, course.id, actor.id);
}

}  // namespace afk
