// The roles a user can have (one per user) and the kind of organisation the
// user belongs to. Which role may do what is declared per route in http/.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/enum_codes.hpp"

namespace afk {

// `integration`: a system that hands Afklaring messages (MedCom), with a token
// instead of a password; it may do nothing else.
enum class Role { ward_staff, unit_staff, unit_lead, authority, project_lead, evaluator, admin, integration };

template <>
struct EnumCodes<Role> {
  static constexpr std::array<EnumText<Role>, 8> table{{
      {Role::ward_staff, "ward_staff", "Sengeafsnit"},
      {Role::unit_staff, "unit_staff", "Medarbejder på afklaringstilbud"},
      {Role::unit_lead, "unit_lead", "Leder af afklaringstilbud"},
      {Role::authority, "authority", "Myndighedsrådgiver"},
      {Role::project_lead, "project_lead", "Projektleder"},
      {Role::evaluator, "evaluator", "Evaluator"},
      {Role::admin, "admin", "Administrator"},
      {Role::integration, "integration", "Integration"},
  }};
};

enum class OrganisationKind { ward, unit, municipality, national, system };

template <>
struct EnumCodes<OrganisationKind> {
  static constexpr std::array<EnumText<OrganisationKind>, 5> table{{
      {OrganisationKind::ward, "ward", "Sengeafsnit"},
      {OrganisationKind::unit, "unit", "Tilbud"},
      {OrganisationKind::municipality, "municipality", "Kommune"},
      {OrganisationKind::national, "national", "Nationalt"},
      {OrganisationKind::system, "system", "System"},
  }};
};

inline constexpr std::array all_roles{Role::ward_staff, Role::unit_staff,   Role::unit_lead,
                                      Role::authority,  Role::project_lead, Role::evaluator,
                                      Role::admin,      Role::integration};

std::string_view role_code(Role role);
std::optional<Role> role_from_code(std::string_view code);
std::string_view role_label_da(Role role);
// The organisation kind a role must belong to (ward staff to a ward, …).
OrganisationKind organisation_kind_for(Role role);
std::string_view organisation_kind_code(OrganisationKind kind);
std::optional<OrganisationKind> organisation_kind_from_code(std::string_view code);

}  // namespace afk
