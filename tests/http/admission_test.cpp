// A citizen's psychiatric admissions through the API: each answer says what
// the caller may do with each admission now, so the screen copies no rule;
// and an admission is entered once: the stay follows it, and the course's
// pause, resumption and move-in are recorded as admissions and discharges.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class AdmissionTest : public ApiTest {};

std::vector<std::string> commands_of(const nlohmann::json& object) {
  return object.at("legal_commands").get<std::vector<std::string>>();
}

TEST_F(AdmissionTest, EachAdmissionSaysWhatItsStateOffersUntilItIsDischarged) {
  TestClient ward = client_for(users::ward_a);
  const HttpResponse registered = ward.post(
      "/api/v1/citizens", {{"name", "Ib Indlagt"}, {"cpr", "111280-1235"}, {"home_municipality_id", 1}});
  ASSERT_EQ(registered.status, 201) << registered.body;
  const std::string citizen =
      "/api/v1/citizens/" + std::to_string(registered.json.at("id").get<std::int64_t>());
  const HttpResponse read = ward.get(citizen);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_THAT(commands_of(read.json), ElementsAre("record-admission"));

  const HttpResponse admitted =
      ward.post(citizen + "/admissions", {{"ward_id", world::ward_a}, {"admitted_on", days_from_today(-10)}},
                read.etag());
  ASSERT_EQ(admitted.status, 200) << admitted.body;
  const nlohmann::json admission = admitted.json.at("admissions").at(0);
  EXPECT_THAT(commands_of(admission), ElementsAre("ready-for-discharge", "discharge"));
  const std::string path = citizen + "/admissions/" + std::to_string(admission.at("id").get<std::int64_t>());

  // A date before the admission is refused with the server's Danish message, naming the field.
  const HttpResponse too_early = ward.post(
      path + "/ready-for-discharge", {{"ready_for_discharge_on", days_from_today(-11)}}, admitted.etag());
  EXPECT_EQ(too_early.status, 400) << too_early.body;
  EXPECT_EQ(too_early.error_field(), "ready_for_discharge_on");

  const HttpResponse ready = ward.post(path + "/ready-for-discharge",
                                       {{"ready_for_discharge_on", days_from_today(-2)}}, admitted.etag());
  ASSERT_EQ(ready.status, 200) << ready.body;
  EXPECT_THAT(commands_of(ready.json.at("admissions").at(0)), ElementsAre("discharge"));

  const HttpResponse discharged = ward.post(path + "/discharge", {{"discharged_on", today()}}, ready.etag());
  ASSERT_EQ(discharged.status, 200) << discharged.body;
  EXPECT_THAT(commands_of(discharged.json.at("admissions").at(0)), IsEmpty());
  EXPECT_EQ(discharged.json.at("admissions").at(0).at("discharged_on"), today());
}

