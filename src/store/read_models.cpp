// Every read model derived from the aggregates, kept in step in the saving
// transaction: the report facts (store/report_facts) and the boards'
// versions (store/board_versions).
#include "store/aggregates.hpp"
#include "store/board_versions.hpp"
#include "store/report_facts.hpp"

namespace afk::store {

template <>
void after_save(SqlConnection& sql, const Citizen& value) {
  keep_citizen_facts(sql, value);
  touch_boards_of_citizen(sql, value.id);
}
template <>
void after_save(SqlConnection& sql, const Referral& value) {
  keep_referral_facts(sql, value);
  touch_board(sql, value.unit_id);
}
template <>
void after_save(SqlConnection& sql, const Course& value) {
  keep_course_facts(sql, value);
  touch_board(sql, value.unit_id);
}
template <>
void after_save(SqlConnection& sql, const Unit& value) {
  touch_board(sql, value.id);
}

}  // namespace afk::store
