// The course aggregate and its sub-records.
#include "json/codec.hpp"

namespace afk::json {

ReadError read_value(const Json& json, const std::string& path, KeyWorker& out) {
  ObjectReader reader(json, path);
  reader.required("name", out.name)
      .required("contact", out.contact)
      .required("appointed_on", out.appointed_on);
  return reader.finish();
}
Json encode(const KeyWorker& value) {
  return Json{{"name", value.name}, {"contact", value.contact}, {"appointed_on", encode(value.appointed_on)}};
}

ReadError read_value(const Json& json, const std::string& path, TransitionEvent& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("kind", out.kind)
      .required("date", out.date)
      .required("note", out.note);
  return reader.finish();
}
Json encode(const TransitionEvent& value) {
  return Json{
      {"id", value.id}, {"kind", encode(value.kind)}, {"date", encode(value.date)}, {"note", value.note}};
}

ReadError read_value(const Json& json, const std::string& path, DischargeAgreement& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("kind", out.kind)
      .required("date", out.date)
      .required("parties", out.parties);
  return reader.finish();
}
Json encode(const DischargeAgreement& value) {
  return Json{{"id", value.id},
              {"kind", encode(value.kind)},
              {"date", encode(value.date)},
              {"parties", value.parties}};
}

ReadError read_value(const Json& json, const std::string& path, Goal& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("text", out.text)
      .required("status", out.status);
  return reader.finish();
}
Json encode(const Goal& value) {
  return Json{
      {"id", value.id}, {"version", value.version}, {"text", value.text}, {"status", encode(value.status)}};
}

ReadError read_value(const Json& json, const std::string& path, Plan& out) {
  ObjectReader reader(json, path);
  reader.required("version", out.version)
      .required("hopes", out.hopes)
      .required("wishes", out.wishes)
      .required("goals_in_own_words", out.goals_in_own_words)
      .required("goals", out.goals)
      .optional("saved_on", out.saved_on);
  return reader.finish();
}
Json encode(const Plan& value) {
  return Json{{"version", value.version},     {"hopes", value.hopes},
              {"wishes", value.wishes},       {"goals_in_own_words", value.goals_in_own_words},
              {"goals", encode(value.goals)}, {"saved_on", encode(value.saved_on)}};
}

ReadError read_value(const Json& json, const std::string& path, StatusNote& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id).required("date", out.date).required("text", out.text);
  return reader.finish();
}
Json encode(const StatusNote& value) {
  return Json{{"id", value.id}, {"date", encode(value.date)}, {"text", value.text}};
}

ReadError read_value(const Json& json, const std::string& path, VumAssessment& out) {
  ObjectReader reader(json, path);
  reader.optional("started_on", out.started_on).optional("completed_on", out.completed_on);
  return reader.finish();
}
Json encode(const VumAssessment& value) {
  return Json{{"started_on", encode(value.started_on)}, {"completed_on", encode(value.completed_on)}};
}

ReadError read_value(const Json& json, const std::string& path, Actor& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("kind", out.kind)
      .required("name", out.name)
      .required("role", out.role)
      .required("contact", out.contact)
      .required("consent_to_share", out.consent_to_share)
      .required("is_coordinator", out.is_coordinator);
  return reader.finish();
}
Json encode(const Actor& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"kind", encode(value.kind)},
              {"name", value.name},
              {"role", value.role},
              {"contact", value.contact},
              {"consent_to_share", value.consent_to_share},
              {"is_coordinator", value.is_coordinator}};
}

ReadError read_value(const Json& json, const std::string& path, CrisisPlan& out) {
  ObjectReader reader(json, path);
  reader.required("version", out.version)
      .required("warning_signs", out.warning_signs)
      .required("what_to_do", out.what_to_do)
      .required("who_to_call", out.who_to_call)
      .required("medication_responsible", out.medication_responsible)
      .required("on_readmission", out.on_readmission)
      .optional("saved_on", out.saved_on);
  return reader.finish();
}
Json encode(const CrisisPlan& value) {
  return Json{{"version", value.version},
              {"warning_signs", value.warning_signs},
              {"what_to_do", value.what_to_do},
              {"who_to_call", value.who_to_call},
              {"medication_responsible", value.medication_responsible},
              {"on_readmission", value.on_readmission},
              {"saved_on", encode(value.saved_on)}};
}

ReadError read_value(const Json& json, const std::string& path, AdmissionPause& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("admitted_on", out.admitted_on)
      .optional("resumed_on", out.resumed_on)
      .required("note", out.note);
  return reader.finish();
}
Json encode(const AdmissionPause& value) {
  return Json{{"id", value.id},
              {"admitted_on", encode(value.admitted_on)},
              {"resumed_on", encode(value.resumed_on)},
              {"note", value.note}};
}

ReadError read_value(const Json& json, const std::string& path, Extension& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("decided_on", out.decided_on)
      .optional("previous_planned_end_on", out.previous_planned_end_on)
      .required("new_planned_end_on", out.new_planned_end_on)
      .required("reason", out.reason);
  return reader.finish();
}
Json encode(const Extension& value) {
  return Json{{"id", value.id},
              {"decided_on", encode(value.decided_on)},
              {"previous_planned_end_on", encode(value.previous_planned_end_on)},
              {"new_planned_end_on", encode(value.new_planned_end_on)},
              {"reason", value.reason}};
}

