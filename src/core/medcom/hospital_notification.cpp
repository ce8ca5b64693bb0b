#include "core/medcom/hospital_notification.hpp"

#include <algorithm>
#include <utility>

namespace afk::medcom {

namespace {
using A = HospitalActivity;

Error stay_not_known() {
  return make_error(ErrorKind::rule_violated, "stay_not_known",
                    "Sygehusadvisen henviser til en indlæggelse, som Afklaring ikke har fået besked om.");
}

HospitalAdmission* admission_of_stay(Citizen& citizen, const std::string& episode) {
  for (auto& admission : citizen.admissions)
    if (admission.episode_of_care == episode) return &admission;
  return nullptr;
}

// A manually entered admission at the same ward that this stay is: open, or covering its start.
HospitalAdmission* manual_admission_for(Citizen& citizen, std::int64_t ward_id, Date started_on) {
  for (auto& admission : citizen.admissions) {
    if (admission.episode_of_care || admission.ward_id != ward_id) continue;
    const bool covers = admission.admitted_on <= started_on.plus_days(1) &&
                        (!admission.discharged_on || started_on <= *admission.discharged_on);
    if (covers) return &admission;
  }
  return nullptr;
}

NotificationEffect effect(Citizen citizen, std::string what_da,
                          NotificationOutcome outcome = NotificationOutcome::applied) {
  return NotificationEffect{outcome, std::move(citizen), std::move(what_da)};
}

Result<NotificationEffect> admit(const Citizen& citizen, const HospitalNotification& message,
                                 std::int64_t ward_id, Date today) {
  Citizen next = citizen;
  if (admission_of_stay(next, message.episode_of_care))
    return effect(std::move(next), "Indlæggelsen var allerede registreret",
                  NotificationOutcome::already_recorded);
  if (HospitalAdmission* manual = manual_admission_for(next, ward_id, message.started_on)) {
    manual->episode_of_care = message.episode_of_care;
    manual->admitted_on = message.started_on;  // the hospital's registration is the fact
    manual->notified_by.push_back(message.message_id);
    return effect(std::move(next),
                  "Indlagt " + message.started_on.danish() + " (den registrerede indlæggelse)");
  }
  std::string what = "Indlagt " + message.started_on.danish();
  if (const HospitalAdmission* open = open_admission(next)) {
    // A transfer to another hospital: the earlier stay ends where this one starts.
    const Date left_on = std::max(open->admitted_on, message.started_on);
    AFK_TRY(moved, record_discharge(next, {open->id, left_on}, today));
    next = std::move(moved).value();
    what += " (overflyttet; den forrige indlæggelse er afsluttet)";
  }
  RecordAdmission command;
  command.ward_id = ward_id;
  command.admitted_on = message.started_on;
  AFK_TRY(admitted, record_admission(next, command, today));
  next = std::move(admitted).value();
  HospitalAdmission& opened = next.admissions.back();
  opened.episode_of_care = message.episode_of_care;
  opened.opened_by_message = true;
  opened.notified_by.push_back(message.message_id);
  return effect(std::move(next), what);
}

Result<NotificationEffect> discharge(Citizen next, HospitalAdmission& stay,
                                     const HospitalNotification& message, Date today) {
  if (!message.ended_on)
    return make_error(ErrorKind::bad_input, "end_missing", "Sygehusadvisen mangler udskrivningstidspunktet.",
                      "Encounter.period.end");
  std::string what = "Udskrevet " + message.ended_on->danish();
  if (stay.discharged_on == message.ended_on && (!reports_death(message) || next.died_on))
    return effect(std::move(next), what, NotificationOutcome::already_recorded);
  if (!stay.discharged_on) {
    const std::int64_t id = stay.id;
    stay.notified_by.push_back(message.message_id);
    AFK_TRY(discharged, record_discharge(next, {id, *message.ended_on}, today));
    next = std::move(discharged).value();
  }
  if (reports_death(message)) {
    next.died_on = message.ended_on;
    what = "Død under indlæggelsen " + message.ended_on->danish();
  }
  return effect(std::move(next), what);
}
}  // namespace

bool is_cancellation(HospitalActivity activity) {
  switch (activity) {
    case A::cancel_admit_inpatient:
    case A::cancel_start_leave:
    case A::cancel_end_leave:
    case A::cancel_discharge_inpatient:
    case A::cancel_admit_emergency:
    case A::cancel_discharge_emergency:
      return true;
    default:
      return false;
  }
}

bool is_inpatient_activity(HospitalActivity activity) {
  switch (activity) {
    case A::admit_emergency:
    case A::revise_admit_emergency:
    case A::cancel_admit_emergency:
    case A::discharge_emergency:
    case A::revise_discharge_emergency:
    case A::cancel_discharge_emergency:
      return false;
    default:
      return true;
  }
}

bool reports_death(const HospitalNotification& notification) {
  return notification.deceased && notification.status == EncounterStatus::finished;
}

Result<NotificationEffect> apply_hospital_notification(const Citizen& citizen,
                                                       const HospitalNotification& message,
                                                       std::int64_t ward_id, Date today) {
  if (!is_inpatient_activity(message.activity) || !message.inpatient)
    return effect(citizen, "Akut ambulant besøg – ikke en indlæggelse",
                  NotificationOutcome::not_an_admission);
  if (message.activity == A::admit_inpatient && !reports_death(message))
    return admit(citizen, message, ward_id, today);

  Citizen next = citizen;
  HospitalAdmission* stay = admission_of_stay(next, message.episode_of_care);
  if (!stay) {
    if (message.activity == A::admit_inpatient) {  // MORS as the first word of a stay: admitted, then died
      AFK_TRY(admitted, admit(citizen, message, ward_id, today));
      next = std::move(admitted->citizen);
      stay = admission_of_stay(next, message.episode_of_care);
    } else {
      return stay_not_known();
    }
  }
  const bool ends_the_stay =
      message.activity == A::admit_inpatient || message.activity == A::discharge_inpatient;
  if (ends_the_stay) return discharge(std::move(next), *stay, message, today);  // MORS or SLHJ
  stay->notified_by.push_back(message.message_id);
  switch (message.activity) {
    case A::revise_admit_inpatient:
      stay->admitted_on = message.started_on;
      return effect(std::move(next), "Indlæggelsesdato rettet til " + message.started_on.danish());
    case A::cancel_admit_inpatient:
      if (!stay->opened_by_message) {  // the manual admission it completed stays, unlinked
        stay->episode_of_care.reset();
        return effect(std::move(next), "Sygehuset har annulleret sin besked om indlæggelsen");
      }
      next.admissions.erase(std::remove_if(next.admissions.begin(), next.admissions.end(),
                                           [&](const HospitalAdmission& a) { return &a == stay; }),
                            next.admissions.end());
      return effect(std::move(next), "Indlæggelsen er annulleret af sygehuset");
    case A::start_leave:
    case A::revise_start_leave:
      if (!message.leave_started_on)
        return make_error(ErrorKind::bad_input, "leave_missing", "Sygehusadvisen mangler orlovens start.",
                          "Encounter.extension.leavePeriod");
      if (message.activity == A::start_leave &&
          std::any_of(stay->leaves.begin(), stay->leaves.end(), [&](const AdmissionLeave& leave) {
            return leave.started_on == *message.leave_started_on;
          }))
        return effect(std::move(next), "Orloven var allerede registreret");  // its SLOR came first
      if (message.activity == A::start_leave && (stay->leaves.empty() || stay->leaves.back().ended_on))
        stay->leaves.push_back({*message.leave_started_on, std::nullopt});
      else if (!stay->leaves.empty())
        stay->leaves.back().started_on = *message.leave_started_on;
      return effect(std::move(next), "Orlov fra " + message.leave_started_on->danish());
    case A::cancel_start_leave:
      if (!stay->leaves.empty()) stay->leaves.pop_back();
      return effect(std::move(next), "Orloven er annulleret af sygehuset");
    case A::end_leave:
    case A::revise_end_leave:
      if (!message.leave_ended_on || !message.leave_started_on)
        return make_error(ErrorKind::bad_input, "leave_missing", "Sygehusadvisen mangler orlovens slut.",
                          "Encounter.extension.leavePeriod");
      // The message carries the whole leave: one not told before (its STOR came later, or never) is added.
      if (stay->leaves.empty() || (message.activity == A::end_leave && stay->leaves.back().ended_on))
        stay->leaves.push_back({*message.leave_started_on, std::nullopt});
      stay->leaves.back().ended_on = message.leave_ended_on;
      return effect(std::move(next), "Tilbage fra orlov " + message.leave_ended_on->danish());
    case A::cancel_end_leave:
      if (!stay->leaves.empty()) stay->leaves.back().ended_on.reset();
      return effect(std::move(next), "Orlovens slut er annulleret af sygehuset");
    case A::revise_discharge_inpatient:
      if (!message.ended_on || !stay->discharged_on) return stay_not_known();
      stay->discharged_on = message.ended_on;
      return effect(std::move(next), "Udskrivningsdato rettet til " + message.ended_on->danish());
    case A::cancel_discharge_inpatient: {
      const std::int64_t id = stay->id;
      const bool other_open = std::any_of(next.admissions.begin(), next.admissions.end(),
                                          [&](const auto& a) { return a.id != id && !a.discharged_on; });
      if (other_open)
        return make_error(
            ErrorKind::rule_violated, "admission_already_open",
            "Udskrivningen kan ikke annulleres: borgeren er registreret som indlagt et andet sted.");
      stay->discharged_on.reset();
      return effect(std::move(next), "Udskrivningen er annulleret af sygehuset");
    }
    default:
      return effect(std::move(next), "", NotificationOutcome::not_an_admission);
  }
}

}  // namespace afk::medcom
