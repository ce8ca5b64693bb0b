#include "core/cooperation_agreement.hpp"

namespace afk {

namespace {
Status check_period(Date from, const std::optional<Date>& to) {
  if (to && *to < from)
    return make_error(ErrorKind::bad_input, "period_invalid", "Aftalens slutdato ligger før startdatoen.",
                      "valid_to");
  return ok_status();
}
}  // namespace

Result<CooperationAgreement> create_cooperation_agreement(const CreateCooperationAgreement& command) {
  AFK_CHECK(check_period(command.valid_from, command.valid_to));
  CooperationAgreement agreement;
  agreement.unit_id = command.unit_id;
  agreement.region_id = command.region_id;
  agreement.valid_from = command.valid_from;
  agreement.valid_to = command.valid_to;
  for (const auto& text : EnumCodes<AgreementPoint>::table)
    agreement.checklist.push_back(AgreementChecklistItem{text.value, false, {}});
  return agreement;
}

Result<CooperationAgreement> check_agreement_point(const CooperationAgreement& agreement,
                                                   const CheckAgreementPoint& command) {
  CooperationAgreement next = agreement;
  for (auto& item : next.checklist) {
    if (item.point != command.point) continue;
    item.agreed = command.agreed;
    item.note = command.note;
    return next;
  }
  next.checklist.push_back(AgreementChecklistItem{command.point, command.agreed, command.note});
  return next;
}

Result<CooperationAgreement> set_agreement_period(const CooperationAgreement& agreement,
                                                  const SetAgreementPeriod& command) {
  AFK_CHECK(check_period(command.valid_from, command.valid_to));
  CooperationAgreement next = agreement;
  next.valid_from = command.valid_from;
  next.valid_to = command.valid_to;
  return next;
}

bool all_points_agreed(const CooperationAgreement& agreement) {
  for (const auto& text : EnumCodes<AgreementPoint>::table) {
    bool agreed = false;
    for (const auto& item : agreement.checklist) agreed = agreed || (item.point == text.value && item.agreed);
    if (!agreed) return false;
  }
  return true;
}

bool is_active_on(const CooperationAgreement& agreement, Date date) {
  return agreement.valid_from <= date && (!agreement.valid_to || date <= *agreement.valid_to) &&
         all_points_agreed(agreement);
}

bool has_active_agreement(const std::vector<CooperationAgreement>& agreements, std::int64_t unit_id,
                          std::int64_t region_id, Date date) {
  for (const auto& agreement : agreements)
    if (agreement.unit_id == unit_id && agreement.region_id == region_id && is_active_on(agreement, date))
      return true;
  return false;
}

}  // namespace afk
