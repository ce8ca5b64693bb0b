// Economics through the API: the tariff calculator's worked examples with
// every assumption shown, the versioned price settings, and "who gains"
// with its assumptions (source and year), scope and small-cell suppression.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"
#include "store/aggregates.hpp"

namespace afk::test {
namespace {

class EconomicsApiTest : public ApiTest {
 protected:
  static constexpr const char* tariff = "/api/v1/economics/tariff";
  static constexpr const char* settings = "/api/v1/economics/settings";

  static bool has_assumption(const nlohmann::json& assumptions, const std::string& code) {
    for (const auto& item : assumptions)
      if (item.at("code") == code) return true;
    return false;
  }
  static nlohmann::json assumption(const nlohmann::json& assumptions, const std::string& code) {
    for (const auto& item : assumptions)
      if (item.at("code") == code) return item;
    return nullptr;
  }

  // A course in unit A that moved in on 2026-01-05 straight from an
  // admission that was ready for discharge on 2025-12-20 (16 days waiting).
  SeededCourse moved_in_course(const std::string& name) {
    const SeededCourse seeded =
        server().seed_course(world::unit_a, world::ward_a, world::municipality_a, name, true);
    auto connection = server().pool().acquire();
    store::Transaction transaction(*connection);
    auto citizen = store::load<Citizen>(*connection, seeded.citizen_id).value();
    citizen.admissions.push_back({{world::ward_a, *Date::parse_iso("2025-12-01"),
                                   Date::parse_iso("2025-12-20"), Date::parse_iso("2026-01-05")},
                                  citizen.next_local_id++});
    EXPECT_TRUE(store::update(*connection, citizen, citizen.version));
    auto referral = store::load<Referral>(*connection, seeded.referral_id).value();
    referral.referred_on = *Date::parse_iso("2025-12-22");
    EXPECT_TRUE(store::update(*connection, referral, referral.version));
    auto course = store::load<Course>(*connection, seeded.course_id).value();
    course.moved_in_on = Date::parse_iso("2026-01-05");
    EXPECT_TRUE(store::update(*connection, course, course.version));
    transaction.commit();
    return seeded;
  }
};

TEST_F(EconomicsApiTest, TariffWorkedExamplesFromTheStyringsaftale) {
  TestClient lead = client_for(users::lead_a);
  const HttpResponse polaris =
      lead.post(tariff, {{"places", 2}, {"budgeted_occupancy_percent", 80}, {"daily_tariff", 1243}});
  ASSERT_EQ(polaris.status, 200) << polaris.body;
  EXPECT_EQ(polaris.json.at("expected_place_days"), 584.0);
  EXPECT_EQ(polaris.json.at("budget").at("ore"), 72591200);
  EXPECT_EQ(polaris.json.at("budget").at("text_da"), "725.912,00 kr.");
  EXPECT_EQ(polaris.json.at("computed"), "budget");
  EXPECT_FALSE(polaris.json.at("occupancy_note_da").is_null()) << "80 % is below the 95–100 % guidance";
  EXPECT_THAT(polaris.json.at("calculation_da").get<std::string>(), ::testing::HasSubstr("584"));
  const auto& assumptions = polaris.json.at("assumptions");
  EXPECT_TRUE(has_assumption(assumptions, "tariff_year_days"));
  EXPECT_TRUE(has_assumption(assumptions, "budgeted_occupancy"));
  EXPECT_THAT(assumption(assumptions, "tariff_year_days").at("source").get<std::string>(),
              ::testing::HasSubstr("Styringsaftale"));

  const HttpResponse guest =
      lead.post(tariff, {{"places", 1}, {"budgeted_occupancy_percent", 60}, {"daily_tariff", 431}});
  ASSERT_EQ(guest.status, 200);
  EXPECT_EQ(guest.json.at("expected_place_days"), 219.0);
  EXPECT_EQ(guest.json.at("budget").at("ore"), 9438900);

  const HttpResponse from_budget =
      lead.post(tariff, {{"places", 2}, {"budgeted_occupancy_percent", 80}, {"budget", 725912}});
  ASSERT_EQ(from_budget.status, 200);
  EXPECT_EQ(from_budget.json.at("daily_tariff").at("ore"), 124300);
  EXPECT_EQ(from_budget.json.at("computed"), "daily_tariff");
}

TEST_F(EconomicsApiTest, AtaHourlyRateAndWeeklyPriceFromTheWorkedExample) {
  // numbers.md: 206 kr. × (1 + 0,25 + 0,05 + 0,33) = 335,78 kr.; half an hour, 5 days = 839,45 kr.
  TestClient authority = client_for(users::authority_a);
  const HttpResponse answer = authority.post("/api/v1/economics/ata", {{"hour_cost", 206},
                                                                       {"time_of_day_supplement_percent", 25},
                                                                       {"variable_overhead_percent", 5},
                                                                       {"absence_correction_percent", 33},
                                                                       {"minutes_per_day", 30},
                                                                       {"days_per_week", 5}});
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json.at("hourly_rate").at("ore"), 33578);
  EXPECT_EQ(answer.json.at("weekly_price").at("ore"), 83945);
  EXPECT_EQ(answer.json.at("calculation_da"), "206,00 kr. × (1 + 25 % + 5 % + 33 %) = 335,78 kr. i timen");
  EXPECT_FALSE(answer.json.at("assumptions").empty());

