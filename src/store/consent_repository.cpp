#include "store/consent_repository.hpp"

#include "store/board_versions.hpp"
#include "store/date_columns.hpp"

namespace afk::store {

namespace {

constexpr const char* consent_columns =
    "SELECT id, purpose, course_id, actor_id, status, legal_basis, form, recorded_on, recorded_by_user_id, "
    "recorded_by_role, citizen_id FROM consents ";

ConsentRecord read_consent(const SqlRow& row) {
  ConsentRecord record;
  record.id = row.integer(0);
  record.purpose = from_code<ConsentPurpose>(row.text(1)).value_or(ConsentPurpose::share_with_unit);
  record.course_id = row.optional_integer(2);
  record.actor_id = row.optional_integer(3);
  // An unknown stored code never grants: it reads as a refusal.
  record.status = from_code<ConsentStatus>(row.text(4)).value_or(ConsentStatus::refused);
  record.legal_basis = row.text(5);
  record.form = from_code<ConsentForm>(row.text(6)).value_or(ConsentForm::oral);
  record.recorded_on = date_in(row, 7);
  record.recorded_by_user_id = row.integer(8);
  record.recorded_by_role = row.text(9);
  record.citizen_id = row.integer(10);
  return record;
}
}  // namespace

CitizenConsents load_consents(SqlConnection& sql, std::int64_t citizen_id) {
  CitizenConsents consents;
  for (const auto& row :
       sql.query(std::string(consent_columns) + "WHERE citizen_id = ? ORDER BY id", {citizen_id}))
    consents.records.push_back(read_consent(row));
  return consents;
}

std::map<std::int64_t, CitizenConsents> load_consents(SqlConnection& sql,
                                                      const std::vector<std::int64_t>& citizen_ids) {
  std::map<std::int64_t, CitizenConsents> consents;
  if (citizen_ids.empty()) return consents;
  std::string text = std::string(consent_columns) + "WHERE citizen_id IN (";
  std::vector<SqlValue> params;
  for (const std::int64_t id : citizen_ids) {
    text += params.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  text += ") ORDER BY id";
  for (const auto& row : sql.query(text, params)) {
    ConsentRecord record = read_consent(row);
    consents[record.citizen_id].records.push_back(std::move(record));
  }
  return consents;
}

std::int64_t insert_consent(SqlConnection& sql, const ConsentRecord& record) {
  touch_boards_of_citizen(sql, record.citizen_id);  // the board shows the name only with consent
  return sql.insert(
      "INSERT INTO consents (citizen_id, purpose, course_id, actor_id, status, legal_basis, form, "
      "recorded_on, "
      "recorded_by_user_id, recorded_by_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {record.citizen_id, std::string(to_code(record.purpose)), optional_value(record.course_id),
       optional_value(record.actor_id), std::string(to_code(record.status)), record.legal_basis,
       std::string(to_code(record.form)), date_value(record.recorded_on), record.recorded_by_user_id,
       record.recorded_by_role});
}

std::vector<std::int64_t> record_referral_consents(SqlConnection& sql, const Referral& referral,
                                                   ConsentForm form, bool share_back, std::int64_t user_id,
                                                   const std::string& role, Date today) {
  std::vector<std::int64_t> ids;
  for (const auto& [purpose, stated] :
       {std::pair{ConsentPurpose::share_with_unit, referral.consent_to_share_with_unit},
        {ConsentPurpose::share_back_with_ward, share_back}}) {
    if (!stated) continue;
    RecordConsent consent;
    consent.purpose = purpose;
    consent.form = form;
    consent.recorded_on = referral.referred_on;
    auto record = record_consent(load_consents(sql, referral.citizen_id), referral.citizen_id, consent,
                                 user_id, role, today);
    if (record)
      ids.push_back(insert_consent(sql, record.value()));  // only a future date fails; refused before
  }
  return ids;
}

}  // namespace afk::store
