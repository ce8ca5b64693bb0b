#include "store/aggregates.hpp"

#include "store/date_columns.hpp"

namespace afk::store {

void throw_corrupt(const std::string& table, std::int64_t id, const Error& error) {
  throw SqlError("stored " + table + " " + std::to_string(id) + " does not parse: " + error.code + " at " +
                 error.field);
}

KeyColumns AggregateTraits<Municipality>::keys(const Municipality& value) { return {{"code", value.code}}; }
KeyColumns AggregateTraits<Region>::keys(const Region&) { return {}; }
KeyColumns AggregateTraits<Ward>::keys(const Ward& value) { return {{"region_id", value.region_id}}; }
KeyColumns AggregateTraits<Unit>::keys(const Unit& value) {
  return {{"municipality_id", value.municipality_id}};
}

KeyColumns AggregateTraits<medcom::Letter>::keys(const medcom::Letter& value) {
  return {{"course_id", value.course_id}, {"citizen_id", value.citizen_id}, {"message_id", value.message_id}};
}

KeyColumns AggregateTraits<Citizen>::keys(const Citizen& value) {
  return {{"municipality_id", value.home_municipality_id}};
}

KeyColumns AggregateTraits<Referral>::keys(const Referral& value) {
  return {{"unit_id", value.unit_id},
          {"ward_id", value.ward_id},
          {"citizen_id", value.citizen_id},
          {"state", std::string(to_code(value.state))},
          {"referral_date", date_value(value.referred_on)}};
}

KeyColumns AggregateTraits<Course>::keys(const Course& value) {
  SqlValue place = nullptr;
  if (value.place_id) place = *value.place_id;
  const bool occupies = value.place_id.has_value() && occupies_place(value.state);
  return {{"unit_id", value.unit_id},
          {"citizen_id", value.citizen_id},
          {"referral_id", value.referral_id},
          {"state", std::string(to_code(value.state))},
          {"place_id", place},
          {"occupies_place", std::int64_t{occupies ? 1 : 0}},
          {"move_in", date_value(value.moved_in_on)},
          {"move_out", date_value(value.moved_out_on)}};
}

KeyColumns AggregateTraits<CooperationAgreement>::keys(const CooperationAgreement& value) {
  return {{"unit_id", value.unit_id}, {"region_id", value.region_id}};
}

std::vector<std::int64_t> occupied_place_ids(SqlConnection& sql, std::int64_t unit_id,
                                             std::int64_t except_course_id) {
  std::vector<std::int64_t> ids;
  for (const auto& row :
       sql.query("SELECT place_id FROM courses WHERE unit_id = ? AND occupies_place = 1 AND id <> ?",
                 {unit_id, except_course_id}))
    ids.push_back(row.integer(0));
  return ids;
}

}  // namespace afk::store
