// A citizen and their psychiatric hospital admissions. Admissions are kept
// on the citizen (not the course) because færdigbehandlingsdage and
// readmissions are counted before, during and after a course.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/cpr.hpp"
#include "core/date.hpp"
#include "core/result.hpp"

namespace afk {

// A stay as it is recorded: the same facts in the command and the admission.
struct AdmissionStay {
  std::int64_t ward_id = 0;
  Date admitted_on;
  std::optional<Date> ready_for_discharge_on;  // færdigmeldt
  std::optional<Date> discharged_on;

  friend bool operator==(const AdmissionStay&, const AdmissionStay&) = default;
};

// A leave of absence during an admission (MedCom STOR/SLOR): not a discharge.
struct AdmissionLeave {
  Date started_on;
  std::optional<Date> ended_on;

  friend bool operator==(const AdmissionLeave&, const AdmissionLeave&) = default;
};

struct HospitalAdmission : AdmissionStay {
  std::int64_t id = 0;
  // Told by the hospital (MedCom HospitalNotification): the stay's episode-of-care
  // identifier, the messages that shaped the admission, and its leaves.
  std::optional<std::string> episode_of_care = std::nullopt;
  std::vector<std::string> notified_by = {};
  std::vector<AdmissionLeave> leaves = {};
  bool opened_by_message = false;  // a cancelled STIN removes it; a manual admission it completed stays

  friend bool operator==(const HospitalAdmission&, const HospitalAdmission&) = default;
};

struct Citizen {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string name;
  std::optional<Cpr> cpr;  // absent for anonymous stays
  Date birth_date;
  std::int64_t home_municipality_id = 0;
  std::vector<HospitalAdmission> admissions;
  std::int64_t next_local_id = 1;
  std::optional<Date> died_on = std::nullopt;  // told by the hospital (MedCom MORS)

  friend bool operator==(const Citizen&, const Citizen&) = default;
};

bool is_anonymous(const Citizen& citizen);
// Whole years of age on `date`.
int age_on(const Citizen& citizen, Date date);
const HospitalAdmission* find_admission(const Citizen& citizen, std::int64_t admission_id);
const HospitalAdmission* open_admission(const Citizen& citizen);
// What the admission's state offers, named as the routes' last path segment:
// "ready-for-discharge" while it is open and not yet færdigmeldt, "discharge" while it is open.
std::vector<std::string> legal_admission_commands(const HospitalAdmission& admission);

// The index admission of a referral (numbers.md): the admission the citizen
// was referred from, i.e. the latest that started on or before the referral
// day; of two that started the same day, the one registered last. nullptr
// when none did. Reports, the evaluation export and who-gains all use this.
const HospitalAdmission* index_admission(const Citizen& citizen, Date referred_on);

// Registration. With a CPR the birth date comes from it (a given birth date
// must agree: rule_violated `birth_date_mismatch`); without, it is required.
struct RegisterCitizen {
  std::string name;
  std::optional<std::string> cpr;
  std::optional<Date> birth_date;
  std::int64_t home_municipality_id = 0;
};
Result<Citizen> register_citizen(const RegisterCitizen& command, Date today);

// Admissions. Only one may be open (not discharged) at a time.
struct RecordAdmission : AdmissionStay {};
Result<Citizen> record_admission(const Citizen& citizen, const RecordAdmission& command, Date today);

struct SetAdmissionReadyForDischarge {
  std::int64_t admission_id = 0;
  Date ready_for_discharge_on;
};
Result<Citizen> set_admission_ready_for_discharge(const Citizen& citizen,
                                                  const SetAdmissionReadyForDischarge& command, Date today);

struct RecordDischarge {
  std::int64_t admission_id = 0;
  Date discharged_on;
};
Result<Citizen> record_discharge(const Citizen& citizen, const RecordDischarge& command, Date today);

}  // namespace afk
