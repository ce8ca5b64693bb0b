#include "app/demo_world.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <type_traits>

#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "core/working_days.hpp"

namespace afk::app {

namespace {

constexpr std::array first_names{"Anne",  "Mette",   "Lars",   "Søren", "Jens",   "Maria", "Peter", "Kirsten",
                                 "Mads",  "Camilla", "Henrik", "Line",  "Thomas", "Sofie", "Ali",   "Fatima",
                                 "Jonas", "Ida",     "Rasmus", "Signe", "Niels",  "Emma",  "Ole",   "Hanne"};
constexpr std::array last_names{"Jensen",     "Nielsen",  "Hansen",    "Pedersen",  "Andersen", "Christensen",
                                "Larsen",     "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen",
                                "Kristensen", "Olsen",    "Thomsen",   "Poulsen",   "Knudsen",  "Mortensen"};

class Dice {
 public:
  explicit Dice(std::uint64_t seed) : engine_(seed) {}
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(engine_); }
  bool chance(double probability) {
    return std::uniform_real_distribution<double>(0, 1)(engine_) < probability;
  }
  template <class T, size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[static_cast<size_t>(between(0, static_cast<int>(N) - 1))];
  }
  // Stay lengths are right-skewed: log-normal with the given median.
  int lognormal_days(double median, double sigma) {
    return std::max(3,
                    static_cast<int>(std::lognormal_distribution<double>(std::log(median), sigma)(engine_)));
  }

 private:
  std::mt19937_64 engine_;
};