  const HttpResponse hourly_only =
      authority.post("/api/v1/economics/ata", {{"hour_cost", 206},
                                               {"time_of_day_supplement_percent", 0},
                                               {"variable_overhead_percent", 0},
                                               {"absence_correction_percent", 0}});
  ASSERT_EQ(hourly_only.status, 200) << hourly_only.body;
  EXPECT_EQ(hourly_only.json.at("hourly_rate").at("ore"), 20600);
  EXPECT_TRUE(hourly_only.json.at("weekly_price").is_null());
}

TEST_F(EconomicsApiTest, AtaInputIsCheckedFieldByField) {
  TestClient lead = client_for(users::lead_a);
  const nlohmann::json valid{{"hour_cost", 206},
                             {"time_of_day_supplement_percent", 25},
                             {"variable_overhead_percent", 5},
                             {"absence_correction_percent", 33}};
  const std::vector<std::pair<nlohmann::json, std::string>> hostile{
      {{{"hour_cost", -1}}, "hour_cost"},
      {{{"hour_cost", 1e300}}, "hour_cost"},
      {{{"hour_cost", "206"}}, "hour_cost"},
      {{{"absence_correction_percent", 333}}, "absence_correction_percent"},
      {{{"variable_overhead_percent", -5}}, "variable_overhead_percent"},
      {{{"minutes_per_day", 30}}, "days_per_week"},
      {{{"minutes_per_day", 30}, {"days_per_week", 8}}, "days_per_week"},
      {{{"minutes_per_day", 2000}, {"days_per_week", 5}}, "minutes_per_day"},
      {{{"minutes_per_day", 9223372036854775807}, {"days_per_week", 5}}, "minutes_per_day"},
      {{{"minutes_per_day", 1.5}, {"days_per_week", 5}}, "minutes_per_day"},
      {{{"surprise", 1}}, "surprise"},
  };
  for (const auto& [change, field] : hostile) {
    nlohmann::json body = valid;
    for (const auto& [key, value] : change.items()) body[key] = value;
    const HttpResponse answer = lead.post("/api/v1/economics/ata", body);
    EXPECT_EQ(answer.status, 400) << body.dump();
    EXPECT_EQ(answer.error_field(), field) << body.dump();
  }
}

TEST_F(EconomicsApiTest, YearEndSurplusIsSplitAtFivePercent) {
  TestClient project_lead = client_for(users::project_lead);
  const HttpResponse answer = project_lead.post(
      tariff,
      {{"places", 10}, {"budgeted_occupancy_percent", 97}, {"budget", 8000000}, {"year_end_result", 770000}});
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto& year_end = answer.json.at("year_end");
  EXPECT_EQ(year_end.at("kind"), "surplus");
  EXPECT_EQ(year_end.at("within_limit").at("ore"), 40000000);
  EXPECT_EQ(year_end.at("adjusts_next_tariff").at("ore"), 37000000);
  EXPECT_NEAR(year_end.at("percent_of_base").get<double>(), 9.625, 1e-9);
  EXPECT_TRUE(answer.json.at("occupancy_note_da").is_null()) << "97 % is within the guidance";
  EXPECT_TRUE(has_assumption(answer.json.at("assumptions"), "year_end_limit"));

  const HttpResponse deficit = project_lead.post(tariff, {{"places", 10},
                                                          {"budgeted_occupancy_percent", 97},
                                                          {"budget", 8000000},
                                                          {"year_end_result", -100000}});
  ASSERT_EQ(deficit.status, 200);
  EXPECT_EQ(deficit.json.at("year_end").at("kind"), "deficit");
  EXPECT_EQ(deficit.json.at("year_end").at("within_limit").at("ore"), 10000000);
  EXPECT_EQ(deficit.json.at("year_end").at("adjusts_next_tariff").at("ore"), 0);
}

TEST_F(EconomicsApiTest, TariffInputIsCheckedFieldByField) {
  TestClient admin = client_for(users::admin);
  EXPECT_EQ(admin.post(tariff, {{"places", 2}, {"budgeted_occupancy_percent", 80}}).error_field(),
            "daily_tariff");
  EXPECT_EQ(admin
                .post(tariff,
                      {{"places", 2}, {"budgeted_occupancy_percent", 80}, {"daily_tariff", 1}, {"budget", 1}})
                .error_field(),
            "budget");
  EXPECT_EQ(admin.post(tariff, {{"places", 0}, {"budgeted_occupancy_percent", 80}, {"daily_tariff", 1}})
                .error_field(),
            "places");
  EXPECT_EQ(admin.post(tariff, {{"places", 2}, {"budgeted_occupancy_percent", 120}, {"daily_tariff", 1}})
                .error_field(),
            "budgeted_occupancy_percent");
  const HttpResponse unknown = admin.post(
      tariff, {{"places", 2}, {"budgeted_occupancy_percent", 80}, {"daily_tariff", 1}, {"rabat", 1}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.error_code(), "unknown_field");
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(
      staff.post(tariff, {{"places", 2}, {"budgeted_occupancy_percent", 80}, {"daily_tariff", 1}}).status,
      403);
}

TEST_F(EconomicsApiTest, PricesAreVersionedWithSourceAndYear) {
  TestClient evaluator = client_for(users::evaluator);
  const HttpResponse listed = evaluator.get(settings);
  ASSERT_EQ(listed.status, 200) << listed.body;
  bool found_2019 = false;
  for (const auto& item : listed.json.at("items"))
    if (item.at("code") == "bed_day_cost" && item.at("year") == 2019) {
      found_2019 = true;
      EXPECT_EQ(item.at("value"), 3959.0);
      // The document by name, not the repository's seed number.
      EXPECT_EQ(item.at("source"), "DAS mødesager 2021: sengedagstakst, regionale særlige pladser");
    }
  EXPECT_TRUE(found_2019);
  EXPECT_FALSE(listed.json.at("known_codes").empty());

  TestClient admin = client_for(users::admin);
  const std::size_t before = listed.json.at("items").size();
  const HttpResponse added = admin.post(
      settings,
      {{"code", "bed_day_cost"}, {"value", 4300}, {"source", "Regionens takstblad 2026"}, {"year", 2026}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json.at("valid_from"), "2026-01-01");
  EXPECT_EQ(added.json.at("kind"), "price");
  EXPECT_EQ(admin.post(settings, {{"code", "bed_day_cost"}, {"value", 4400}, {"source", "x"}, {"year", 2026}})
                .status,
            409)
      << "same code and date twice";
  EXPECT_EQ(evaluator.get(settings).json.at("items").size(), before + 1) << "a new version, not an overwrite";

  EXPECT_EQ(
      admin.post(settings, {{"code", "coffee"}, {"value", 1}, {"source", "x"}, {"year", 2026}}).error_field(),
      "code");
  EXPECT_EQ(admin.post(settings, {{"code", "bed_day_cost"}, {"value", 1}, {"source", " "}, {"year", 2026}})
                .error_field(),
            "source");
  TestClient lead = client_for(users::lead_a);
  EXPECT_EQ(
      lead.post(settings, {{"code", "bed_day_cost"}, {"value", 1}, {"source", "x"}, {"year", 2027}}).status,
      403);
  TestClient project_lead = client_for(users::project_lead);
  EXPECT_EQ(project_lead
                .post(settings, {{"code", "place_tariff"},
                                 {"value", 1311},
                                 {"source", "Budget"},
                                 {"year", 2026},
                                 {"unit_id", world::unit_b}})
                .status,
            404)
      << "unit B belongs to another municipality";
  // A price without a unit holds for every unit in the country: the administrator's.
  const HttpResponse national = project_lead.post(
      settings, {{"code", "place_tariff"}, {"value", 1311}, {"source", "Budget"}, {"year", 2026}});
  EXPECT_EQ(national.status, 403) << national.body;
  EXPECT_EQ(national.error_code(), "outside_your_organisation");
  EXPECT_EQ(national.error_field(), "unit_id");
  EXPECT_EQ(project_lead
                .post(settings, {{"code", "place_tariff"},
                                 {"value", 1311},
                                 {"source", "Budget"},
                                 {"year", 2026},
                                 {"unit_id", world::unit_a}})
                .status,
            201);
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get(settings).status, 403);
}

TEST_F(EconomicsApiTest, WhoGainsShowsEachStakeholderWithItsAssumptions) {
  moved_in_course("Gitte Gevinst");
  TestClient lead = client_for(users::lead_a);
  const HttpResponse answer = lead.get("/api/v1/reports/who-gains?unit_id=1&from=2026-01-01&to=2026-03-02");
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json.at("courses"), 1);
  EXPECT_EQ(answer.json.at("observed_awaiting_discharge_days"), 16.0);
  EXPECT_EQ(answer.json.at("stay_days"), 56);
  ASSERT_EQ(answer.json.at("stakeholders").size(), 2u);
  EXPECT_EQ(answer.json.at("stakeholders").at(0).at("stakeholder"), "kommune");
  EXPECT_EQ(answer.json.at("stakeholders").at(1).at("stakeholder"), "region");
  // Region: (10 − 16) færdigbehandlingsdage × 4.054 kr. (readmissions not followed long enough yet).
  EXPECT_EQ(answer.json.at("stakeholders").at(1).at("net").at("ore"), -6 * 405400);

  const auto& assumptions = answer.json.at("assumptions");
  const auto bed_day = assumption(assumptions, "bed_day_cost");
  ASSERT_FALSE(bed_day.is_null()) << assumptions.dump(2);
  EXPECT_EQ(bed_day.at("year"), 2020);
  EXPECT_THAT(bed_day.at("value").get<std::string>(), ::testing::HasSubstr("4054"));
  EXPECT_EQ(bed_day.at("source"), "DAS mødesager 2021: sengedagstakst, regionale særlige pladser");
  EXPECT_EQ(assumption(assumptions, "place_tariff").at("year"), 2023);
  EXPECT_TRUE(has_assumption(assumptions, "awaiting_discharge_days_per_course"));
  EXPECT_THAT(answer.json.at("notes").dump(), ::testing::HasSubstr("Eksempelværdier"));
  EXPECT_THAT(answer.json.at("notes").dump(), ::testing::Not(::testing::HasSubstr("Dage i botilbud")))
      << "the botilbud baseline is not used without observed botilbud days";

  const HttpResponse csv =
      lead.get("/api/v1/reports/who-gains?unit_id=1&from=2026-01-01&to=2026-03-02&format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_THAT(csv.body, ::testing::HasSubstr("region;Netto;;;-24324,00"));
  EXPECT_THAT(csv.body, ::testing::HasSubstr("Antagelse: "));
}

// Sundhedsloven §238: the seeded payment is the law's 2016 figure, not an
// example; each færdigbehandlingsdag is priced with the figure of its year
// once the administrator adds it. The course waited 6 days over the
// baseline of 10: 30-31 Dec 2025 and 1-4 Jan 2026.
TEST_F(EconomicsApiTest, WhoGainsPricesEachDayWithItsYearsPayment) {
  moved_in_course("Pia Pris");
  TestClient lead = client_for(users::lead_a);
  const char* report = "/api/v1/reports/who-gains?unit_id=1&from=2026-01-01&to=2026-03-02";
  auto kommune_lines = [](const HttpResponse& answer) {
    return answer.json.at("stakeholders").at(0).at("lines");
  };

  const HttpResponse seeded = lead.get(report);
  ASSERT_EQ(seeded.status, 200) << seeded.body;
  const auto payment = assumption(seeded.json.at("assumptions"), "awaiting_discharge_payment");
  ASSERT_FALSE(payment.is_null()) << seeded.json.at("assumptions").dump(2);
  EXPECT_EQ(payment.at("year"), 2016);
  EXPECT_THAT(payment.at("source").get<std::string>(), ::testing::HasSubstr("Sundhedsloven §238"));
  EXPECT_THAT(payment.at("value").get<std::string>(), ::testing::HasSubstr("1976"));
  for (const auto& note : seeded.json.at("notes"))
    EXPECT_FALSE(note.get<std::string>().starts_with("Eksempelværdier") &&
                 note.get<std::string>().find("Kommunens betaling") != std::string::npos)
        << "the payment is no longer an example: " << note;
  EXPECT_THAT(seeded.json.at("notes").dump(),
              ::testing::HasSubstr("for 2025 og 2026 er ikke oprettet; tallet for 2016 er brugt"));
  ASSERT_EQ(kommune_lines(seeded).at(0).at("label_da"), "Undgåede færdigbehandlingsdage i 2025");
  EXPECT_EQ(kommune_lines(seeded).at(0).at("amount").at("ore"), -2 * 197600);
  EXPECT_EQ(kommune_lines(seeded).at(1).at("amount").at("ore"), -4 * 197600);

  TestClient admin = client_for(users::admin);
  ASSERT_EQ(admin
                .post(settings, {{"code", "awaiting_discharge_payment"},
                                 {"value", 2100},
                                 {"source", "Testtakst for 2026"},
                                 {"year", 2026}})
                .status,
            201);
  const HttpResponse yearly = lead.get(report);
  ASSERT_EQ(yearly.status, 200) << yearly.body;
  EXPECT_EQ(kommune_lines(yearly).at(0).at("price_per_day").at("ore"), 197600) << "2025 days: 2016 figure";
  EXPECT_EQ(kommune_lines(yearly).at(1).at("label_da"), "Undgåede færdigbehandlingsdage i 2026");
  EXPECT_EQ(kommune_lines(yearly).at(1).at("amount").at("ore"), -4 * 210000);
  EXPECT_THAT(yearly.json.at("notes").dump(), ::testing::HasSubstr("for 2025 er ikke oprettet"));
  int figures = 0;
  for (const auto& item : yearly.json.at("assumptions"))
    if (item.at("code") == "awaiting_discharge_payment") ++figures;
  EXPECT_EQ(figures, 2);
}

TEST_F(EconomicsApiTest, WhoGainsRespectsScopeAndHidesSmallCohorts) {
  moved_in_course("Sigurd Skjult");
  TestClient project_lead = client_for(users::project_lead);
  const HttpResponse answer = project_lead.get("/api/v1/reports/who-gains?from=2026-01-01&to=2026-03-02");
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_TRUE(answer.json.at("small_cells_suppressed"));
  EXPECT_TRUE(answer.json.at("courses").is_null());
  EXPECT_TRUE(answer.json.at("stakeholders").at(1).at("net").is_null());
  EXPECT_FALSE(answer.json.at("assumptions").empty()) << "the assumptions are never hidden";
  EXPECT_EQ(project_lead.get("/api/v1/reports/who-gains?unit_id=2").status, 403);

  TestClient other_lead_scope = client_for(users::lead_a);
  EXPECT_EQ(other_lead_scope.get("/api/v1/reports/who-gains?unit_id=2").status, 403);
  EXPECT_EQ(other_lead_scope.get("/api/v1/reports/who-gains?from=2026-02-01&to=2026-01-01").error_field(),
            "to");
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get("/api/v1/reports/who-gains").status, 403);
}

}  // namespace
}  // namespace afk::test
