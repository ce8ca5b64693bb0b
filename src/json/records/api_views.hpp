// The answers that show an aggregate with what its screen needs beside it:
// the caller's legal commands, the citizen's name or age, the overdue tasks.
// A route fills the view from what its service read (already redacted by
// core/consent_view); the view's fields are declared here, once, like every
// record's, so they are written and documented from the same list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/course.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"
#include "json/fields.hpp"

namespace afk::json {

struct ActorView {
  Actor actor;
  bool consent_in_force = false;
};

struct CourseCitizenView {
  std::int64_t id = 0;
  std::optional<std::string> name;  // null in the limited view
  std::optional<Date> birth_date;   // null in the limited view
  std::optional<bool> anonymous;    // null in the limited view
  std::optional<int> age;           // only in the limited view
  std::optional<Date> died_on;      // told by the hospital (MedCom); null in the limited view
};

struct CourseView {
  Course course;
  std::vector<ActorView> actors;
  bool limited_by_consent = false;
  CourseCitizenView citizen;
  std::vector<std::string> legal_commands;
  std::vector<std::int64_t> overdue_task_ids;
};

struct AdmissionView {
  HospitalAdmission admission;
  std::vector<std::string> legal_commands;
};

// A citizen with what the caller may do with the admissions.
struct CitizenView {
  Citizen citizen;
  std::vector<AdmissionView> admissions;
  std::vector<std::string> legal_commands;
};

struct AgreementView {
  CooperationAgreement agreement;
  bool active_today = false;
};

struct ReferralView {
  Referral referral;
  std::optional<std::string> citizen_name;
  std::optional<std::string> citizen_cpr;  // DDMMYY-SSSS
  int citizen_age = 0;
  // The admission the citizen is referred from (core index_admission), as the caller may see it.
  std::optional<Date> admitted_on;
  std::optional<Date> ready_for_discharge_on;
  bool limited_by_consent = false;
  std::vector<std::string> legal_commands;
  bool outcome_withheld = false;
  std::optional<CourseSummary> course;
};

struct ReferralDecisionView {
  ReferralView referral;
  std::optional<Course> course;
  std::vector<DecisionWarning> warnings;
};

AFK_FIELDS(
    ActorView, "ActorView", flatten(&T::actor),
    field("consent_in_force", &T::consent_in_force,
          "The citizen's consent to share with this actor is in force; without it the contact is blank"))

AFK_FIELDS(CourseCitizenView, "CourseCitizenView", field("id", &T::id),
           field("name", &T::name, "null in the limited view"),
           field("birth_date", &T::birth_date, "null in the limited view"),
           field("anonymous", &T::anonymous, "null in the limited view"),
           field("age", &T::age, "Only in the limited view"),
           field("died_on", &T::died_on, "The death the hospital told (MedCom); null in the limited view"))

AFK_FIELDS(
    CourseView, "CourseView", flatten(&T::course, "actors"), field("actors", &T::actors),
    field("limited_by_consent", &T::limited_by_consent,
          "Without the citizen's consent to share with the unit only the keys, state and dates are "
          "filled: the lists are empty, the texts blank, and the citizen has an age instead of a name"),
    field("citizen", &T::citizen),
    field("legal_commands", &T::legal_commands,
          "The commands the course's state allows now and the caller's role may run"),
    field("overdue_task_ids", &T::overdue_task_ids))

AFK_FIELDS(AdmissionView, "AdmissionView", flatten(&T::admission),
           field("legal_commands", &T::legal_commands,
                 "What the admission's state offers and the caller may do: ready-for-discharge, discharge"))

AFK_FIELDS(CitizenView, "Citizen", flatten(&T::citizen, "admissions"),
           field("admissions", &T::admissions, "Ward staff see only those at their own ward"),
           field("legal_commands", &T::legal_commands,
                 "record-admission when the caller may record admissions"))

AFK_FIELDS(AgreementView, "AgreementView", flatten(&T::agreement),
           field("active_today", &T::active_today, "In force today"))

AFK_FIELDS(CourseSummary, "CourseSummary", field("id", &T::id), field("state", &T::state),
           field("moved_in_on", &T::moved_in_on), field("moved_out_on", &T::moved_out_on))

AFK_FIELDS(ReferralView, "ReferralView", flatten(&T::referral),
           field("citizen_name", &T::citizen_name,
                 "null while the citizen has not consented to share the referral with the unit"),
           field("citizen_cpr", &T::citizen_cpr,
                 "DDMMYY-SSSS; null in the limited view and for an anonymous citizen"),
           field("citizen_age", &T::citizen_age),
           field("admitted_on", &T::admitted_on,
                 "When the admission the citizen is referred from began (null if none is recorded)"),
           field("ready_for_discharge_on", &T::ready_for_discharge_on,
                 "The ward's færdigmelding on that admission, once given"),
           field("limited_by_consent", &T::limited_by_consent,
                 "true: without consent to share with the unit, the reason, substance use (unknown), its "
                 "note and the risk history are withheld"),
           field("legal_commands", &T::legal_commands,
                 "The referral commands the state allows and the caller may run"),
           field("outcome_withheld", &T::outcome_withheld,
                 "Ward staff: true without the citizen's consent to share status and outcome back; course "
                 "is then null"),
           field("course", &T::course))

AFK_FIELDS(ReferralDecisionView, "ReferralDecision", field("referral", &T::referral),
           field("course", &T::course, "The course an acceptance or wait-listing opened"),
           field("warnings", &T::warnings))

}  // namespace afk::json
