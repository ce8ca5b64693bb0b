// Municipalities, regions, wards, units (places, configuration) and cooperation agreements.
#pragma once

#include "core/cooperation_agreement.hpp"
#include "core/organisation.hpp"
#include "core/unit.hpp"
#include "core/unit_configuration.hpp"
#include "json/fields.hpp"

namespace afk::json {

AFK_FIELDS(Municipality, "Municipality", field("id", &T::id), field("version", &T::version),
           field("name", &T::name), field("code", &T::code))

AFK_FIELDS(Region, "Region", field("id", &T::id), field("version", &T::version), field("name", &T::name))

AFK_FIELDS(Ward, "Ward", field("id", &T::id), field("version", &T::version),
           field("region_id", &T::region_id), field("name", &T::name), field("psychiatric", &T::psychiatric),
           field("sor_code", &T::sor_code, "SOR code: how MedCom messages name the ward; null until entered"))

AFK_FIELDS(PlaceClosure, "PlaceClosure", field("id", &T::id), field("from", &T::from), field("to", &T::to),
           field("reason", &T::reason))

AFK_FIELDS(Place, "Place", field("id", &T::id), field("number", &T::number), field("kind", &T::kind),
           field("closures", &T::closures), field("retired", &T::retired),
           field("retired_on", &T::retired_on, "First day out of use"))

AFK_FIELDS(ExclusionCriterion, "ExclusionCriterion", field("id", &T::id), field("question", &T::question),
           field("active", &T::active))

// Deadlines of the tasks a course generates; 0 switches a rule off (docs/domain.md).
AFK_FIELDS(DeadlineRules, "DeadlineRules",
           field("key_worker_working_days", &T::key_worker_working_days, "Working days after acceptance"),
           field("plan_working_days", &T::plan_working_days, "Working days after move-in"),
           field("status_review_interval_days", &T::status_review_interval_days,
                 "Days between status reviews"),
           field("reassessment_months", &T::reassessment_months, "Months after move-in"),
           field("follow_up_months", &T::follow_up_months,
                 "Months after a move-out to own home without support; ascending, no repeats, at most 6"))

// Named as the unit routes answer it: the unit with its places, closures and settings.
AFK_FIELDS(Unit, "UnitDetail", field("id", &T::id), field("version", &T::version),
           field("municipality_id", &T::municipality_id), field("name", &T::name),
           field("places", &T::places), field("exclusion_criteria", &T::exclusion_criteria),
           field("allows_anonymous", &T::allows_anonymous), field("agreement_policy", &T::agreement_policy),
           field("deadline_rules", &T::deadline_rules), field("next_local_id", &T::next_local_id),
           field("sor_code", &T::sor_code, "SOR code: how MedCom letters name the unit; null until entered"))

AFK_FIELDS(AgreementChecklistItem, "AgreementChecklistItem", field("point", &T::point),
           field("agreed", &T::agreed), field("note", &T::note))

AFK_FIELDS(CooperationAgreement, "CooperationAgreement", field("id", &T::id), field("version", &T::version),
           field("unit_id", &T::unit_id), field("region_id", &T::region_id),
           field("valid_from", &T::valid_from), field("valid_to", &T::valid_to),
           field("checklist", &T::checklist))

// Unit configuration payloads: the sub-record's id comes from the path.
AFK_FIELDS(ConfigureUnit, "ConfigureUnit",
           field("allows_anonymous", &T::allows_anonymous, "Stays without CPR number"),
           field("agreement_policy", &T::agreement_policy,
                 "What happens when a referral is accepted without an active cooperation agreement"),
           field("deadline_rules", &T::deadline_rules))

AFK_FIELDS(RetirePlace, "RetirePlace", field("retired_on", &T::retired_on))

AFK_FIELDS(EndPlaceClosure, "EndPlaceClosure", field("to", &T::to))

AFK_FIELDS(SetExclusionCriterionActive, "SetExclusionCriterionActive", field("active", &T::active))

}  // namespace afk::json