// A CPR number for a synthetic person: valid date and century digit, and a
// serial chosen so that the modulus-11 check fails (no adult has such a number).
std::string synthetic_cpr(Dice& dice, Date birth) {
  const int year = birth.year();
  const int seventh = year >= 2000 ? 4 : dice.between(0, 3);
  char text[16];
  for (;;) {
    std::snprintf(text, sizeof text, "%02u%02u%02d%d%03d", birth.day(), birth.month(), year % 100, seventh,
                  dice.between(0, 999));
    constexpr std::array weights{4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (size_t i = 0; i < 10; ++i) sum += (text[i] - '0') * weights[i];
    if (sum % 11 != 0) break;
  }
  return std::string(text, 6) + "-" + std::string(text + 6, 4);
}

Unit make_unit(std::int64_t id, std::int64_t municipality_id, std::string name, int regular, int guest,
               bool anonymous, std::vector<std::string> exclusions) {
  Unit unit;
  unit.id = id;
  unit.municipality_id = municipality_id;
  unit.name = std::move(name);
  unit.allows_anonymous = anonymous;
  // An invented SOR code (15 digits), so the demo's units can write MedCom letters.
  char sor_code[16];
  std::snprintf(sor_code, sizeof sor_code, "910000000000%03d", static_cast<int>(id % 1000));
  unit.sor_code = sor_code;
  for (int number = 1; number <= regular + guest; ++number) {
    auto added = add_place(unit, {number, number > regular ? PlaceKind::guest : PlaceKind::regular});
    if (added) unit = std::move(added).value();
  }
  for (auto& question : exclusions) {
    auto added = add_exclusion_criterion(unit, {question});
    if (added) unit = std::move(added).value();
  }
  return unit;
}

struct Organisations {
  std::vector<Municipality> municipalities;
  std::vector<Region> regions;
  std::vector<Ward> wards;
  std::vector<Unit> units;
};

Organisations small_organisations() {
  Organisations o;
  o.municipalities = {{1, 0, "Aarhus Kommune", "0751"},
                      {2, 0, "Herning Kommune", "0657"},
                      {3, 0, "Holstebro Kommune", "0661"}};
  o.regions = {{1, 0, "Region Midtjylland"}};
  // Invented SOR codes (15 digits), so the demo can receive MedCom messages (docs/medcom.md).
  o.wards = {{1, 0, 1, "Afsnit P1, Psykiatrien Aarhus", true, "900000000000101"},
             {2, 0, 1, "Afsnit P2, Psykiatrien Gødstrup", true, "900000000000102"},
             {3, 0, 1, "Afsnit P3, Psykiatrien Vest", true, "900000000000103"}};
  o.units = {make_unit(1, 1, "Afklaringspladserne Nygårdsvej", 5, 1, false,
                       {"Demens?", "Primært selvskadende adfærd?", "Plejekrævende behov?"}),
             make_unit(2, 2, "POLARIS fleksible pladser", 3, 1, false, {}),
             make_unit(3, 1, "Pitstop", 6, 2, true, {"Behov for akut afrusning?"})};
  return o;
}

Organisations national_organisations() {
  Organisations o;
  const std::array region_names{"Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
                                "Region Midtjylland", "Region Nordjylland"};
  for (std::int64_t r = 1; r <= 5; ++r) {
    o.regions.push_back({r, 0, region_names[static_cast<size_t>(r - 1)]});
    for (int w = 1; w <= 3; ++w)
      // Invented SOR codes (15 digits), so the demo can receive MedCom messages.
      o.wards.push_back({static_cast<std::int64_t>(o.wards.size() + 1), 0, r,
                         "Psykiatrisk afsnit " + std::to_string(r) + "." + std::to_string(w), true,
                         "9000000000000" + std::to_string(r) + std::to_string(w)});
  }
  for (std::int64_t m = 1; m <= 98; ++m) {
    char code[8];
    std::snprintf(code, sizeof code, "%04d", static_cast<int>(100 + m * 8));
    o.municipalities.push_back({m, 0, "Kommune " + std::to_string(m), code});
  }
  for (std::int64_t u = 1; u <= 100; ++u)
    o.units.push_back(make_unit(u, (u - 1) % 98 + 1, "Afklaringstilbud " + std::to_string(u),
                                8 + static_cast<int>(u % 7), 1, u % 10 == 0, {}));
  return o;
}

// Generates one unit's courses in date order, moving each citizen through
// the phases with the core commands, up to `today`.
class UnitHistory {
 public:
  // `keep_a_place_free`: one regular place stands free today, so whoever
  // tries the demo (and the end-to-end test) can move a citizen in, whatever
  // the date the world is seeded on.
  UnitHistory(DemoWorld& world, Dice& dice, std::set<std::string>& used_cprs, const Unit& unit,
              std::vector<const Ward*> wards, Date today, bool keep_a_place_free)
      : world_(world),
        dice_(dice),
        used_cprs_(used_cprs),
        unit_(unit),
        wards_(std::move(wards)),
        today_(today) {
    for (const Place& place : unit_.places) {
      free_from_[place.id] = Date::from_serial(0);
      if (keep_a_place_free && place.kind == PlaceKind::regular) kept_free_ = place.id;
    }
  }

  void referral_on(Date referred_on) {
    const Ward& ward = *wards_[static_cast<size_t>(dice_.between(0, static_cast<int>(wards_.size()) - 1))];
    const bool guest_stay = dice_.chance(0.12) && has_guest_place();
    Citizen* citizen = new_citizen(referred_on, ward);
    if (!citizen) return;
    Referral* referral = submit(referred_on, *citizen, ward);
    if (!referral) return;
    const Date decided_on = referred_on.plus_days(dice_.between(1, 6));
    if (decided_on > today_) return;  // still awaiting the joint assessment
    ReferralContext context{decided_on, *citizen, ward, unit_, calendar_, true};
    const int outcome = dice_.between(1, 100);
    // No place within three weeks: accepted onto the waiting list.
    const bool no_place_soon = first_free_place(guest_stay ? PlaceKind::guest : PlaceKind::regular).second >
                               decided_on.plus_days(21);
    Result<ReferralDecision> decision =
        outcome <= 10 ? decline_referral(
                            *referral, {decided_on, "Borgeren er bedre hjulpet i et andet tilbud."}, context)
        : outcome <= 16 ? withdraw_referral(*referral, {decided_on, "Borgeren ønsker ikke pladsen."}, context)
        : no_place_soon
            ? waitlist_referral(*referral, {decided_on, "Relevant, men ingen ledig plads."}, context)
            : accept_referral(*referral, {decided_on, "Fælles vurdering: relevant."}, context);
    if (!check(decision)) return;
    *referral = decision->referral;
    if (!decision->course) return;
    Course course = *decision->course;
    course.id = static_cast<std::int64_t>(world_.courses.size() + 1);
    run_course(course, *citizen, decided_on, guest_stay);
    if (auto accepted = referral_following_course(*referral, course)) *referral = std::move(*accepted);
    world_.courses.push_back(std::move(course));
  }

 private:
  bool has_guest_place() const {
    return std::any_of(unit_.places.begin(), unit_.places.end(),
                       [](const Place& place) { return place.kind == PlaceKind::guest; });
  }

  template <class T>
  bool check(const Result<T>& result) {
    if (result) return true;
    if (world_.failed_steps++ == 0)
      world_.first_failure = result.error().code + ": " + result.error().message;
    return false;
  }

  Citizen* new_citizen(Date referred_on, const Ward& ward) {
    const Date birth = referred_on.plus_days(-365 * dice_.between(19, 70) - dice_.between(0, 364));
    RegisterCitizen command;
    command.name = std::string(dice_.pick(first_names)) + " " + dice_.pick(last_names);
    command.home_municipality_id = unit_.municipality_id;
    if (unit_.allows_anonymous && dice_.chance(0.3)) {
      command.birth_date = birth;
    } else {
      do command.cpr = synthetic_cpr(dice_, birth);
      while (!used_cprs_.insert(*command.cpr).second);
    }
    auto citizen = register_citizen(command, referred_on);
    if (!check(citizen)) return nullptr;
    citizen->id = static_cast<std::int64_t>(world_.citizens.size() + 1);
    // The index admission: admitted some weeks before the referral.
    const Date admitted_on = referred_on.plus_days(-dice_.between(7, 60));
    auto admitted =
        record_admission(citizen.value(), {ward.id, admitted_on, std::nullopt, std::nullopt}, referred_on);
    if (!check(admitted)) return nullptr;
    world_.citizens.push_back(std::move(admitted).value());
    return &world_.citizens.back();
  }

  Referral* submit(Date referred_on, const Citizen& citizen, const Ward& ward) {
    SubmitReferral command;
    command.unit_id = unit_.id;
    command.citizen_id = citizen.id;
    command.ward_id = ward.id;
    command.referred_on = referred_on;
    command.reason = "Udskrives efter indlæggelse og har brug for støtte og afklaring af videre tilbud.";
    command.support_situation =
        dice_.chance(0.6) ? SupportSituation::none_needs_support : SupportSituation::has_support_needs_more;
    command.expected_ready_for_discharge_on = referred_on.plus_days(dice_.between(3, 21));
    command.substance_use = dice_.chance(0.3) ? SubstanceUse::active : SubstanceUse::none;
    command.risk_history = "Ingen kendt voldsrisiko.";
    command.consent_to_share_with_unit = true;
    for (const auto& criterion : unit_.exclusion_criteria)
      command.exclusion_answers.push_back({criterion.id, false});
    auto referral = submit_referral(command, citizen, ward, unit_, referred_on);
    if (!check(referral)) return nullptr;
    referral->id = static_cast<std::int64_t>(world_.referrals.size() + 1);
    world_.referrals.push_back(std::move(referral).value());
    return &world_.referrals.back();
  }

  // Who signs what in the demo: the authority decides the allocation, the lead extends a stay, the
  // staff member (the demo log-ins' names) writes the rest.
  template <class Command>
  static Author demo_author() {
    if constexpr (std::is_same_v<Command, DecideAllocation>) return {"Maja Myndighed", Role::authority};
    if constexpr (std::is_same_v<Command, ExtendStay>) return {"Lene Leder", Role::unit_lead};
    return {"Morten Medarbejder", Role::unit_staff};
  }

  // Applies `command` on `date` if that day has come; false stops the course there.
  template <class Command, class Apply>
  bool step(Course& course, Date date, const Command& command, Apply apply,
            std::vector<std::int64_t> occupied = {}) {
    if (date > today_) return false;
    CourseCommandContext context{date, unit_, calendar_, std::move(occupied), demo_author<Command>()};
    auto next = apply(course, command, context);
    if (!check(next)) return false;
    course = std::move(next).value();
    return true;
  }

  static std::int64_t index_ward(const Citizen& citizen) { return citizen.admissions.front().ward_id; }

  // The free place of `kind` that frees up first, and from when. Given a
  // stay (ready to move from, days), the place kept free is only offered
  // when that stay is over by today.
  std::pair<std::int64_t, Date> first_free_place(
      PlaceKind kind, std::optional<std::pair<Date, int>> stay = std::nullopt) const {
    std::int64_t best = 0;
    Date best_from = Date::from_serial(1 << 30);
    for (const Place& place : unit_.places) {
      if (place.kind != kind || free_from_.at(place.id) >= best_from) continue;
      if (stay && place.id == kept_free_ &&
          std::max(stay->first, free_from_.at(place.id)).plus_days(stay->second) > today_)
        continue;
      best = place.id;
      best_from = free_from_.at(place.id);
    }
    return {best, best_from};
  }

  void run_course(Course& course, Citizen& citizen, Date accepted_on, bool guest_stay) {
    Date day = accepted_on.plus_days(dice_.between(0, 2));
    // A key worker is a colleague; the demo staff member is tovholder for some (one name in 24), so
    // "Kun borgere, hvor jeg er tovholder" shows something. The dice are drawn as before.
    const std::string first_name(dice_.pick(first_names));
    const std::string key_worker =
        first_name == first_names[0] ? std::string("Morten Medarbejder") : "Tovholder " + first_name;
    if (!step(course, day, AppointKeyWorker{key_worker, "Tlf. 8888 0000", day}, appoint_key_worker)) return;
    day = day.plus_days(dice_.between(1, 4));
    if (!step(course, day, RecordWardVisit{day, "Første møde på afsnittet."}, record_ward_visit)) return;
    if (dice_.chance(0.05)) {
      step(course, day.plus_days(2), CancelCourse{day.plus_days(2), "Borgeren valgte et andet tilbud."},
           cancel_course);
      return;
    }
    day = day.plus_days(dice_.between(1, 5));
    if (!step(course, day, RecordPlaceVisit{day, dice_.chance(0.5), "Besøg på pladsen."}, record_place_visit))
      return;
    if (!step(course, day,
              AddDischargeAgreement{DischargeAgreementKind::udskrivningsaftale,
                                    day,
                                    {"Sengeafsnit", "Afklaringstilbud", "Borgeren"}},
              add_discharge_agreement))
      return;
    const Date ready = day.plus_days(dice_.between(0, 5));
    if (!step(course, ready, SetReadyForDischarge{ready}, set_ready_for_discharge)) return;
    // Færdigmeldt is the admission's date too, as the service keeps it (core/admission_follow_up).
    if (const auto* admission = open_admission(citizen)) {
      auto declared = set_admission_ready_for_discharge(citizen, {admission->id, ready}, ready);
      if (check(declared)) citizen = std::move(declared).value();
    }

    // Move-in: the first place of the right kind to become free (FIFO).
    const PlaceKind kind = guest_stay ? PlaceKind::guest : PlaceKind::regular;
    const Date ready_to_move = ready.plus_days(dice_.between(0, 3));
    const int stay = guest_stay ? dice_.between(3, 14) : dice_.lognormal_days(70, 0.6);
    const auto [place_id, free_from] = first_free_place(kind, std::pair{ready_to_move, stay});
    const Date move_in_on = std::max(ready_to_move, free_from);
    const Date move_out_on = move_in_on.plus_days(stay);
    free_from_[place_id] = move_out_on;  // reserved from now on, whatever happens after today
    // Waiting for a place: the move-in date is planned two weeks ahead.
    const Date planned_on = std::max(ready, move_in_on.plus_days(-14));
    if (!step(course, planned_on, PlanMoveIn{move_in_on}, plan_move_in)) return;
    std::vector<std::int64_t> others;
    for (const Place& place : unit_.places)
      if (place.kind == kind && place.id != place_id) others.push_back(place.id);
    if (!step(course, move_in_on, MoveIn{move_in_on, kind, move_in_on.plus_days(90)}, move_in, others))
      return;
    // Discharged from hospital to the place.
    if (const auto* admission = open_admission(citizen)) {
      auto discharged = record_discharge(citizen, {admission->id, move_in_on}, move_in_on);
      if (check(discharged)) citizen = std::move(discharged).value();
    }
    run_stay(course, citizen, move_in_on, move_out_on, guest_stay);
    // A stay stopped by a refused step keeps its place for good.
    if (occupies_place(course.state) && move_out_on <= today_)
      free_from_[place_id] = Date::from_serial(1 << 30);
  }

  void run_stay(Course& course, Citizen& citizen, Date move_in_on, Date move_out_on, bool guest_stay) {
    Date day = move_in_on.plus_days(dice_.between(2, 9));
    SavePlan plan{
        0,
        "At få ro og overblik.",
        "Egen bolig med lidt støtte.",
        "Jeg vil gerne klare mig selv.",
        {{std::nullopt, std::nullopt, "Komme i gang med en fast døgnrytme", GoalStatus::in_progress}}};
    if (!guest_stay && !step(course, std::min(day, move_out_on), plan, save_plan)) return;
    for (Date note = move_in_on.plus_days(7); note < move_out_on && note <= today_; note = note.plus_days(14))
      if (!step(course, note, AddStatusNote{note, "Ugestatus: stabil, deltager i aktiviteter."},
                add_status_note))
        return;
    const Date vum_started = move_in_on.plus_days(dice_.between(3, 14));
    if (!guest_stay) {
      if (vum_started < move_out_on &&
          !step(course, vum_started, RecordVum{vum_started, std::nullopt}, record_vum))
        return;
      if (!step(course, std::min(day, move_out_on),
                AddActor{{ActorKind::general_practitioner, "Lægehuset", "Egen læge", "Tlf. 8600 0000", true,
                          false}},
                add_actor))
        return;
      if (!step(course, std::min(day, move_out_on),
                SaveCrisisPlan{0, "Søvnløshed, isolation", "Kontakt tovholder", "Psykiatrisk akutmodtagelse",
                               "Egen læge", "Pladsen holdes; tovholder besøger"},
                save_crisis_plan))
        return;
    }
    // A readmission during the stay pauses the course; the place is kept.
    if (!guest_stay && dice_.chance(0.15)) {
      const Date admitted =
          move_in_on.plus_days(std::max(1, (move_out_on.serial() - move_in_on.serial()) / 2));
      const Date resumed = admitted.plus_days(dice_.between(2, 12));
      if (resumed < move_out_on) {
        if (!step(course, admitted, PauseForAdmission{admitted, "Genindlagt"}, pause_for_admission)) return;
        if (auto again =
                record_admission(citizen, {index_ward(citizen), admitted, admitted, std::nullopt}, admitted))
          citizen = std::move(again).value();
        if (!step(course, resumed, ResumeAfterAdmission{resumed}, resume_after_admission)) return;
        if (const auto* open = open_admission(citizen))
          if (auto discharged = record_discharge(citizen, {open->id, resumed}, resumed))
            citizen = std::move(discharged).value();
      }
    }
    if (!guest_stay && days_between(move_in_on, move_out_on) > 90) {
      const Date decided = move_in_on.plus_days(85);
      if (!step(course, decided, ExtendStay{decided, move_out_on, "Venter på plads i botilbud."},
                extend_stay))
        return;
    }
    if (!guest_stay) {
      const Date done = move_out_on.plus_days(-dice_.between(2, 5));
      if (done > vum_started && vum_started < move_out_on &&
          !step(course, done, RecordVum{std::nullopt, done}, record_vum))
        return;
    }
    const Date decided = std::max(move_in_on.plus_days(1), move_out_on.plus_days(-dice_.between(7, 30)));
    const int draw = dice_.between(1, 100);
    const Destination destination = draw <= 30   ? Destination::own_home_with_support
                                    : draw <= 45 ? Destination::own_home_without_support
                                    : draw <= 60 ? Destination::temporary_housing
                                    : draw <= 75 ? Destination::long_term_housing
                                    : draw <= 80 ? Destination::shelter
                                    : draw <= 88 ? Destination::family
                                    : draw <= 95 ? Destination::readmitted
                                                 : Destination::other;
    if (!step(course, decided, DecideAllocation{decided, destination, "Visiteret efter VUM."},
              decide_allocation))
      return;
    if (!step(course, decided, AddHandoverNote{decided, "Næste tilbud", "Overlevering af plan og kriseplan."},
              add_handover_note))
      return;
    if (!step(course, move_out_on, MoveOut{move_out_on}, move_out)) return;
    if (destination == Destination::readmitted)
      if (auto again = record_admission(
              citizen, {index_ward(citizen), move_out_on, std::nullopt, std::nullopt}, move_out_on))
        citizen = std::move(again).value();
    Date close_on = move_out_on.plus_days(dice_.between(3, 14));
    if (destination == Destination::own_home_without_support) {
      const Date contact = move_out_on.plus_days(30);
      if (!step(course, contact, AddFollowUpContact{contact, "Opfølgning: trives i egen bolig.", false},
                add_follow_up_contact))
        return;
      close_on = contact.plus_days(60);
    }
    step(course, close_on, CloseCourse{close_on}, close_course);
  }

  DemoWorld& world_;
  Dice& dice_;
  std::set<std::string>& used_cprs_;
  const Unit& unit_;
  std::vector<const Ward*> wards_;
  Date today_;
  WorkingDayCalendar calendar_;
  std::map<std::int64_t, Date> free_from_;
  std::int64_t kept_free_ = 0;  // the demo unit's place kept free today; 0 = none
};

}  // namespace

