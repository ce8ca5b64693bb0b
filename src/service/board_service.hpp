// The unit board (Overblik). Staff keep it open and refresh it all day, so a
// board once rendered is served again while the unit's board version
// (store/board_versions) and the day are the same; every refresh is still
// audited, citizen by citizen.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/course.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "core/unit_board.hpp"
#include "service/invocation.hpp"

namespace afk::service {

// What a board shows. `board` points into `unit` and `courses`.
struct BoardData {
  Date today;
  Unit unit;
  std::vector<Course> courses;
  UnitBoard board;
  // Names only of citizens who consented to share with the unit (or a legal basis is recorded).
  std::map<std::int64_t, std::string> shared_names;
  std::int64_t new_referrals = 0;  // referrals waiting for the unit's assessment
};

// The board of `unit_id` as `render` writes it (rendered once per board version and day).
using BoardRenderer = std::function<std::string(const BoardData&)>;
Result<std::string> read_board(Invocation& call, std::int64_t unit_id, const BoardRenderer& render);

// How many places are free today and how many accepted citizens wait for
// one: counts only, so a ward can see them before referring (no citizen is
// read, nothing is audited).
struct FreePlaces {
  int regular = 0;
  int guest = 0;
  int waiting = 0;
};
Result<FreePlaces> read_free_places(Invocation& call, std::int64_t unit_id);

}  // namespace afk::service
