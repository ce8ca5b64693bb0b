// Prints the OpenAPI schemas derived from the records' field lists as one
// JSON object, name → schema. scripts/openapi-schemas writes them into the
// generated block of docs/openapi.yaml (and checks that block is current).
#include <iostream>

#include "json/schema.hpp"

namespace {

using afk::json::SchemaUse;
using Schemas = nlohmann::ordered_json;

template <class... Ts>
void add(Schemas& schemas, SchemaUse use) {
  ((schemas[std::string(afk::json::Fields<Ts>::name)] = afk::json::object_schema<Ts>(use)), ...);
}

// Every record and payload under its own name, and the payloads a command
// route takes as one `anyOf` (the path's command names which one applies).
template <class... Payloads>
void add_payloads(Schemas& schemas, const std::string& union_name) {
  add<Payloads...>(schemas, SchemaUse::request);
  Schemas any_of = Schemas::array();
  ((any_of.push_back({{"$ref", "#/components/schemas/" + std::string(afk::json::Fields<Payloads>::name)}})),
   ...);
  schemas[union_name] = {{"anyOf", any_of}};
}

}  // namespace

int main() {
  using namespace afk;
  using namespace afk::json;
  Schemas schemas = Schemas::object();
  add<Municipality, Region, Ward, Citizen, CooperationAgreement, AgreementView, CourseView, ReferralView,
      ReferralDecisionView>(schemas, SchemaUse::answer);
  add<RegisterCitizen, RecordAdmission, SetAdmissionReadyForDischarge, RecordDischarge, SubmitReferral,
      RecordConsent, AddPlace, ClosePlace, AddExclusionCriterion, ConfigureUnit, RetirePlace, EndPlaceClosure,
      SetExclusionCriterionActive, CreateCooperationAgreement, CheckAgreementPoint, SetAgreementPeriod>(
      schemas, SchemaUse::request);
  add_payloads<AcceptReferral, WaitlistReferral, DeclineReferral, WithdrawReferral>(schemas,
                                                                                    "ReferralCommandPayload");
  add_payloads<AppointKeyWorker, RecordWardVisit, RecordPlaceVisit, AddDischargeAgreement,
               SetReadyForDischarge, PlanMoveIn, MoveIn, SavePlan, AddStatusNote, RecordVum, AddActor,
               UpdateActor, SaveCrisisPlan, SetSubstanceUseApproach, PauseForAdmission, ResumeAfterAdmission,
               ExtendStay, DecideAllocation, AddHandoverNote, MoveOut, AddFollowUpContact, CloseCourse,
               CancelCourse, CompleteTask>(schemas, "CourseCommandPayload");
  std::cout << schemas.dump(2) << '\n';
}
