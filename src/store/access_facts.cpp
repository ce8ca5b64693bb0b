#include "store/access_facts.hpp"

#include <algorithm>

#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"

namespace afk::store {

namespace {
void add_once(std::vector<std::int64_t>& ids, std::int64_t id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

ResourceFacts missing(ResourceKind kind) {
  ResourceFacts facts;
  facts.kind = kind;
  facts.exists = false;
  return facts;
}

ResourceFacts citizen_facts(SqlConnection& sql, std::int64_t citizen_id) {
  auto citizen = load<Citizen>(sql, citizen_id);
  if (!citizen) return missing(ResourceKind::citizen);
  ResourceFacts facts;
  facts.kind = ResourceKind::citizen;
  facts.citizen_id = citizen_id;
  facts.municipality_id = citizen->home_municipality_id;
  for (const HospitalAdmission& admission : citizen->admissions)
    add_once(facts.linked_wards, admission.ward_id);
  for (const auto& row :
       sql.query("SELECT ward_id, unit_id FROM referrals WHERE citizen_id = ?", {citizen_id})) {
    add_once(facts.linked_wards, row.integer(0));
    add_once(facts.linked_units, row.integer(1));
  }
  for (const auto& row :
       sql.query("SELECT organisation_kind, organisation_id FROM citizen_links WHERE citizen_id = ?",
                 {citizen_id})) {
    const auto kind = organisation_kind_from_code(row.text(0));
    if (kind == OrganisationKind::ward) add_once(facts.linked_wards, row.integer(1));
    if (kind == OrganisationKind::unit) add_once(facts.linked_units, row.integer(1));
    if (kind == OrganisationKind::municipality) add_once(facts.linked_municipalities, row.integer(1));
  }
  facts.consents = load_consents(sql, citizen_id);
  return facts;
}

ResourceFacts unit_facts(SqlConnection& sql, ResourceKind kind, const std::string& query, std::int64_t id) {
  const auto rows = sql.query(query, {id});
  if (rows.empty()) return missing(kind);
  ResourceFacts facts = facts_of_unit(rows[0].integer(0), rows[0].integer(1));
  facts.kind = kind;
  return facts;
}
}  // namespace

ResourceFacts load_access_facts(SqlConnection& sql, ResourceKind kind, std::int64_t id) {
  switch (kind) {
    case ResourceKind::none:
    case ResourceKind::installation: {
      ResourceFacts facts;
      facts.kind = kind;
      return facts;
    }
    case ResourceKind::citizen:
      return citizen_facts(sql, id);
    case ResourceKind::referral: {
      auto referral = load<Referral>(sql, id);
      if (!referral) return missing(kind);
      auto citizen = load<Citizen>(sql, referral->citizen_id);
      if (!citizen) return missing(kind);
      return facts_of(referral.value(), citizen.value(), load_consents(sql, citizen->id));
    }
    case ResourceKind::course: {
      const auto rows = sql.query(
          "SELECT c.unit_id, c.citizen_id, z.municipality_id FROM courses c JOIN citizens z ON z.id = "
          "c.citizen_id "
          "WHERE c.id = ?",
          {id});
      if (rows.empty()) return missing(kind);
      ResourceFacts facts;
      facts.kind = kind;
      facts.unit_id = rows[0].integer(0);
      facts.citizen_id = rows[0].integer(1);
      facts.municipality_id = rows[0].integer(2);
      facts.consents = load_consents(sql, *facts.citizen_id);
      return facts;
    }
    case ResourceKind::unit:
      return unit_facts(sql, kind, "SELECT id, municipality_id FROM units WHERE id = ?", id);
    case ResourceKind::agreement:
      return unit_facts(
          sql, kind,
          "SELECT u.id, u.municipality_id FROM cooperation_agreements a JOIN units u ON u.id = a.unit_id "
          "WHERE a.id = ?",
          id);
  }
  return missing(kind);
}

void link_citizen(SqlConnection& sql, std::int64_t citizen_id, OrganisationKind kind,
                  std::int64_t organisation_id, const std::string& at) {
  sql.execute(
      "INSERT INTO citizen_links (citizen_id, organisation_kind, organisation_id, linked_at) VALUES (?, ?, "
      "?, ?) "
      "ON CONFLICT (citizen_id, organisation_kind, organisation_id) DO NOTHING",
      {citizen_id, std::string(organisation_kind_code(kind)), organisation_id, at});
}

}  // namespace afk::store
