#include "service/economics_service.hpp"

#include <cmath>
#include <map>
#include <set>

#include "core/aggregate_scope.hpp"
#include "core/citizen.hpp"
#include "core/destination.hpp"
#include "core/numbers/price_settings.hpp"
#include "core/numbers/small_cell_suppression.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/course_queries.hpp"

namespace afk::service {

namespace {
Error field_error(const std::string& field, const std::string& message, std::string code = "invalid_value") {
  return make_error(ErrorKind::bad_input, std::move(code), message, field);
}

numbers::CourseFacts course_facts(const Course& course, const Referral& referral, const Citizen& citizen) {
  numbers::CourseFacts facts;
  facts.course_id = std::to_string(course.id);
  facts.citizen_key = std::to_string(course.citizen_id);
  facts.unit_id = std::to_string(course.unit_id);
  facts.municipality_code = std::to_string(citizen.home_municipality_id);
  facts.referral_date = referral.referred_on;
  facts.decision = numbers::Decision::accepted;
  facts.decision_date = course.accepted_on;
  facts.move_in = course.moved_in_on;
  facts.move_out = course.moved_out_on;
  facts.destination = destination(course);
  if (const HospitalAdmission* index = index_admission(citizen, referral.referred_on))
    facts.index_admission_id = std::to_string(citizen.id) + ":" + std::to_string(index->id);
  return facts;
}

void add_admissions(const Citizen& citizen, const std::map<std::int64_t, bool>& psychiatric_wards,
                    std::vector<numbers::AdmissionFacts>& out) {
  for (const auto& admission : citizen.admissions) {
    numbers::AdmissionFacts facts;
    facts.admission_id = std::to_string(citizen.id) + ":" + std::to_string(admission.id);
    facts.citizen_key = std::to_string(citizen.id);
    facts.ward_id = std::to_string(admission.ward_id);
    facts.admitted = admission.admitted_on;
    facts.ready_for_discharge = admission.ready_for_discharge_on;
    facts.discharged = admission.discharged_on;
    const auto ward = psychiatric_wards.find(admission.ward_id);
    facts.psychiatric = ward == psychiatric_wards.end() || ward->second;
    out.push_back(std::move(facts));
  }
}

// The prices and baselines in force at the end of the period (the
// færdigbehandling payment one figure per year), and which of them are examples.
class PriceChoice {
 public:
  PriceChoice(std::vector<EconomicSetting> settings, std::optional<std::int64_t> unit_id, Date period_end)
      : settings_(std::move(settings)), unit_id_(unit_id), period_end_(period_end) {}

  numbers::PriceAssumption price(const std::string& code) {
    auto chosen = pick(code);
    return chosen ? price_of(*chosen) : numbers::PriceAssumption{code, "", {}, "", 0};
  }
  std::vector<numbers::PriceAssumption> yearly_prices(const std::string& code) {
    std::vector<numbers::PriceAssumption> figures;
    for (const auto& figure : store::yearly_settings(settings_, code, unit_id_)) {
      if (figure.example) examples_[{code, figure.year}] = figure.label_da;
      figures.push_back(price_of(figure));
    }
    if (figures.empty()) missing_.push_back(code);
    return figures;
  }
  numbers::Baseline baseline(const std::string& code) {
    numbers::Baseline assumption;
    assumption.code = code;
    if (auto chosen = pick(code)) {
      assumption.label_da = chosen->label_da;
      assumption.value = chosen->value;
      assumption.source = chosen->source;
      assumption.year = chosen->year;
    }
    return assumption;
  }
  const std::vector<std::string>& missing() const { return missing_; }
  // The labels of the example values among `used`.
  std::string examples_among(const std::vector<numbers::AssumptionUsed>& used) const {
    std::string list;
    for (const auto& assumption : used)
      if (const auto example = examples_.find({assumption.code, assumption.year}); example != examples_.end())
        list += (list.empty() ? "" : "; ") + example->second;
    return list;
  }

 private:
  std::optional<EconomicSetting> pick(const std::string& code) {
    auto chosen = store::setting_in_force(settings_, code, unit_id_, period_end_);
    if (!chosen)
      missing_.push_back(code);
    else if (chosen->example)
      examples_[{code, chosen->year}] = chosen->label_da;
    return chosen;
  }
  static numbers::PriceAssumption price_of(const EconomicSetting& chosen) {
    return numbers::PriceAssumption{chosen.code, chosen.label_da, numbers::Money::from_kroner(chosen.value),
                                    chosen.source, chosen.year};
  }

