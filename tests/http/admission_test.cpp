// A citizen's psychiatric admissions through the API: each answer says what
// the caller may do with each admission now, so the screen copies no rule.
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

}  // namespace
}  // namespace afk::test