TEST_F(AdmissionTest, AnAdmissionIsEnteredOnceAndTheStayAndTheCitizenAgree) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Eva Enkelt", true);
  TestClient staff = client_for(users::staff_a);
  const std::string citizen = "/api/v1/citizens/" + std::to_string(seeded.citizen_id);
  const auto admissions = [&] { return staff.get(citizen).json.at("admissions"); };
  const auto pauses = [&] { return staff.get(course_path(seeded.course_id)).json.at("admission_pauses"); };

  // Referred from hospital: the index admission is open until the move-in discharges it.
  ASSERT_EQ(
      staff
          .post(citizen + "/admissions", {{"ward_id", world::ward_a}, {"admitted_on", days_from_today(-20)}},
                staff.get(citizen).etag())
          .status,
      200);
  const HttpResponse moved_in =
      staff.post(command_path(seeded.course_id, "move-in"), {{"date", today()}, {"place_kind", "regular"}},
                 staff.get(course_path(seeded.course_id)).etag());
  ASSERT_EQ(moved_in.status, 200) << moved_in.body;
  ASSERT_EQ(admissions().size(), 1u);
  EXPECT_EQ(admissions().at(0).at("discharged_on"), today()) << "no citizen moves in while still admitted";

  // Readmitted (entered by the ward on the citizen): the stay is paused in the same step.
  TestClient ward = client_for(users::ward_a);
  const HttpResponse readmitted =
      ward.post(citizen + "/admissions", {{"ward_id", world::ward_a}, {"admitted_on", today()}},
                ward.get(citizen).etag());
  ASSERT_EQ(readmitted.status, 200) << readmitted.body;
  ASSERT_EQ(pauses().size(), 1u);
  EXPECT_EQ(pauses().at(0).at("admitted_on"), today());
  EXPECT_TRUE(pauses().at(0).at("resumed_on").is_null());

  // The discharge resumes it.
  const std::int64_t admission_id = readmitted.json.at("admissions").at(1).at("id");
  const HttpResponse discharged =
      ward.post(citizen + "/admissions/" + std::to_string(admission_id) + "/discharge",
                {{"discharged_on", today()}}, readmitted.etag());
  ASSERT_EQ(discharged.status, 200) << discharged.body;
  EXPECT_EQ(pauses().at(0).at("resumed_on"), today());

  // A pause recorded on the course (no If-Match: it only adds) is the admission on the citizen.
  const HttpResponse paused = staff.post(command_path(seeded.course_id, "pause-for-admission"),
                                         {{"admitted_on", today()}, {"note", ""}});
  ASSERT_EQ(paused.status, 200) << paused.body;
  ASSERT_EQ(admissions().size(), 3u);
  EXPECT_EQ(admissions().at(2).at("ward_id"), world::ward_a) << "at the ward the citizen was referred from";
  EXPECT_TRUE(admissions().at(2).at("discharged_on").is_null());
  const HttpResponse resumed =
      staff.post(command_path(seeded.course_id, "resume-after-admission"), {{"resumed_on", today()}});
  ASSERT_EQ(resumed.status, 200) << resumed.body;
  EXPECT_EQ(admissions().at(2).at("discharged_on"), today());
  EXPECT_EQ(pauses().size(), 2u);
}

TEST_F(AdmissionTest, FaerdigmeldtIsOneDateWhereverItIsEntered) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Frida Færdig", true);
  TestClient staff = client_for(users::staff_a);
  TestClient ward = client_for(users::ward_a);
  const std::string citizen = "/api/v1/citizens/" + std::to_string(seeded.citizen_id);
  const HttpResponse admitted =
      ward.post(citizen + "/admissions", {{"ward_id", world::ward_a}, {"admitted_on", days_from_today(-20)}},
                ward.get(citizen).etag());
  ASSERT_EQ(admitted.status, 200) << admitted.body;
  const std::string admission =
      citizen + "/admissions/" +
      std::to_string(admitted.json.at("admissions").at(0).at("id").get<std::int64_t>());

  // The ward færdigmelds on the admission: the course waiting on it shows the date.
  const HttpResponse declared = ward.post(admission + "/ready-for-discharge",
                                          {{"ready_for_discharge_on", days_from_today(-3)}}, admitted.etag());
  ASSERT_EQ(declared.status, 200) << declared.body;
  EXPECT_EQ(staff.get(course_path(seeded.course_id)).json.at("ready_for_discharge_on"), days_from_today(-3));

  // The unit corrects it on the course: the admission says the same.
  const HttpResponse corrected =
      staff.post(command_path(seeded.course_id, "set-ready-for-discharge"), {{"date", days_from_today(-2)}},
                 staff.get(course_path(seeded.course_id)).etag());
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(corrected.json.at("ready_for_discharge_on"), days_from_today(-2));
  EXPECT_EQ(staff.get(citizen).json.at("admissions").at(0).at("ready_for_discharge_on"), days_from_today(-2));

  // A date the admission refuses is refused on the course too, and changes neither.
  const HttpResponse too_early = staff.post(command_path(seeded.course_id, "set-ready-for-discharge"),
                                            {{"date", days_from_today(-30)}}, corrected.etag());
  EXPECT_EQ(too_early.status, 400) << too_early.body;
  EXPECT_EQ(staff.get(course_path(seeded.course_id)).json.at("ready_for_discharge_on"), days_from_today(-2));
  EXPECT_EQ(staff.get(citizen).json.at("admissions").at(0).at("ready_for_discharge_on"), days_from_today(-2));
}

}  // namespace
}  // namespace afk::test
