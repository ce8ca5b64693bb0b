#include "app/demo_questionnaires.hpp"

#include <algorithm>
#include <random>

#include "core/numbers/standard_instruments.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::app {

namespace {
// Days after move-out the follow-up questionnaire is asked.
constexpr int follow_up_days = 90;

class DemoDice {
 public:
  DemoDice(std::uint64_t seed, std::int64_t course_id)
      : engine_(seed * 1'000'003u + static_cast<std::uint64_t>(course_id)) {}
  // 0 … n-1 (mt19937_64's output is fixed by the standard).
  int below(int n) { return static_cast<int>(engine_() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::mt19937_64 engine_;
};

struct Wellbeing {
  int who5_level;     // typical item value 0–5
  int inspire_level;  // typical item value 0–4
};

std::vector<numbers::ItemAnswer> answers_for(const numbers::InstrumentDefinition& definition, int level,
                                             DemoDice& dice, bool allow_gap) {
  std::vector<numbers::ItemAnswer> answers;
  for (const auto& item : definition.items) {
    if (allow_gap && dice.chance(6)) {
      answers.push_back({item.code, std::nullopt});  // left unanswered
      continue;
    }
    const int value = std::clamp(level + dice.below(3) - 1, definition.min_value, definition.max_value);
    answers.push_back({item.code, value});
  }
  return answers;
}

void write_one(store::SqlConnection& sql, const Course& course,
               const numbers::InstrumentDefinition& definition, numbers::TimePoint point, Date answered_on,
               int level, DemoDice& dice) {
  store::StoredResponse response;
  response.course_id = course.id;
  response.citizen_id = course.citizen_id;
  response.unit_id = course.unit_id;
  response.document.instrument_code = definition.code;
  response.document.time_point = point;
  response.document.answered_on = answered_on;
  response.document.answers = answers_for(definition, level, dice, definition.minimum_answered < 5);
  if (auto score = numbers::score_answers(definition, response.document.answers))
    response.document.score = score->score;
  store::insert_response(sql, response);
}
}  // namespace

int write_demo_questionnaires(store::SqlConnection& sql, std::span<const Course> courses, std::uint64_t seed,
                              Date today) {
  const auto who5 = numbers::who5_definition();
  const auto inspire = numbers::brief_inspire_definition();
  int written = 0;
  for (const Course& course : courses) {
    if (!course.moved_in_on || today < *course.moved_in_on) continue;
    DemoDice dice(seed, course.id);
    // Most citizens arrive with poor wellbeing and gain over the stay.
    Wellbeing level{1 + dice.below(2), 1 + dice.below(2)};
    struct Moment {
      numbers::TimePoint point;
      Date on;
      int answer_percent;
    };
    std::vector<Moment> moments{
        {numbers::TimePoint::move_in, course.moved_in_on->plus_days(dice.below(4)), 90}};
    if (course.moved_out_on && !(today < *course.moved_out_on)) {
      moments.push_back({numbers::TimePoint::move_out, *course.moved_out_on, 80});
      moments.push_back({numbers::TimePoint::follow_up, course.moved_out_on->plus_days(follow_up_days), 60});
    }
    for (std::size_t i = 0; i < moments.size(); ++i) {
      const Moment& moment = moments[i];
      if (i > 0) {  // a change between −1 and +2 item steps, mostly up
        level.who5_level = std::clamp(level.who5_level + dice.below(4) - 1, 0, 5);
        level.inspire_level = std::clamp(level.inspire_level + dice.below(3), 0, 4);
      }
      if (today < moment.on || !dice.chance(moment.answer_percent)) continue;
      write_one(sql, course, who5, moment.point, moment.on, level.who5_level, dice);
      write_one(sql, course, inspire, moment.point, moment.on, level.inspire_level, dice);
      written += 2;
    }
  }
  return written;
}

}  // namespace afk::app
