// MedCom HospitalNotification (sygehusadvis): what a hospital tells the
// citizen's kommune about a stay, and what it does to the citizen's
// admissions. The message as read (json/medcom_hospital_notification) is
// `HospitalNotification`; `apply_hospital_notification` is the rule, without
// I/O: the service finds the citizen by CPR and the ward by SOR code first.
//
// The activity (Provenance.activity) names the event: STIN starts an
// inpatient stay, STOR/SLOR start and end a leave, SLHJ ends the stay, and
// RE_/AN_ correct or cancel an earlier message of the same stay. MORS has no
// activity of its own: the stay is `finished` and the patient deceased. All
// messages of one stay share the Encounter's episode-of-care identifier,
// which the admission keeps. Acute ambulant visits (STAA and its end) are
// not admissions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/citizen.hpp"
#include "core/enum_codes.hpp"
#include "core/result.hpp"

namespace afk::medcom {

enum class HospitalActivity {
  admit_inpatient,
  revise_admit_inpatient,
  cancel_admit_inpatient,
  start_leave,
  revise_start_leave,
  cancel_start_leave,
  end_leave,
  revise_end_leave,
  cancel_end_leave,
  discharge_inpatient,
  revise_discharge_inpatient,
  cancel_discharge_inpatient,
  admit_emergency,
  revise_admit_emergency,
  cancel_admit_emergency,
  discharge_emergency,
  revise_discharge_emergency,
  cancel_discharge_emergency,
};

}  // namespace afk::medcom

namespace afk {
// MedCom's activity codes (CodeSystem medcom-messaging-activityCodes) and the
// event names staff know from the hospital.
template <>
struct EnumCodes<medcom::HospitalActivity> {
  using A = medcom::HospitalActivity;
  static constexpr std::array<EnumText<A>, 18> table{{
      {A::admit_inpatient, "admit-inpatient", "Indlagt (STIN)"},
      {A::revise_admit_inpatient, "revise-admit-inpatient", "Indlæggelse rettet (RE_STIN)"},
      {A::cancel_admit_inpatient, "cancel-admit-inpatient", "Indlæggelse annulleret (AN_STIN)"},
      {A::start_leave, "start-leave-inpatient", "Orlov begyndt (STOR)"},
      {A::revise_start_leave, "revise-start-leave-inpatient", "Orlov rettet (RE_STOR)"},
      {A::cancel_start_leave, "cancel-start-leave-inpatient", "Orlov annulleret (AN_STOR)"},
      {A::end_leave, "end-leave-inpatient", "Orlov slut (SLOR)"},
      {A::revise_end_leave, "revise-end-leave-inpatient", "Orlovens slut rettet (RE_SLOR)"},
      {A::cancel_end_leave, "cancel-end-leave-inpatient", "Orlovens slut annulleret (AN_SLOR)"},
      {A::discharge_inpatient, "discharge-inpatient-home", "Udskrevet (SLHJ)"},
      {A::revise_discharge_inpatient, "revise-discharge-inpatient-home", "Udskrivning rettet (RE_SLHJ)"},
      {A::cancel_discharge_inpatient, "cancel-discharge-inpatient-home", "Udskrivning annulleret (AN_SLHJ)"},
      {A::admit_emergency, "admit-emergency", "Akut ambulant (STAA)"},
      {A::revise_admit_emergency, "revise-admit-emergency", "Akut ambulant rettet (RE_STAA)"},
      {A::cancel_admit_emergency, "cancel-admit-emergency", "Akut ambulant annulleret (AN_STAA)"},
      {A::discharge_emergency, "discharge-emergency-home", "Akut ambulant slut (SLHJ)"},
      {A::revise_discharge_emergency, "revise-discharge-emergency-home", "Akut ambulant slut rettet"},
      {A::cancel_discharge_emergency, "cancel-discharge-emergency-home", "Akut ambulant slut annulleret"},
  }};
};
}  // namespace afk

namespace afk::medcom {

enum class EncounterStatus { in_progress, onleave, finished, entered_in_error };

// One HospitalNotification message, as far as Afklaring reads it.
struct HospitalNotification {
  std::string message_id;  // MessageHeader.id: replays of it change nothing
  HospitalActivity activity = HospitalActivity::admit_inpatient;
  std::string cpr_digits;       // Patient's CPR identifier, ten digits
  bool deceased = false;        // Patient.deceasedBoolean
  std::string episode_of_care;  // Encounter.episodeOfCare.identifier: the stay, across its messages
  bool inpatient = true;        // Encounter.class IMP; false for EMER (acute ambulant)
  EncounterStatus status = EncounterStatus::in_progress;
  Date started_on;                                       // Encounter.period.start, Danish date
  std::optional<Date> ended_on;                          // Encounter.period.end
  std::optional<Date> leave_started_on, leave_ended_on;  // the leave-period extension
  std::string service_provider_sor;               // the ward in charge: Encounter.serviceProvider's SOR code
  std::optional<std::string> earlier_message_id;  // RE_/AN_ (and follow-ups): the message it refers to
};

bool is_cancellation(HospitalActivity activity);
bool is_inpatient_activity(HospitalActivity activity);
// MORS: the stay finished because the patient died.
bool reports_death(const HospitalNotification& notification);

// What a message did to the citizen's admissions, for the audit, the
// message log and the staff's timeline ("Sygehusadvis: …").
enum class NotificationOutcome {
  applied,
  not_an_admission,  // acute ambulant: nothing to record
  already_recorded,  // the admissions already say it (a replay of the facts)
};

struct NotificationEffect {
  NotificationOutcome outcome = NotificationOutcome::applied;
  Citizen citizen;      // the citizen after the message
  std::string what_da;  // one line for the timeline, without the citizen's name
};

// The citizen after `notification`, whose stay is at `ward_id`:
//   STIN opens an admission at the ward with the stay's episode id. It completes a
//     manually entered admission at the same ward that is open or covers the start
//     (one stay is never recorded twice); an open admission of another stay ends the
//     day this one starts (a transfer to another hospital is a new STIN).
//   SLHJ discharges the stay; MORS discharges it and records the death.
//   STOR/SLOR add and end a leave: the citizen is still admitted.
//   RE_ sets the corrected date; AN_ undoes the event (a cancelled STIN removes
//     the admission the messages made, or unlinks the manual one it completed).
//   STAA and its end record nothing.
// rule_violated `stay_not_known` when a message refers to a stay Afklaring has not
// been told of (out of order: held until its STIN comes), and the core's own
// refusals (an overlapping admission) otherwise.
Result<NotificationEffect> apply_hospital_notification(const Citizen& citizen,
                                                       const HospitalNotification& notification,
                                                       std::int64_t ward_id, Date today);

}  // namespace afk::medcom
