// Small helpers so the tests read like the worked examples.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/numbers/flow_facts.hpp"

namespace afk::numbers::fixtures {

inline Date d(std::string_view iso) { return *Date::parse_iso(iso); }
inline std::optional<Date> od(std::string_view iso) { return Date::parse_iso(iso); }

inline AdmissionFacts admission(std::string id, std::string citizen, std::string_view admitted,
                                std::optional<Date> ready = std::nullopt,
                                std::optional<Date> discharged = std::nullopt, bool psychiatric = true) {
  AdmissionFacts a;
  a.admission_id = std::move(id);
  a.citizen_key = std::move(citizen);
  a.ward_id = "ward-1";
  a.admitted = d(admitted);
  a.ready_for_discharge = ready;
  a.discharged = discharged;
  a.psychiatric = psychiatric;
  return a;
}

inline CourseFacts course(std::string id, std::string citizen, std::optional<Date> move_in,
                          std::optional<Date> move_out = std::nullopt, std::string unit = "unit-a") {
  CourseFacts c;
  c.course_id = std::move(id);
  c.citizen_key = std::move(citizen);
  c.unit_id = std::move(unit);
  c.municipality_code = "0101";
  c.referral_date = move_in ? move_in->plus_days(-20) : d("2024-01-01");
  c.decision = move_in ? Decision::accepted : Decision::pending;
  c.move_in = move_in;
  c.move_out = move_out;
  return c;
}

}  // namespace afk::numbers::fixtures
