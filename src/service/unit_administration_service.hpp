// Unit administration: the organisations (not personal data: every logged-in
// user reads them), a unit's places and settings, and cooperation agreements.
// Each change is load → core decides → save, version-checked, in one transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/cooperation_agreement.hpp"
#include "core/organisation.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "service/invocation.hpp"

namespace afk::service {

// Every municipality, region, ward or unit (instantiated for those four).
template <class Organisation>
Result<std::vector<Organisation>> list_organisations(Invocation& call);
Result<Unit> read_unit(Invocation& call, std::int64_t unit_id);

// The ids of the unit's places that a course occupies: the unit cannot know
// who lives where, so a change that needs it (retiring a place) asks.
using OccupiedPlaces = std::function<std::vector<std::int64_t>()>;
using UnitChange = std::function<Result<Unit>(const Unit&, const OccupiedPlaces&)>;
Result<Unit> change_unit(Invocation& call, std::int64_t unit_id, std::int64_t expected_version,
                         const UnitChange& change);

Result<std::vector<CooperationAgreement>> agreements_of_unit(Invocation& call, std::int64_t unit_id);
Result<CooperationAgreement> create_agreement(Invocation& call, const CreateCooperationAgreement& command);
using AgreementChange = std::function<Result<CooperationAgreement>(const CooperationAgreement&)>;
Result<CooperationAgreement> change_agreement(Invocation& call, std::int64_t agreement_id,
                                              std::int64_t expected_version, const AgreementChange& change);

}  // namespace afk::service