DemoWorld build_demo_world(const DemoOptions& options, const DemoProgress& progress) {
  Dice dice(options.seed);
  Organisations organisations = options.national_scale ? national_organisations() : small_organisations();
  DemoWorld world;
  world.municipalities = organisations.municipalities;
  world.regions = organisations.regions;
  world.wards = organisations.wards;
  world.units = organisations.units;
  const int years = options.national_scale ? 10 : 1;
  const Date start = options.today.plus_days(-365 * years);
  for (const Unit& unit : world.units) {
    // Agreements with the unit's region, all six points agreed.
    const std::int64_t region_id = options.national_scale ? (unit.id - 1) % 5 + 1 : 1;
    auto agreement = create_cooperation_agreement({unit.id, region_id, start.plus_days(-30), std::nullopt});
    if (agreement) {
      CooperationAgreement value = agreement.value();
      for (const auto& text : EnumCodes<AgreementPoint>::table)
        if (auto checked = check_agreement_point(value, {text.value, true, ""})) value = checked.value();
      value.id = static_cast<std::int64_t>(world.agreements.size() + 1);
      world.agreements.push_back(value);
    }
  }
  world.citizens.reserve(options.national_scale ? 60000 : 400);
  world.referrals.reserve(options.national_scale ? 60000 : 400);
  std::set<std::string> used_cprs;
  for (size_t u = 0; u < world.units.size(); ++u) {
    const Unit& unit = world.units[u];
    const std::int64_t region_id = options.national_scale ? static_cast<std::int64_t>(u % 5) + 1 : 1;
    std::vector<const Ward*> wards;
    for (const Ward& ward : world.wards)
      if (ward.region_id == region_id) wards.push_back(&ward);
    UnitHistory history(world, dice, used_cprs, unit, wards, options.today,
                        !options.national_scale && u == 0);
    // Referrals at about the rate the places can take: ~80 days a stay, 80 %
    // accepted, 90 % occupancy, so some wait and some places stand free.
    const double per_day = static_cast<double>(unit.places.size()) * 0.9 / 80.0 / 0.8;
    for (Date day = start; day <= options.today; day = day.plus_days(1))
      if (dice.chance(per_day)) history.referral_on(day);
    if (progress) progress(u + 1, world.units.size());
  }
  return world;
}

}  // namespace afk::app