  std::vector<EconomicSetting> settings_;
  std::optional<std::int64_t> unit_id_;
  Date period_end_;
  std::vector<std::string> missing_;
  std::map<std::pair<std::string, int>, std::string> examples_;  // (code, year) → label of example values
};
}  // namespace

Result<std::vector<EconomicSetting>> list_price_settings(Invocation& call) {
  return run_query<std::vector<EconomicSetting>>(
      call, [](store::SqlConnection& sql, AuditTrail&) -> Result<std::vector<EconomicSetting>> {
        return store::list_economic_settings(sql);
      });
}

Result<EconomicSetting> add_price_setting(Invocation& call, const NewPriceSetting& asked) {
  return run_command<EconomicSetting>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<EconomicSetting> {
        const numbers::PriceSettingKind* known = numbers::find_price_setting_kind(asked.code);
        if (!known) return field_error("code", "Ukendt pris eller baseline \"" + asked.code + "\".");
        AFK_CHECK(numbers::check_price_setting(*known, asked.value, asked.year, asked.source));
        // A national price (no unit) is the administrator's; a unit's price also
        // its municipality's project lead's (core/access_policy).
        const Status allowed =
            asked.unit_id
                ? authorize(call, sql, Action::set_prices, ResourceKind::unit, *asked.unit_id, "unit_id")
                : authorize(call, sql, Action::set_prices, ResourceKind::installation, 0, "unit_id");
        if (!allowed) return allowed.error();
        EconomicSetting setting;
        setting.kind = known->kind;
        setting.code = known->code;
        setting.unit = to_code(known->unit);
        setting.value = asked.value;
        setting.source = asked.source;
        setting.year = static_cast<int>(asked.year);
        setting.valid_from = asked.valid_from ? *asked.valid_from : *Date::from_ymd(setting.year, 1, 1);
        setting.unit_id = asked.unit_id;
        setting.label_da = asked.label_da ? *asked.label_da : known->label_da;
        for (const auto& existing : store::list_economic_settings(sql))
          if (existing.code == setting.code && existing.unit_id == setting.unit_id &&
              existing.valid_from == setting.valid_from)
            return make_error(
                ErrorKind::illegal_state, "setting_exists",
                "Der findes allerede en værdi for denne kode fra samme dato. Brug en senere dato.",
                "valid_from");
        store::insert_economic_setting(sql, setting);
        return setting;
      });
}

Result<WhoGainsRead> who_gains(Invocation& call, std::optional<std::int64_t> unit_id,
                               const numbers::Period& period) {
  return run_query<WhoGainsRead>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<WhoGainsRead> {
        const Caller caller = call.caller();
        // The cohort's units: confined to the caller's organisation.
        const auto confined =
            confine_aggregate_scope(caller.role, caller.organisation_id, {unit_id, std::nullopt});
        if (!confined) return confined.error();
        const AggregateScope& scope = confined.value();
        WhoGainsRead read;
        read.municipality_id = scope.municipality_id;
        if (scope.unit_id) {
          auto loaded = store::load<Unit>(sql, *scope.unit_id);
          if (!loaded) return field_error("unit_id", "Tilbuddet findes ikke.", "unknown_unit");
          AFK_CHECK(check_unit_in_aggregate_scope(scope, loaded->municipality_id));
          read.unit = std::move(loaded).value();
        }
        audit.record("report:who-gains", std::nullopt, "report", std::nullopt);

        // The cohort: courses with move-in in the period (who_gains filters again).
        std::map<std::int64_t, bool> psychiatric_wards;
        for (const auto& ward : store::select_all<Ward>(sql)) psychiatric_wards[ward.id] = ward.psychiatric;
        std::vector<numbers::CourseFacts> courses;
        std::vector<numbers::AdmissionFacts> admissions;
        std::set<std::int64_t> citizens_seen;
        for (const auto& course :
             store::courses_moved_in(sql, period.first, period.last, scope.unit_id, scope.municipality_id)) {
          auto referral = store::load<Referral>(sql, course.referral_id);
          auto citizen = store::load<Citizen>(sql, course.citizen_id);
          if (!referral || !citizen) continue;
          courses.push_back(course_facts(course, referral.value(), citizen.value()));
          if (citizens_seen.insert(citizen->id).second)
            add_admissions(citizen.value(), psychiatric_wards, admissions);
        }

        PriceChoice prices(store::list_economic_settings(sql), scope.unit_id, period.last);
        numbers::WhoGainsConfig config;
        config.awaiting_discharge_payment = prices.yearly_prices("awaiting_discharge_payment");
        config.residential_day_price = prices.price("residential_day_price");
        config.place_tariff = prices.price("place_tariff");
        config.bed_day_cost = prices.price("bed_day_cost");
        config.awaiting_discharge_days_per_course = prices.baseline("awaiting_discharge_days_per_course");
        config.readmission_bed_days_per_course = prices.baseline("readmission_bed_days_per_course");
        config.residential_days_per_course = prices.baseline("residential_days_per_course");
        if (!prices.missing().empty())
          return make_error(
              ErrorKind::rule_violated, "missing_setting",
              "Der mangler en pris eller baseline gældende for perioden: " + prices.missing().front() + ".",
              prices.missing().front());
        numbers::WhoGainsInput input;
        input.period = period;
        input.today = call.today();
        read.result = numbers::who_gains(courses, admissions, input, config);

        read.notes_da = read.result.notes_da;
        if (const std::string examples = prices.examples_among(read.result.assumptions); !examples.empty())
          read.notes_da.push_back("Eksempelværdier (ikke fra kilderne) er brugt for: " + examples +
                                  ". Indtast egne tal under økonomiindstillingerne.");
        read.small_cohort_hidden =
            numbers::hides_small_cells_for(caller.role) && numbers::is_small_cohort(read.result.courses);
        if (read.small_cohort_hidden)
          read.notes_da.push_back("* Skjult af hensyn til diskretion (færre end 5 borgere).");
        return read;
      });
}

}  // namespace afk::service
