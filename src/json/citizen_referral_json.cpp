// Citizens (with hospital admissions), referrals and referral decisions.
#include "json/codec.hpp"

namespace afk::json {

ReadError read_value(const Json& json, const std::string& path, HospitalAdmission& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("ward_id", out.ward_id)
      .required("admitted_on", out.admitted_on)
      .optional("ready_for_discharge_on", out.ready_for_discharge_on)
      .optional("discharged_on", out.discharged_on);
  return reader.finish();
}
Json encode(const HospitalAdmission& value) {
  return Json{{"id", value.id},
              {"ward_id", value.ward_id},
              {"admitted_on", encode(value.admitted_on)},
              {"ready_for_discharge_on", encode(value.ready_for_discharge_on)},
              {"discharged_on", encode(value.discharged_on)}};
}

ReadError read_value(const Json& json, const std::string& path, Citizen& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("name", out.name)
      .optional("cpr", out.cpr)
      .required("birth_date", out.birth_date)
      .required("home_municipality_id", out.home_municipality_id)
      .required("admissions", out.admissions)
      .required("next_local_id", out.next_local_id);
  if (auto error = reader.finish()) return error;
  if (out.cpr && out.cpr->birth_date != out.birth_date)
    return make_error(ErrorKind::bad_input, "birth_date_mismatch",
                      "Fødselsdatoen passer ikke med CPR-nummeret.", join_path(path, "birth_date"));
  return std::nullopt;
}
Json encode(const Citizen& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"name", value.name},
              {"cpr", encode(value.cpr)},
              {"birth_date", encode(value.birth_date)},
              {"home_municipality_id", value.home_municipality_id},
              {"admissions", encode(value.admissions)},
              {"next_local_id", value.next_local_id}};
}

ReadError read_value(const Json& json, const std::string& path, ExclusionAnswer& out) {
  ObjectReader reader(json, path);
  reader.required("criterion_id", out.criterion_id).required("answer", out.answer);
  return reader.finish();
}
Json encode(const ExclusionAnswer& value) {
  return Json{{"criterion_id", value.criterion_id}, {"answer", value.answer}};
}

ReadError read_value(const Json& json, const std::string& path, Referral& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("unit_id", out.unit_id)
      .required("citizen_id", out.citizen_id)
      .required("ward_id", out.ward_id)
      .required("referred_on", out.referred_on)
      .required("reason", out.reason)
      .required("support_situation", out.support_situation)
      .optional("expected_ready_for_discharge_on", out.expected_ready_for_discharge_on)
      .required("substance_use", out.substance_use)
      .required("substance_use_note", out.substance_use_note)
      .required("risk_history", out.risk_history)
      .required("consent_to_share_with_unit", out.consent_to_share_with_unit)
      .required("exclusion_answers", out.exclusion_answers)
      .required("state", out.state)
      .optional("decided_on", out.decided_on)
      .required("decision_note", out.decision_note)
      .optional("note_shared_with_ward", out.note_shared_with_ward);
  return reader.finish();
}
Json encode(const Referral& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"unit_id", value.unit_id},
              {"citizen_id", value.citizen_id},
              {"ward_id", value.ward_id},
              {"referred_on", encode(value.referred_on)},
              {"reason", value.reason},
              {"support_situation", encode(value.support_situation)},
              {"expected_ready_for_discharge_on", encode(value.expected_ready_for_discharge_on)},
              {"substance_use", encode(value.substance_use)},
              {"substance_use_note", value.substance_use_note},
              {"risk_history", value.risk_history},
              {"consent_to_share_with_unit", value.consent_to_share_with_unit},
              {"exclusion_answers", encode(value.exclusion_answers)},
              {"state", encode(value.state)},
              {"decided_on", encode(value.decided_on)},
              {"decision_note", value.decision_note},
              {"note_shared_with_ward", value.note_shared_with_ward}};
}

Json encode(const DecisionWarning& value) { return Json{{"code", value.code}, {"message", value.message}}; }

Json encode(const ReferralDecision& value) {
  return Json{{"referral", encode(value.referral)},
              {"course", encode(value.course)},
              {"warnings", encode(value.warnings)}};
}

}  // namespace afk::json