ReadError read_value(const Json& json, const std::string& path, Allocation& out) {
  ObjectReader reader(json, path);
  reader.required("decided_on", out.decided_on)
      .required("destination", out.destination)
      .required("note", out.note);
  return reader.finish();
}
Json encode(const Allocation& value) {
  return Json{{"decided_on", encode(value.decided_on)},
              {"destination", encode(value.destination)},
              {"note", value.note}};
}

ReadError read_value(const Json& json, const std::string& path, HandoverNote& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("date", out.date)
      .required("recipient", out.recipient)
      .required("text", out.text);
  return reader.finish();
}
Json encode(const HandoverNote& value) {
  return Json{
      {"id", value.id}, {"date", encode(value.date)}, {"recipient", value.recipient}, {"text", value.text}};
}

ReadError read_value(const Json& json, const std::string& path, FollowUpContact& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("date", out.date)
      .required("note", out.note)
      .required("declined_by_citizen", out.declined_by_citizen);
  return reader.finish();
}
Json encode(const FollowUpContact& value) {
  return Json{{"id", value.id},
              {"date", encode(value.date)},
              {"note", value.note},
              {"declined_by_citizen", value.declined_by_citizen}};
}

ReadError read_value(const Json& json, const std::string& path, Task& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("kind", out.kind)
      .required("created_on", out.created_on)
      .required("due_on", out.due_on)
      .optional("completed_on", out.completed_on)
      .optional("cancelled_on", out.cancelled_on)
      .required("note", out.note);
  return reader.finish();
}
Json encode(const Task& value) {
  return Json{{"id", value.id},
              {"kind", encode(value.kind)},
              {"created_on", encode(value.created_on)},
              {"due_on", encode(value.due_on)},
              {"completed_on", encode(value.completed_on)},
              {"cancelled_on", encode(value.cancelled_on)},
              {"note", value.note}};
}

ReadError read_value(const Json& json, const std::string& path, Course& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("unit_id", out.unit_id)
      .required("citizen_id", out.citizen_id)
      .required("referral_id", out.referral_id)
      .required("state", out.state)
      .required("waiting_list", out.waiting_list)
      .required("accepted_on", out.accepted_on)
      .optional("key_worker", out.key_worker)
      .required("transition_events", out.transition_events)
      .required("discharge_agreements", out.discharge_agreements)
      .optional("ready_for_discharge_on", out.ready_for_discharge_on)
      .optional("planned_move_in_on", out.planned_move_in_on)
      .optional("place_id", out.place_id)
      .optional("place_kind", out.place_kind)
      .optional("moved_in_on", out.moved_in_on)
      .optional("planned_end_on", out.planned_end_on)
      .required("plan", out.plan)
      .required("status_notes", out.status_notes)
      .required("vum", out.vum)
      .required("actors", out.actors)
      .required("substance_use_approach", out.substance_use_approach)
      .required("crisis_plan", out.crisis_plan)
      .required("admission_pauses", out.admission_pauses)
      .required("extensions", out.extensions)
      .optional("allocation", out.allocation)
      .required("handover_notes", out.handover_notes)
      .optional("moved_out_on", out.moved_out_on)
      .required("follow_up_contacts", out.follow_up_contacts)
      .optional("closed_on", out.closed_on)
      .optional("cancelled_on", out.cancelled_on)
      .required("cancel_reason", out.cancel_reason)
      .required("tasks", out.tasks)
      .required("next_local_id", out.next_local_id);
  return reader.finish();
}

Json encode(const Course& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"unit_id", value.unit_id},
              {"citizen_id", value.citizen_id},
              {"referral_id", value.referral_id},
              {"state", encode(value.state)},
              {"waiting_list", value.waiting_list},
              {"accepted_on", encode(value.accepted_on)},
              {"key_worker", encode(value.key_worker)},
              {"transition_events", encode(value.transition_events)},
              {"discharge_agreements", encode(value.discharge_agreements)},
              {"ready_for_discharge_on", encode(value.ready_for_discharge_on)},
              {"planned_move_in_on", encode(value.planned_move_in_on)},
              {"place_id", encode(value.place_id)},
              {"place_kind", encode(value.place_kind)},
              {"moved_in_on", encode(value.moved_in_on)},
              {"planned_end_on", encode(value.planned_end_on)},
              {"plan", encode(value.plan)},
              {"status_notes", encode(value.status_notes)},
              {"vum", encode(value.vum)},
              {"actors", encode(value.actors)},
              {"substance_use_approach", value.substance_use_approach},
              {"crisis_plan", encode(value.crisis_plan)},
              {"admission_pauses", encode(value.admission_pauses)},
              {"extensions", encode(value.extensions)},
              {"allocation", encode(value.allocation)},
              {"handover_notes", encode(value.handover_notes)},
              {"moved_out_on", encode(value.moved_out_on)},
              {"follow_up_contacts", encode(value.follow_up_contacts)},
              {"closed_on", encode(value.closed_on)},
              {"cancelled_on", encode(value.cancelled_on)},
              {"cancel_reason", value.cancel_reason},
              {"tasks", encode(value.tasks)},
              {"next_local_id", value.next_local_id}};
}

}  // namespace afk::json
