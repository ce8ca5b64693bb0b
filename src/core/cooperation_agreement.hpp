// The cooperation agreement (samarbejdsaftale) between a unit and the region,
// required before the trial: the six points of seed 000 §5.2 as a checklist
// and a validity period.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/result.hpp"

namespace afk {

enum class AgreementPoint {
  discharge_procedure,           // how discharge to the place works and who is responsible
  psychiatric_advice,            // psychiatric advice to the staff
  medication_and_deterioration,  // medication, and communication at acute deterioration
  parallel_treatment,            // parallel psychiatric treatment
  readmission,                   // what the parties do at readmission
  other_support,                 // how the region otherwise supports the municipality
};

template <>
struct EnumCodes<AgreementPoint> {
  static constexpr std::array<EnumText<AgreementPoint>, 6> table{{
      {AgreementPoint::discharge_procedure, "discharge_procedure",
       "Hvordan udskrivning til afklaringspladsen foregår, og hvem der er ansvarlig"},
      {AgreementPoint::psychiatric_advice, "psychiatric_advice",
       "Psykiatrifaglig rådgivning af medarbejderne"},
      {AgreementPoint::medication_and_deterioration, "medication_and_deterioration",
       "Medicin og kommunikation ved akut forværring"},
      {AgreementPoint::parallel_treatment, "parallel_treatment", "Sideløbende psykiatrisk behandling"},
      {AgreementPoint::readmission, "readmission", "Hvad parterne gør ved genindlæggelse"},
      {AgreementPoint::other_support, "other_support", "Regionens øvrige bistand i afprøvningsperioden"},
  }};
};

struct AgreementChecklistItem {
  AgreementPoint point = AgreementPoint::discharge_procedure;
  bool agreed = false;
  std::string note;

  friend bool operator==(const AgreementChecklistItem&, const AgreementChecklistItem&) = default;
};

struct CooperationAgreement {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::int64_t unit_id = 0;
  std::int64_t region_id = 0;
  Date valid_from;
  std::optional<Date> valid_to;                   // inclusive; open-ended when empty
  std::vector<AgreementChecklistItem> checklist;  // one item per point, in table order

  friend bool operator==(const CooperationAgreement&, const CooperationAgreement&) = default;
};

struct CreateCooperationAgreement {
  std::int64_t unit_id = 0;
  std::int64_t region_id = 0;
  Date valid_from;
  std::optional<Date> valid_to;
};
// A new agreement with all six points unchecked. bad_input `period_invalid`.
Result<CooperationAgreement> create_cooperation_agreement(const CreateCooperationAgreement& command);

struct CheckAgreementPoint {
  AgreementPoint point = AgreementPoint::discharge_procedure;
  bool agreed = true;
  std::string note;
};
Result<CooperationAgreement> check_agreement_point(const CooperationAgreement& agreement,
                                                   const CheckAgreementPoint& command);

struct SetAgreementPeriod {
  Date valid_from;
  std::optional<Date> valid_to;
};
Result<CooperationAgreement> set_agreement_period(const CooperationAgreement& agreement,
                                                  const SetAgreementPeriod& command);

bool all_points_agreed(const CooperationAgreement& agreement);
// Active on `date`: within the validity period and all six points agreed.
bool is_active_on(const CooperationAgreement& agreement, Date date);
bool has_active_agreement(const std::vector<CooperationAgreement>& agreements, std::int64_t unit_id,
                          std::int64_t region_id, Date date);

}  // namespace afk
