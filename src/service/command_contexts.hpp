// Builds the contexts core commands need from the store.
#pragma once

#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "store/sql.hpp"

namespace afk::service {

ReferralContext load_referral_context(store::SqlConnection& sql, const Referral& referral, Date today);
CourseCommandContext load_course_context(store::SqlConnection& sql, const Course& course, Date today);

}  // namespace afk::service
