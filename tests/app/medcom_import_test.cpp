// `afklaring import medcom FILE...` receives MedCom HospitalNotification files
// as the API receives messages: the fixtures of a whole stay become one
// admission, an unknown citizen is ignored, an invalid file is refused naming
// the element (exit status 2) while the others are still received, and a
// second run changes nothing.
#include <gmock/gmock.h>
#include <unistd.h>

#include <filesystem>

#include "app/command_run.hpp"
#include "app/installation_secret.hpp"
#include "core/citizen.hpp"
#include "core/organisation.hpp"
#include "security/tokens.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/connection_pool.hpp"

namespace afk::app {
namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;

class MedcomImport : public ::testing::Test {
 protected:
  MedcomImport() {
    std::string pattern = (fs::temp_directory_path() / "afk-medcom-XXXXXX").string();
    directory_ = mkdtemp(pattern.data());
    database_ = (directory_ / "afklaring.sqlite").string();
  }
  ~MedcomImport() override { fs::remove_all(directory_); }

  // A migrated database with the fixtures' ward (by its SOR code) and citizen (by CPR).
  std::int64_t prepare() {
    EXPECT_EQ(afklaring("migrate --db " + shell_quoted(database_)).status, 0);
    const std::string key = installation_secret(database_, "cpr-lookup");
    auto pool = store::open_pool(database_);
    auto sql = pool->acquire();
    store::Transaction transaction(*sql);
    Municipality municipality{0, 0, "Testkommune", "0101"};
    store::insert(*sql, municipality);
    Region region{0, 0, "Testregion"};
    store::insert(*sql, region);
    Ward ward{0, 0, region.id, "Testafsnit", true, "100000000000001"};
    store::insert(*sql, ward);
    Citizen citizen = register_citizen({"Sigrid Sygehusadvis", "250947-9989", std::nullopt, municipality.id},
                                       *Date::parse_iso("2026-01-05"))
                          .value();
    store::insert_citizen(*sql, citizen, security::keyed_hash(key, "2509479989"));
    transaction.commit();
    return citizen.id;
  }

  std::string import(const std::vector<std::string>& fixtures) {
    std::string arguments = "import medcom --today 2026-03-02 --db " + shell_quoted(database_);
    for (const auto& name : fixtures)
      arguments += " " + shell_quoted(std::string(AFK_MEDCOM_FIXTURES) + "/" + name + ".json");
    last_ = afklaring(arguments);
    return last_.output;
  }

  fs::path directory_;
  std::string database_;
  CommandRun last_;
};

TEST_F(MedcomImport, FilesAreReceivedAsTheApiReceivesMessages) {
  const std::int64_t citizen_id = prepare();
  const std::string output = import({"stay-1-stin", "stay-2-stor", "invalid-missing-patient", "stay-3-slor",
                                     "stay-4-slhj", "unknown-cpr", "acute-ambulant-staa"});
  EXPECT_EQ(last_.status, 2) << output;
  EXPECT_THAT(output, HasSubstr("stay-1-stin.json: applied – Indlagt 10-02-2026"));
  EXPECT_THAT(output, HasSubstr("invalid-missing-patient.json: afvist (Patient)"));
  EXPECT_THAT(output, HasSubstr("stay-4-slhj.json: applied – Udskrevet 20-02-2026"));
  EXPECT_THAT(output, HasSubstr("unknown-cpr.json: ignored (unknown_citizen)"));
  EXPECT_THAT(output, HasSubstr("acute-ambulant-staa.json: not_an_admission"));
  EXPECT_EQ(output.find("2509479989"), std::string::npos) << "no CPR number in the output";

  auto pool = store::open_pool(database_);
  auto sql = pool->acquire();
  const Citizen citizen = store::load<Citizen>(*sql, citizen_id).value();
  ASSERT_EQ(citizen.admissions.size(), 1u);
  EXPECT_EQ(citizen.admissions[0].admitted_on, *Date::parse_iso("2026-02-10"));
  EXPECT_EQ(citizen.admissions[0].discharged_on, *Date::parse_iso("2026-02-20"));
  EXPECT_EQ(citizen.admissions[0].leaves.size(), 1u);

  EXPECT_THAT(import({"stay-1-stin", "stay-4-slhj"}), HasSubstr("stay-4-slhj.json: duplicate"));
  EXPECT_EQ(last_.status, 0);
  EXPECT_EQ(store::load<Citizen>(*sql, citizen_id)->version, citizen.version)
      << "a second run changes nothing";
}

TEST_F(MedcomImport, LettersFromTheWardAreReceivedFromFilesToo) {
  prepare();
  const std::string output = import({"letter-unknown-cpr", "letter-1-new", "letter-invalid-category"});
  EXPECT_EQ(last_.status, 2) << output;
  EXPECT_THAT(output, HasSubstr("letter-unknown-cpr.json: ignored (unknown_citizen)"));
  // The citizen is known, but no unit has the SOR code the letter is for: held for the administrator.
  EXPECT_THAT(output, HasSubstr("letter-1-new.json: held (unknown_sor_code)"));
  EXPECT_THAT(output, HasSubstr("letter-invalid-category.json: afvist (Communication.category)"));
  EXPECT_EQ(output.find("færdigbehandlet"), std::string::npos) << "no letter text in the output";
  EXPECT_THAT(import({"letter-1-new"}), HasSubstr("letter-1-new.json: duplicate"));
}

}  // namespace
}  // namespace afk::app
