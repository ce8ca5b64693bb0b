// What a unit's deadline rules cannot say alone, and the unit configuration
// parsers; the fields are in json/records/organisation_records.hpp.
#include <utility>

#include "json/codec.hpp"
#include "json/unit_configuration_json.hpp"

namespace afk::json {

// The loose bounds of a stored document; configure_unit checks the real ones.
ReadError check_read(const DeadlineRules& rules, const std::string& path) {
  const std::pair<const char*, int> deadlines[] = {
      {"key_worker_working_days", rules.key_worker_working_days},
      {"plan_working_days", rules.plan_working_days},
      {"status_review_interval_days", rules.status_review_interval_days},
      {"reassessment_months", rules.reassessment_months}};
  for (const auto& [key, value] : deadlines)
    if (value < 0 || value > 365)
      return json_error("out_of_range", "Fristerne skal være mellem 0 og 365.", join_path(path, key));
  for (int months : rules.follow_up_months)
    if (months < 0 || months > 24)
      return json_error("out_of_range", "Opfølgning kan ligge 0 til 24 måneder efter fraflytning.",
                        join_path(path, "follow_up_months"));
  return std::nullopt;
}

Result<ConfigureUnit> parse_configure_unit(const Json& json) { return read_document<ConfigureUnit>(json); }
Result<RetirePlace> parse_retire_place(const Json& json) { return read_document<RetirePlace>(json); }
Result<EndPlaceClosure> parse_end_place_closure(const Json& json) {
  return read_document<EndPlaceClosure>(json);
}
Result<SetExclusionCriterionActive> parse_set_exclusion_criterion_active(const Json& json) {
  return read_document<SetExclusionCriterionActive>(json);
}

}  // namespace afk::json
