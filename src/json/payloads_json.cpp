// Command payloads. Text that may be left empty (notes) is optional; what a
// command cannot do without is required, so a typo in a field name is an
// unknown field rather than silently missing data.
#include "json/codec.hpp"
#include "json/payloads.hpp"

namespace afk::json {

ReadError read_value(const Json& json, const std::string& path, RegisterCitizen& out) {
  ObjectReader reader(json, path);
  reader.required("name", out.name)
      .optional("cpr", out.cpr)
      .optional("birth_date", out.birth_date)
      .required("home_municipality_id", out.home_municipality_id);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, RecordConsent& out) {
  ObjectReader reader(json, path);
  reader.required("purpose", out.purpose)
      .required("status", out.status)
      .required("form", out.form)
      .optional("legal_basis", out.legal_basis)
      .optional("recorded_on", out.recorded_on)
      .optional("course_id", out.course_id)
      .optional("actor_id", out.actor_id);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, RecordAdmission& out) {
  ObjectReader reader(json, path);
  reader.required("ward_id", out.ward_id)
      .required("admitted_on", out.admitted_on)
      .optional("ready_for_discharge_on", out.ready_for_discharge_on)
      .optional("discharged_on", out.discharged_on);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SetAdmissionReadyForDischarge& out) {
  ObjectReader reader(json, path);
  reader.required("admission_id", out.admission_id)
      .required("ready_for_discharge_on", out.ready_for_discharge_on);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, RecordDischarge& out) {
  ObjectReader reader(json, path);
  reader.required("admission_id", out.admission_id).required("discharged_on", out.discharged_on);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SubmitReferral& out) {
  ObjectReader reader(json, path);
  reader.required("unit_id", out.unit_id)
      .required("citizen_id", out.citizen_id)
      .required("ward_id", out.ward_id)
      .required("referred_on", out.referred_on)
      .required("reason", out.reason)
      .required("support_situation", out.support_situation)
      .optional("expected_ready_for_discharge_on", out.expected_ready_for_discharge_on)
      .required("substance_use", out.substance_use)
      .optional("substance_use_note", out.substance_use_note)
      .optional("risk_history", out.risk_history)
      .required("consent_to_share_with_unit", out.consent_to_share_with_unit)
      .optional("consent_form", out.consent_form)
      .optional("consent_to_share_back_with_ward", out.consent_to_share_back_with_ward)
      .optional("exclusion_answers", out.exclusion_answers);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AddPlace& out) {
  ObjectReader reader(json, path);
  reader.required("number", out.number).required("kind", out.kind);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, ClosePlace& out) {
  ObjectReader reader(json, path);
  reader.required("place_id", out.place_id)
      .required("from", out.from)
      .optional("to", out.to)
      .required("reason", out.reason);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AddExclusionCriterion& out) {
  ObjectReader reader(json, path);
  reader.required("question", out.question);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, CreateCooperationAgreement& out) {
  ObjectReader reader(json, path);
  reader.required("unit_id", out.unit_id)
      .required("region_id", out.region_id)
      .required("valid_from", out.valid_from)
      .optional("valid_to", out.valid_to);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, CheckAgreementPoint& out) {
  ObjectReader reader(json, path);
  reader.required("point", out.point).required("agreed", out.agreed).optional("note", out.note);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SetAgreementPeriod& out) {
  ObjectReader reader(json, path);
  reader.required("valid_from", out.valid_from).optional("valid_to", out.valid_to);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AcceptReferral& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on)
      .optional("note", out.note)
      .optional("share_note_with_ward", out.share_note_with_ward);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, WaitlistReferral& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on)
      .optional("note", out.note)
      .optional("share_note_with_ward", out.share_note_with_ward);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, DeclineReferral& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on)
      .required("reason", out.reason)
      .optional("share_note_with_ward", out.share_note_with_ward);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, WithdrawReferral& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on).optional("reason", out.reason);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AppointKeyWorker& out) {
  ObjectReader reader(json, path);
  reader.required("name", out.name)
      .optional("contact", out.contact)
      .required("appointed_on", out.appointed_on);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, RecordWardVisit& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date).optional("note", out.note);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, RecordPlaceVisit& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date).required("overnight", out.overnight).optional("note", out.note);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AddDischargeAgreement& out) {
  ObjectReader reader(json, path);
  reader.required("kind", out.kind).required("date", out.date).required("parties", out.parties);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SetReadyForDischarge& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, PlanMoveIn& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, MoveIn& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date)
      .required("place_kind", out.place_kind)
      .optional("planned_end_on", out.planned_end_on);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, GoalInput& out) {
  ObjectReader reader(json, path);
  reader.optional("id", out.id)
      .optional("version", out.version)
      .required("text", out.text)
      .required("status", out.status);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SavePlan& out) {
  ObjectReader reader(json, path);
  reader.required("plan_version", out.plan_version)
      .required("hopes", out.hopes)
      .required("wishes", out.wishes)
      .required("goals_in_own_words", out.goals_in_own_words)
      .required("goals", out.goals);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AddStatusNote& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date).required("text", out.text);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, RecordVum& out) {
  ObjectReader reader(json, path);
  reader.optional("started_on", out.started_on).optional("completed_on", out.completed_on);
  return reader.finish();
}

