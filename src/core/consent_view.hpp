// What a caller is shown of a citizen, a referral and a course, once the
// access policy has let the read through (security.md "Consent"): without the
// citizen's consent to share with the unit, only what plans a place; the
// unit's decision note only where the ward may see it; an actor's contact
// details only with the consent to share with that actor.
#pragma once

#include "core/access_policy.hpp"
#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/course.hpp"
#include "core/referral.hpp"

namespace afk {

// `limited_view` is the policy's decision (AccessDecision::limited_view):
// then the referral keeps what plans a place — ward, support situation,
// exclusion answers, dates, state — and loses the reason, the substance use
// and the risk history.
Referral shown_referral(const Caller& caller, const Referral& referral, bool limited_view);

// Limited: the keys, state and dates that plan a place, nothing written about
// the citizen (no plan, notes, actors, tasks or assessments). Otherwise the
// whole course with unshared actors' contact details blanked.
Course shown_course(const Course& course, const CitizenConsents& consents, bool limited_view);

// Ward staff see the admissions at their own ward, not the citizen's other stays.
Citizen shown_citizen(const Caller& caller, const Citizen& citizen);

bool actor_contact_shared(const CitizenConsents& consents, const Course& course, const Actor& actor);

}  // namespace afk
