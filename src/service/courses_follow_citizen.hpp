// A stay follows its citizen's admissions (core/admission_follow_up): after a
// change of the admissions — typed by staff or told by the hospital — each
// open course of the citizen is paused or resumed in the same transaction.
#pragma once

#include <string>

#include "core/citizen.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"
#include "service/unit_of_work.hpp"
#include "store/sql.hpp"

namespace afk::service {

// Audited as `follow:<action>` on each course that changed.
Status courses_follow_citizen(Invocation& call, store::SqlConnection& sql, AuditTrail& audit,
                              const Citizen& before, const Citizen& after, const std::string& action);

}  // namespace afk::service
