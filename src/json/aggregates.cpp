#include "json/aggregates.hpp"

#include "json/codec.hpp"

namespace afk::json {

Json to_json(const Municipality& value) { return encode(value); }
Json to_json(const Region& value) { return encode(value); }
Json to_json(const Ward& value) { return encode(value); }
Json to_json(const Unit& value) { return encode(value); }
Json to_json(const Citizen& value) { return encode(value); }
Json to_json(const CitizenSearchResult& value) { return encode(value); }
Json to_json(const Referral& value) { return encode(value); }
Json to_json(const Course& value) { return encode(value); }
Json to_json(const CooperationAgreement& value) { return encode(value); }
Json to_json(const medcom::Letter& value) { return encode(value); }
Json to_json(const ReferralDecision& value) { return encode(value); }
Json to_json(const CourseView& value) { return encode(value); }
Json to_json(const ReferralView& value) { return encode(value); }
Json to_json(const ReferralDecisionView& value) { return encode(value); }
Json to_json(const AgreementView& value) { return encode(value); }
Json to_json(const CitizenView& value) { return encode(value); }
Json to_json(const numbers::InstrumentDue& value) { return encode(value); }
Json to_json(const FigureView& value) { return encode(value); }
Json to_json(const AccessLogView& value) { return encode(value); }
Json to_json(const QuestionnaireChangeView& value) { return encode(value); }

Result<Municipality> parse_municipality(const Json& json) { return read_document<Municipality>(json); }
Result<Region> parse_region(const Json& json) { return read_document<Region>(json); }
Result<Ward> parse_ward(const Json& json) { return read_document<Ward>(json); }
Result<Unit> parse_unit(const Json& json) { return read_document<Unit>(json); }
Result<Citizen> parse_citizen(const Json& json) { return read_document<Citizen>(json); }
Result<Referral> parse_referral(const Json& json) { return read_document<Referral>(json); }
Result<Course> parse_course(const Json& json) { return read_document<Course>(json); }
Result<CooperationAgreement> parse_cooperation_agreement(const Json& json) {
  return read_document<CooperationAgreement>(json);
}
Result<medcom::Letter> parse_letter(const Json& json) { return read_document<medcom::Letter>(json); }

}  // namespace afk::json
