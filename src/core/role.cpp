#include "core/role.hpp"

#include <array>
#include <utility>

namespace afk {

namespace {
// The kind of organisation a user of each role belongs to.
constexpr std::array<std::pair<Role, OrganisationKind>, 8> role_organisations{{
    {Role::ward_staff, OrganisationKind::ward},
    {Role::unit_staff, OrganisationKind::unit},
    {Role::unit_lead, OrganisationKind::unit},
    {Role::authority, OrganisationKind::municipality},
    {Role::project_lead, OrganisationKind::municipality},
    {Role::evaluator, OrganisationKind::national},
    {Role::admin, OrganisationKind::system},
    {Role::integration, OrganisationKind::system},
}};
}  // namespace

std::string_view role_code(Role role) { return to_code(role); }
std::string_view role_label_da(Role role) { return label_da(role); }
OrganisationKind organisation_kind_for(Role role) {
  for (const auto& [each, kind] : role_organisations)
    if (each == role) return kind;
  return OrganisationKind::system;
}

std::optional<Role> role_from_code(std::string_view code) { return from_code<Role>(code); }

std::string_view organisation_kind_code(OrganisationKind kind) { return to_code(kind); }

std::optional<OrganisationKind> organisation_kind_from_code(std::string_view code) {
  return from_code<OrganisationKind>(code);
}

}  // namespace afk