namespace {
void read_actor_fields(ObjectReader& reader, ActorFields& out) {
  reader.required("kind", out.kind)
      .required("name", out.name)
      .optional("role", out.role)
      .optional("contact", out.contact)
      .required("consent_to_share", out.consent_to_share)
      .optional("is_coordinator", out.is_coordinator);
}
}  // namespace

ReadError read_value(const Json& json, const std::string& path, AddActor& out) {
  ObjectReader reader(json, path);
  read_actor_fields(reader, out.actor);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, UpdateActor& out) {
  ObjectReader reader(json, path);
  reader.required("actor_id", out.actor_id).required("version", out.version);
  read_actor_fields(reader, out.actor);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SaveCrisisPlan& out) {
  ObjectReader reader(json, path);
  reader.required("version", out.version)
      .required("warning_signs", out.warning_signs)
      .required("what_to_do", out.what_to_do)
      .required("who_to_call", out.who_to_call)
      .required("medication_responsible", out.medication_responsible)
      .required("on_readmission", out.on_readmission);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, SetSubstanceUseApproach& out) {
  ObjectReader reader(json, path);
  reader.required("approach", out.approach);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, PauseForAdmission& out) {
  ObjectReader reader(json, path);
  reader.required("admitted_on", out.admitted_on).optional("note", out.note);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, ResumeAfterAdmission& out) {
  ObjectReader reader(json, path);
  reader.required("resumed_on", out.resumed_on);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, ExtendStay& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on)
      .required("new_planned_end_on", out.new_planned_end_on)
      .required("reason", out.reason);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, DecideAllocation& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on)
      .required("destination", out.destination)
      .optional("note", out.note);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AddHandoverNote& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date).optional("recipient", out.recipient).required("text", out.text);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, MoveOut& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, AddFollowUpContact& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date)
      .optional("note", out.note)
      .optional("declined_by_citizen", out.declined_by_citizen);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, CloseCourse& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, CancelCourse& out) {
  ObjectReader reader(json, path);
  reader.required("date", out.date).required("reason", out.reason);
  return reader.finish();
}

ReadError read_value(const Json& json, const std::string& path, CompleteTask& out) {
  ObjectReader reader(json, path);
  reader.required("task_id", out.task_id)
      .required("completed_on", out.completed_on)
      .optional("note", out.note);
  return reader.finish();
}

Result<RegisterCitizen> parse_register_citizen(const Json& json) {
  return read_document<RegisterCitizen>(json);
}
Result<RecordConsent> parse_record_consent(const Json& json) { return read_document<RecordConsent>(json); }
Result<RecordAdmission> parse_record_admission(const Json& json) {
  return read_document<RecordAdmission>(json);
}
Result<SetAdmissionReadyForDischarge> parse_set_admission_ready_for_discharge(const Json& json) {
  return read_document<SetAdmissionReadyForDischarge>(json);
}
Result<RecordDischarge> parse_record_discharge(const Json& json) {
  return read_document<RecordDischarge>(json);
}
Result<SubmitReferral> parse_submit_referral(const Json& json) { return read_document<SubmitReferral>(json); }
Result<AddPlace> parse_add_place(const Json& json) { return read_document<AddPlace>(json); }
Result<ClosePlace> parse_close_place(const Json& json) { return read_document<ClosePlace>(json); }
Result<AddExclusionCriterion> parse_add_exclusion_criterion(const Json& json) {
  return read_document<AddExclusionCriterion>(json);
}
Result<CreateCooperationAgreement> parse_create_cooperation_agreement(const Json& json) {
  return read_document<CreateCooperationAgreement>(json);
}
Result<CheckAgreementPoint> parse_check_agreement_point(const Json& json) {
  return read_document<CheckAgreementPoint>(json);
}
Result<SetAgreementPeriod> parse_set_agreement_period(const Json& json) {
  return read_document<SetAgreementPeriod>(json);
}

}  // namespace afk::json
