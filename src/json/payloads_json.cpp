// The payload parsers outside the course registry; their fields are declared
// in json/records/payload_records.hpp.
#include "json/codec.hpp"
#include "json/payloads.hpp"

namespace afk::json {

Result<RegisterCitizen> parse_register_citizen(const Json& json) {
  return read_document<RegisterCitizen>(json);
}
Result<RecordConsent> parse_record_consent(const Json& json) { return read_document<RecordConsent>(json); }
Result<medcom::WriteLetter> parse_write_letter(const Json& json) {
  return read_document<medcom::WriteLetter>(json);
}
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
