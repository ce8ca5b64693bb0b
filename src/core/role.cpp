#include "core/role.hpp"

#include <array>

namespace afk {

namespace {
struct RoleText {
  Role role;
  std::string_view code;
  std::string_view label_da;
  OrganisationKind organisation;
};

constexpr std::array<RoleText, 7> role_texts{{
    {Role::ward_staff, "ward_staff", "Sengeafsnit", OrganisationKind::ward},
    {Role::unit_staff, "unit_staff", "Medarbejder på afklaringstilbud", OrganisationKind::unit},
    {Role::unit_lead, "unit_lead", "Leder af afklaringstilbud", OrganisationKind::unit},
    {Role::authority, "authority", "Myndighedsrådgiver", OrganisationKind::municipality},
    {Role::project_lead, "project_lead", "Projektleder", OrganisationKind::municipality},
    {Role::evaluator, "evaluator", "Evaluator", OrganisationKind::national},
    {Role::admin, "admin", "Administrator", OrganisationKind::system},
}};
}  // namespace

std::string_view role_code(Role role) { return role_texts[static_cast<size_t>(role)].code; }
std::string_view role_label_da(Role role) { return role_texts[static_cast<size_t>(role)].label_da; }
OrganisationKind organisation_kind_for(Role role) {
  return role_texts[static_cast<size_t>(role)].organisation;
}

std::optional<Role> role_from_code(std::string_view code) {
  for (const auto& text : role_texts)
    if (text.code == code) return text.role;
  return std::nullopt;
}

std::string_view organisation_kind_code(OrganisationKind kind) { return to_code(kind); }

std::optional<OrganisationKind> organisation_kind_from_code(std::string_view code) {
  return from_code<OrganisationKind>(code);
}

}  // namespace afk
