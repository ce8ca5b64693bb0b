// Builds the contexts core commands need from the store.
#pragma once

#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "store/sql.hpp"

namespace afk::service {

ReferralContext load_referral_context(store::SqlConnection& sql, const Referral& referral, Date today);
CourseCommandContext load_course_context(store::SqlConnection& sql, const Course& course, Date today);
// The course the unit's board names for its next free place today
// (UnitBoard::next_in_line), for the commands that give a place.
std::optional<std::int64_t> next_in_line_for_a_place(store::SqlConnection& sql, const Unit& unit, Date today);

}  // namespace afk::service
