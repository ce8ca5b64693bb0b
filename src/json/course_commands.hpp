// One table of every course command: its kebab-case name, a Danish title and
// how to run it from JSON (strict payload parse, then the core command). The
// HTTP layer exposes them all as POST /api/v1/courses/{id}/commands/{name}.
// Referral decisions work the same way.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string_view>

#include "core/course.hpp"
#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "core/result.hpp"

namespace afk::json {

struct CourseCommandEntry {
  CourseCommand command;
  std::string_view name;
  std::string_view title_da;
  std::string_view payload_schema;  // the payload's schema in the OpenAPI document
  Result<Course> (*apply)(const Course& course, const nlohmann::json& payload,
                          const CourseCommandContext& context);
};

std::span<const CourseCommandEntry> course_command_registry();
const CourseCommandEntry* find_course_command(std::string_view name);

struct ReferralCommandEntry {
  std::string_view name;
  std::string_view payload_schema;
  Result<ReferralDecision> (*apply)(const Referral& referral, const nlohmann::json& payload,
                                    const ReferralContext& context);
};

std::span<const ReferralCommandEntry> referral_command_registry();

// Unknown name → not_found `unknown_command`; a bad payload → bad_input with
// the field's path; otherwise whatever the core command answers.
Result<Course> apply_course_command(std::string_view name, const Course& course,
                                    const nlohmann::json& payload, const CourseCommandContext& context);

// Names: accept, decline, withdraw, waitlist (the referral registry).
Result<ReferralDecision> apply_referral_command(std::string_view name, const Referral& referral,
                                                const nlohmann::json& payload,
                                                const ReferralContext& context);

}  // namespace afk::json
