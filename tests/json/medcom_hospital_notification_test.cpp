// Reading MedCom HospitalNotification messages: the fixtures (written from the
// implementation guide's examples) read as the events they are, and a message
// that breaks the profile is refused naming the element.
#include "json/medcom_hospital_notification.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "json/untrusted_json.hpp"

namespace afk::json {
namespace {
using medcom::HospitalActivity;

std::string fixture_text(const std::string& name) {
  std::ifstream in(std::string(AFK_MEDCOM_FIXTURES) + "/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<medcom::HospitalNotification> read(const std::string& name) {
  AFK_TRY(parsed, parse_untrusted(fixture_text(name)));
  return parse_hospital_notification(parsed.value());
}

Date d(const char* iso) { return *Date::parse_iso(iso); }

TEST(MedcomHospitalNotification, AWholeStayReadsAsItsEvents) {
  const auto admitted = read("stay-1-stin");
  ASSERT_TRUE(admitted) << admitted.error().message;
  EXPECT_EQ(admitted->message_id, "a1000000-0000-4000-8000-000000000001");
  EXPECT_EQ(admitted->activity, HospitalActivity::admit_inpatient);
  EXPECT_EQ(admitted->cpr_digits, "2509479989");
  EXPECT_EQ(admitted->episode_of_care, "ep-0001");
  EXPECT_TRUE(admitted->inpatient);
  EXPECT_EQ(admitted->started_on, d("2026-02-10"));
  EXPECT_FALSE(admitted->ended_on);
  EXPECT_EQ(admitted->service_provider_sor, "100000000000001");
  EXPECT_FALSE(admitted->earlier_message_id);

  const auto leave = read("stay-2-stor");
  ASSERT_TRUE(leave) << leave.error().message;
  EXPECT_EQ(leave->activity, HospitalActivity::start_leave);
  EXPECT_EQ(leave->status, medcom::EncounterStatus::onleave);
  EXPECT_EQ(leave->leave_started_on, d("2026-02-14"));
  EXPECT_EQ(leave->earlier_message_id, "a1000000-0000-4000-8000-000000000001");

  const auto back = read("stay-3-slor");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->leave_ended_on, d("2026-02-15"));

  const auto home = read("stay-4-slhj");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->activity, HospitalActivity::discharge_inpatient);
  EXPECT_EQ(home->ended_on, d("2026-02-20"));
}

TEST(MedcomHospitalNotification, DeathAmbulantVisitsAndCorrectionsAreRecognised) {
  const auto death = read("death-mors");
  ASSERT_TRUE(death);
  EXPECT_TRUE(medcom::reports_death(death.value()));
  const auto ambulant = read("acute-ambulant-staa");
  ASSERT_TRUE(ambulant);
  EXPECT_FALSE(ambulant->inpatient);
  EXPECT_FALSE(medcom::is_inpatient_activity(ambulant->activity));
  const auto utc = read("correction-1-stin");
  ASSERT_TRUE(utc);
  EXPECT_EQ(utc->started_on, d("2026-02-23")) << "23:30 UTC is the next day in Denmark";
  const auto cancelled = read("correction-3-an-stin");
  ASSERT_TRUE(cancelled);
  EXPECT_TRUE(medcom::is_cancellation(cancelled->activity));
  EXPECT_EQ(cancelled->earlier_message_id, "b2000000-0000-4000-8000-000000000002");
}

TEST(MedcomHospitalNotification, InvalidMessagesNameTheElement) {
  const std::pair<const char*, const char*> cases[] = {
      {"invalid-bundle-type", "Bundle.type"},
      {"invalid-missing-patient", "Patient"},
      {"invalid-unknown-activity", "Provenance.activity"},
      {"invalid-unknown-class", "Encounter.class"},
  };
  for (const auto& [name, element] : cases) {
    const auto refused = read(name);
    ASSERT_FALSE(refused) << name;
    EXPECT_EQ(refused.error().kind, ErrorKind::bad_input) << name;
    EXPECT_EQ(refused.error().field, element) << name;
  }
  EXPECT_EQ(read("invalid-malformed").error().code, "malformed_json");
}

TEST(MedcomHospitalNotification, HostileShapesAreRefusedNotTrusted) {
  auto bundle = parse_untrusted(fixture_text("stay-1-stin")).value();
  const auto refuse = [](const nlohmann::json& changed, const char* element) {
    const auto result = parse_hospital_notification(changed);
    ASSERT_FALSE(result) << element;
    EXPECT_EQ(result.error().field, element);
  };
  for (const nlohmann::json& not_a_bundle :
       {nlohmann::json(nullptr), nlohmann::json::array(), nlohmann::json(7), nlohmann::json("Bundle")})
    refuse(not_a_bundle, "Bundle.resourceType");
  auto changed = bundle;
  changed["entry"] = "none";
  refuse(changed, "Bundle.entry");
  changed = bundle;
  changed["entry"][0]["resource"]["id"] = std::string(500, 'x');
  refuse(changed, "MessageHeader.id");
  changed = bundle;
  changed["entry"][1]["resource"]["identifier"][0]["value"] = "25094799891";
  refuse(changed, "Patient.identifier");
  changed = bundle;
  changed["entry"][2]["resource"]["period"]["start"] = "2026-02-31T09:00:00+01:00";
  refuse(changed, "Encounter.period.start");
  changed = bundle;
  changed["entry"][2]["resource"]["period"]["end"] = "2026-01-01T09:00:00+01:00";
  refuse(changed, "Encounter.period.end");
  changed = bundle;
  changed["entry"][2]["resource"]["episodeOfCare"] = nlohmann::json::array();
  refuse(changed, "Encounter.episodeOfCare");
  changed = bundle;
  changed["entry"][3]["resource"]["identifier"][0]["value"] = "SOR-not-digits";
  refuse(changed, "Encounter.serviceProvider");
  auto discharge = parse_untrusted(fixture_text("stay-4-slhj")).value();
  discharge["entry"][2]["resource"]["period"].erase("end");
  refuse(discharge, "Encounter.period.end");
  auto leave = parse_untrusted(fixture_text("stay-3-slor")).value();
  leave["entry"][2]["resource"].erase("extension");
  refuse(leave, "Encounter.extension.leavePeriod");
  changed = bundle;
  changed["entry"][0]["resource"]["focus"][0]["reference"] = "Encounter/elsewhere";
  refuse(changed, "MessageHeader.focus");
  changed = bundle;
  changed["entry"].push_back(changed["entry"][0]);
  refuse(changed, "MessageHeader");
  changed = bundle;
  changed["entry"][5]["resource"]["target"][0]["reference"] = "MessageHeader/another";
  refuse(changed, "Provenance");
}

}  // namespace
}  // namespace afk::json
