#include "core/numbers/standard_instruments.hpp"

#include <algorithm>

namespace afk::numbers {

InstrumentDefinition who5_definition() {
  InstrumentDefinition who5;
  who5.code = "who5";
  who5.name_da = "WHO-5 Trivselsindeks";
  who5.introduction_da = "I de sidste 2 uger …";
  who5.items = {
      {"who5_1", "… har jeg været glad og i godt humør"},
      {"who5_2", "… har jeg følt mig rolig og afslappet"},
      {"who5_3", "… har jeg følt mig aktiv og energisk"},
      {"who5_4", "… er jeg vågnet frisk og udhvilet"},
      {"who5_5", "… har min dagligdag været fyldt med ting der interesserer mig"},
  };
  who5.options = {
      {5, "Hele tiden"},
      {4, "Det meste af tiden"},
      {3, "Lidt mere end halvdelen af tiden"},
      {2, "Lidt mindre end halvdelen af tiden"},
      {1, "Lidt af tiden"},
      {0, "På intet tidspunkt"},
  };
  who5.min_value = 0;
  who5.max_value = 5;
  who5.rule = ScoringRule::sum_times_factor;
  who5.factor = 4;
  who5.minimum_answered = 5;
  who5.time_points = {TimePoint::move_in, TimePoint::move_out, TimePoint::follow_up};
  who5.thresholds = {
      {"poor_wellbeing", "Dårlig trivsel (under 50)", ThresholdComparison::below, 50},
      {"possible_depression", "Mulig depression (28 eller derunder)", ThresholdComparison::at_most, 28},
  };
  who5.relevant_change = 10;
  return who5;
}

InstrumentDefinition brief_inspire_definition() {
  InstrumentDefinition inspire;
  inspire.code = "brief_inspire";
  inspire.name_da = "Brief INSPIRE – støtte til recovery";
  inspire.introduction_da =
      "Tænk på den støtte, du får fra medarbejderne her. Hvor meget passer hvert udsagn på dig lige nu?";
  inspire.items = {
      {"inspire_connectedness",
       "Medarbejderne hjælper mig med at føle, at jeg hører til og har andre at støtte mig til"},
      {"inspire_hope", "Medarbejderne hjælper mig med at have håb og drømme for fremtiden"},
      {"inspire_identity", "Medarbejderne hjælper mig med at have det godt med den, jeg er"},
      {"inspire_meaning", "Medarbejderne hjælper mig med at gøre ting, der giver mening for mig"},
      {"inspire_empowerment", "Medarbejderne hjælper mig med at føle, at jeg selv bestemmer over mit liv"},
  };
  inspire.options = {
      {0, "Slet ikke"}, {1, "Lidt"}, {2, "Noget"}, {3, "Meget"}, {4, "Rigtig meget"},
  };
  inspire.min_value = 0;
  inspire.max_value = 4;
  inspire.rule = ScoringRule::mean_times_factor;
  inspire.factor = 25;
  inspire.minimum_answered = 4;
  inspire.time_points = {TimePoint::move_in, TimePoint::move_out, TimePoint::follow_up};
  return inspire;
}

InstrumentDefinition life_areas_example_definition() {
  InstrumentDefinition areas;
  areas.code = "life_areas_10";
  areas.name_da = "Ti livsområder";
  areas.introduction_da = "Hvordan går det lige nu på hvert område? 1 er meget dårligt, 10 er rigtig godt.";
  areas.items = {
      {"area_home", "Bolig og hjem"},
      {"area_money", "Økonomi"},
      {"area_physical_health", "Fysisk helbred"},
      {"area_mental_health", "Psykisk trivsel"},
      {"area_family", "Familie og nære relationer"},
      {"area_network", "Venner og netværk"},
      {"area_occupation", "Arbejde, uddannelse og aktiviteter"},
      {"area_daily_living", "Hverdagsliv og praktiske gøremål"},
      {"area_substances", "Alkohol og rusmidler"},
      {"area_self_worth", "Selvværd og identitet"},
  };
  for (int value = 1; value <= 10; ++value) {
    std::string label = std::to_string(value);
    if (value == 1) label += " – meget dårligt";
    if (value == 10) label += " – rigtig godt";
    areas.options.push_back({value, label});
  }
  areas.min_value = 1;
  areas.max_value = 10;
  areas.rule = ScoringRule::mean_times_factor;
  areas.factor = 1;
  areas.minimum_answered = 8;
  areas.time_points = {TimePoint::move_in, TimePoint::monthly, TimePoint::move_out};
  areas.relevant_change = 1;
  return areas;
}

bool add_shipped_time_points(InstrumentDefinition& stored, const InstrumentDefinition& shipped) {
  auto& points = stored.time_points;
  bool added = false;
  for (const TimePoint point : shipped.time_points)
    if (std::find(points.begin(), points.end(), point) == points.end()) {
      points.push_back(point);
      added = true;
    }
  std::sort(points.begin(), points.end());
  return added;
}

}  // namespace afk::numbers
