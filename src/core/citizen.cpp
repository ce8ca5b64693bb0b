#include "core/citizen.hpp"

#include "core/text_checks.hpp"

namespace afk {

bool is_anonymous(const Citizen& citizen) { return !citizen.cpr.has_value(); }

int age_on(const Citizen& citizen, Date date) {
  const Date birth = citizen.birth_date;
  int age = date.year() - birth.year();
  if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day())) --age;
  return age;
}

const HospitalAdmission* find_admission(const Citizen& citizen, std::int64_t admission_id) {
  for (const auto& admission : citizen.admissions)
    if (admission.id == admission_id) return &admission;
  return nullptr;
}

const HospitalAdmission* open_admission(const Citizen& citizen) {
  for (const auto& admission : citizen.admissions)
    if (!admission.discharged_on) return &admission;
  return nullptr;
}

std::vector<std::string> legal_admission_commands(const HospitalAdmission& admission) {
  if (admission.discharged_on) return {};
  if (admission.ready_for_discharge_on) return {"discharge"};
  return {"ready-for-discharge", "discharge"};
}

const HospitalAdmission* index_admission(const Citizen& citizen, Date referred_on) {
  const HospitalAdmission* index = nullptr;
  for (const auto& admission : citizen.admissions) {
    if (referred_on < admission.admitted_on) continue;
    if (!index || index->admitted_on < admission.admitted_on ||
        (index->admitted_on == admission.admitted_on && index->id < admission.id))
      index = &admission;
  }
  return index;
}

Result<Citizen> register_citizen(const RegisterCitizen& command, Date today) {
  AFK_CHECK(require_text(command.name, "name", "Navnet"));
  Citizen citizen;
  citizen.name = command.name;
  citizen.home_municipality_id = command.home_municipality_id;
  if (command.cpr) {
    AFK_TRY(cpr, parse_cpr(*command.cpr));
    if (command.birth_date && *command.birth_date != cpr->birth_date)
      return make_error(ErrorKind::rule_violated, "birth_date_mismatch",
                        "Fødselsdatoen passer ikke med CPR-nummeret.", "birth_date");
    citizen.birth_date = cpr->birth_date;
    citizen.cpr = std::move(cpr).value();
  } else if (command.birth_date) {
    citizen.birth_date = *command.birth_date;
  } else {
    return make_error(ErrorKind::bad_input, "birth_date_required",
                      "Angiv fødselsdato, når borgeren ikke har CPR-nummer.", "birth_date");
  }
  AFK_CHECK(require_not_future(citizen.birth_date, today, "birth_date"));
  return citizen;
}

namespace {
Status check_admission_dates(Date admitted_on, const std::optional<Date>& ready,
                             const std::optional<Date>& discharged, Date today) {
  if (auto checked = require_not_future(admitted_on, today, "admitted_on"); !checked) return checked;
  if (ready) {
    if (auto checked =
            require_not_before(*ready, admitted_on, "ready_for_discharge_on", "indlæggelsesdatoen");
        !checked)
      return checked;
  }
  if (discharged) {
    if (auto checked = require_not_future(*discharged, today, "discharged_on"); !checked) return checked;
    if (auto checked = require_not_before(*discharged, admitted_on, "discharged_on", "indlæggelsesdatoen");
        !checked)
      return checked;
  }
  return ok_status();
}

Result<HospitalAdmission*> admission_to_edit(Citizen& citizen, std::int64_t admission_id) {
  for (auto& admission : citizen.admissions)
    if (admission.id == admission_id) return &admission;
  return make_error(ErrorKind::not_found, "admission_not_found", "Indlæggelsen findes ikke.", "admission_id");
}
}  // namespace

Result<Citizen> record_admission(const Citizen& citizen, const RecordAdmission& command, Date today) {
  AFK_CHECK(check_admission_dates(command.admitted_on, command.ready_for_discharge_on, command.discharged_on,
                                  today));
  if (!command.discharged_on && open_admission(citizen))
    return make_error(ErrorKind::rule_violated, "admission_already_open",
                      "Borgeren er allerede registreret som indlagt. Registrér udskrivningen først.");
  for (const auto& other : citizen.admissions) {
    const Date other_end = other.discharged_on.value_or(today);
    const Date end = command.discharged_on.value_or(today);
    if (command.admitted_on < other_end && other.admitted_on < end)
      return make_error(ErrorKind::rule_violated, "admission_overlaps",
                        "Indlæggelsen overlapper en anden indlæggelse.", "admitted_on");
  }
  Citizen next = citizen;
  HospitalAdmission admission;
  static_cast<AdmissionStay&>(admission) = command;
  admission.id = next.next_local_id++;
  next.admissions.push_back(admission);
  return next;
}

Result<Citizen> set_admission_ready_for_discharge(const Citizen& citizen,
                                                  const SetAdmissionReadyForDischarge& command, Date) {
  Citizen next = citizen;
  AFK_TRY(admission, admission_to_edit(next, command.admission_id));
  HospitalAdmission& edited = *admission.value();
  AFK_CHECK(require_not_before(command.ready_for_discharge_on, edited.admitted_on, "ready_for_discharge_on",
                               "indlæggelsesdatoen"));
  if (edited.discharged_on && command.ready_for_discharge_on > *edited.discharged_on)
    return make_error(ErrorKind::bad_input, "date_too_late", "Færdigmeldingen ligger efter udskrivningen.",
                      "ready_for_discharge_on");
  edited.ready_for_discharge_on = command.ready_for_discharge_on;
  return next;
}

Result<Citizen> record_discharge(const Citizen& citizen, const RecordDischarge& command, Date today) {
  Citizen next = citizen;
  AFK_TRY(admission, admission_to_edit(next, command.admission_id));
  HospitalAdmission& edited = *admission.value();
  if (edited.discharged_on)
    return make_error(ErrorKind::illegal_state, "already_discharged", "Borgeren er allerede udskrevet.");
  AFK_CHECK(
      check_admission_dates(edited.admitted_on, edited.ready_for_discharge_on, command.discharged_on, today));
  edited.discharged_on = command.discharged_on;
  return next;
}

}  // namespace afk
