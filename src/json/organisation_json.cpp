// Municipalities, regions, wards, units (places, configuration) and
// cooperation agreements.
#include <utility>

#include "json/codec.hpp"
#include "json/unit_configuration_json.hpp"

namespace afk::json {

ReadError read_value(const Json& json, const std::string& path, Municipality& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("name", out.name)
      .required("code", out.code);
  return reader.finish();
}
Json encode(const Municipality& value) {
  return Json{{"id", value.id}, {"version", value.version}, {"name", value.name}, {"code", value.code}};
}

ReadError read_value(const Json& json, const std::string& path, Region& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id).required("version", out.version).required("name", out.name);
  return reader.finish();
}
Json encode(const Region& value) {
  return Json{{"id", value.id}, {"version", value.version}, {"name", value.name}};
}

ReadError read_value(const Json& json, const std::string& path, Ward& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("region_id", out.region_id)
      .required("name", out.name)
      .required("psychiatric", out.psychiatric);
  return reader.finish();
}
Json encode(const Ward& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"region_id", value.region_id},
              {"name", value.name},
              {"psychiatric", value.psychiatric}};
}

ReadError read_value(const Json& json, const std::string& path, PlaceClosure& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("from", out.from)
      .optional("to", out.to)
      .required("reason", out.reason);
  return reader.finish();
}
Json encode(const PlaceClosure& value) {
  return Json{
      {"id", value.id}, {"from", encode(value.from)}, {"to", encode(value.to)}, {"reason", value.reason}};
}

ReadError read_value(const Json& json, const std::string& path, Place& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("number", out.number)
      .required("kind", out.kind)
      .required("closures", out.closures)
      .required("retired", out.retired)
      .optional("retired_on", out.retired_on);
  return reader.finish();
}
Json encode(const Place& value) {
  return Json{{"id", value.id},
              {"number", value.number},
              {"kind", encode(value.kind)},
              {"closures", encode(value.closures)},
              {"retired", value.retired},
              {"retired_on", encode(value.retired_on)}};
}

ReadError read_value(const Json& json, const std::string& path, ExclusionCriterion& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id).required("question", out.question).required("active", out.active);
  return reader.finish();
}
Json encode(const ExclusionCriterion& value) {
  return Json{{"id", value.id}, {"question", value.question}, {"active", value.active}};
}

ReadError read_value(const Json& json, const std::string& path, DeadlineRules& out) {
  ObjectReader reader(json, path);
  reader.required("key_worker_working_days", out.key_worker_working_days)
      .required("plan_working_days", out.plan_working_days)
      .required("status_review_interval_days", out.status_review_interval_days)
      .required("reassessment_months", out.reassessment_months)
      .required("follow_up_months", out.follow_up_months);
  if (auto error = reader.finish()) return error;
  // The loose bounds of a stored document; configure_unit checks the real ones.
  const std::pair<const char*, int> deadlines[] = {
      {"key_worker_working_days", out.key_worker_working_days},
      {"plan_working_days", out.plan_working_days},
      {"status_review_interval_days", out.status_review_interval_days},
      {"reassessment_months", out.reassessment_months}};
  for (const auto& [key, value] : deadlines)
    if (value < 0 || value > 365)
      return json_error("out_of_range", "Fristerne skal være mellem 0 og 365.", join_path(path, key));
  for (int months : out.follow_up_months)
    if (months < 0 || months > 24)
      return json_error("out_of_range", "Opfølgning kan ligge 0 til 24 måneder efter fraflytning.",
                        join_path(path, "follow_up_months"));
  return std::nullopt;
}
Json encode(const DeadlineRules& value) {
  return Json{{"key_worker_working_days", value.key_worker_working_days},
              {"plan_working_days", value.plan_working_days},
              {"status_review_interval_days", value.status_review_interval_days},
              {"reassessment_months", value.reassessment_months},
              {"follow_up_months", value.follow_up_months}};
}

ReadError read_value(const Json& json, const std::string& path, Unit& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("municipality_id", out.municipality_id)
      .required("name", out.name)
      .required("places", out.places)
      .required("exclusion_criteria", out.exclusion_criteria)
      .required("allows_anonymous", out.allows_anonymous)
      .required("agreement_policy", out.agreement_policy)
      .required("deadline_rules", out.deadline_rules)
      .required("next_local_id", out.next_local_id);
  return reader.finish();
}
Json encode(const Unit& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"municipality_id", value.municipality_id},
              {"name", value.name},
              {"places", encode(value.places)},
              {"exclusion_criteria", encode(value.exclusion_criteria)},
              {"allows_anonymous", value.allows_anonymous},
              {"agreement_policy", encode(value.agreement_policy)},
              {"deadline_rules", encode(value.deadline_rules)},
              {"next_local_id", value.next_local_id}};
}

ReadError read_value(const Json& json, const std::string& path, AgreementChecklistItem& out) {
  ObjectReader reader(json, path);
  reader.required("point", out.point).required("agreed", out.agreed).required("note", out.note);
  return reader.finish();
}
Json encode(const AgreementChecklistItem& value) {
  return Json{{"point", encode(value.point)}, {"agreed", value.agreed}, {"note", value.note}};
}

ReadError read_value(const Json& json, const std::string& path, CooperationAgreement& out) {
  ObjectReader reader(json, path);
  reader.required("id", out.id)
      .required("version", out.version)
      .required("unit_id", out.unit_id)
      .required("region_id", out.region_id)
      .required("valid_from", out.valid_from)
      .optional("valid_to", out.valid_to)
      .required("checklist", out.checklist);
  return reader.finish();
}
Json encode(const CooperationAgreement& value) {
  return Json{{"id", value.id},
              {"version", value.version},
              {"unit_id", value.unit_id},
              {"region_id", value.region_id},
              {"valid_from", encode(value.valid_from)},
              {"valid_to", encode(value.valid_to)},
              {"checklist", encode(value.checklist)}};
}

// ---- unit configuration payloads (ids of the sub-record come from the path) ----
// Parsed here rather than through read_document: codec.hpp declares the
// payload overloads its templates can see, and these are read field by field.

Result<ConfigureUnit> parse_configure_unit(const Json& json) {
  ConfigureUnit out;
  ObjectReader reader(json, std::string());
  reader.required("allows_anonymous", out.allows_anonymous)
      .required("agreement_policy", out.agreement_policy)
      .required("deadline_rules", out.deadline_rules);
  if (auto error = reader.finish()) return *error;
  return out;
}

Result<RetirePlace> parse_retire_place(const Json& json) {
  RetirePlace out;
  ObjectReader reader(json, std::string());
  reader.required("retired_on", out.retired_on);
  if (auto error = reader.finish()) return *error;
  return out;
}

Result<EndPlaceClosure> parse_end_place_closure(const Json& json) {
  EndPlaceClosure out;
  ObjectReader reader(json, std::string());
  reader.required("to", out.to);
  if (auto error = reader.finish()) return *error;
  return out;
}

Result<SetExclusionCriterionActive> parse_set_exclusion_criterion_active(const Json& json) {
  SetExclusionCriterionActive out;
  ObjectReader reader(json, std::string());
  reader.required("active", out.active);
  if (auto error = reader.finish()) return *error;
  return out;
}

}  // namespace afk::json
