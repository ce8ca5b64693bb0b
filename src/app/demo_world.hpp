// The synthetic demo world that `afklaring seed-demo` writes: organisations,
// citizens, referrals and courses generated through the real core commands
// from a fixed random seed, so every screen and figure has something to
// show. Nothing here is a real person: CPR numbers fail the modulus-11 check
// that every CPR number issued to an adult born before 2007 passes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/course.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "core/unit.hpp"

namespace afk::app {

struct DemoOptions {
  std::uint64_t seed = 2024;
  Date today;
  bool national_scale = false;  // ~100 units and ~50,000 courses over 10 years
};

// Ids inside DemoWorld are positions + 1 in their vector, in insertion order,
// which is the order the store assigns ids in an empty database.
struct DemoWorld {
  std::vector<Municipality> municipalities;
  std::vector<Region> regions;
  std::vector<Ward> wards;
  std::vector<Unit> units;
  std::vector<CooperationAgreement> agreements;
  std::vector<Citizen> citizens;
  std::vector<Referral> referrals;
  std::vector<Course> courses;  // course.referral_id links to referrals
  int failed_steps = 0;         // core commands that refused a generated step (should be 0)
  std::string first_failure;
};

using DemoProgress = std::function<void(size_t done, size_t total)>;

DemoWorld build_demo_world(const DemoOptions& options, const DemoProgress& progress = {});

}  // namespace afk::app
