// The demo's questionnaire answers: WHO-5 and Brief INSPIRE at move-in,
// move-out and follow-up, never in the future, valid for their instrument,
// the same for the same seed, and enough pairs for the change report.
#include "app/demo_questionnaires.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "app/demo_world.hpp"
#include "core/numbers/paired_change.hpp"
#include "core/numbers/standard_instruments.hpp"
#include "store/aggregates.hpp"
#include "store/connection_pool.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::app {
namespace {

class DemoQuestionnairesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("afk_demo_questionnaires_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".sqlite");
    remove_files();
    options_.today = *Date::parse_iso("2026-03-02");
    world_ = build_demo_world(options_);
  }
  void TearDown() override { remove_files(); }
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
  }

  template <class T>
  static void insert_all(store::SqlConnection& sql, std::vector<T>& values) {
    for (T& value : values) store::insert(sql, value);
  }

  // The demo world and its answers written to a fresh database; the answers as facts.
  std::vector<store::StoredResponse> written(std::uint64_t seed, int* count) {
    remove_files();
    auto pool = store::open_sqlite_pool(path_.string());
    auto sql = pool->acquire();
    store::migrate_sqlite(*sql);
    store::Transaction transaction(*sql);
    DemoWorld world = world_;
    insert_all(*sql, world.municipalities);
    insert_all(*sql, world.regions);
    insert_all(*sql, world.wards);
    insert_all(*sql, world.units);
    insert_all(*sql, world.citizens);
    insert_all(*sql, world.referrals);
    insert_all(*sql, world.courses);
    *count = write_demo_questionnaires(*sql, world.courses, seed, options_.today);
    transaction.commit();
    std::vector<store::StoredResponse> responses;
    for (const char* code : {"who5", "brief_inspire"}) {
      store::ResponseFilter filter;
      filter.instrument_code = code;
      for (auto& response : store::select_responses(*sql, filter)) responses.push_back(std::move(response));
    }
    return responses;
  }

  std::filesystem::path path_;
  DemoOptions options_;
  DemoWorld world_;
};

TEST_F(DemoQuestionnairesTest, AnswersAreValidDatedAndPairedForTheReport) {
  int count = 0;
  const auto responses = written(2024, &count);
  ASSERT_EQ(static_cast<int>(responses.size()), count);
  ASSERT_GT(count, 0);
  const auto who5 = numbers::who5_definition();
  const auto inspire = numbers::brief_inspire_definition();
  std::vector<numbers::ResponseFacts> who5_facts;
  for (const auto& response : responses) {
    EXPECT_LE(response.document.answered_on, options_.today);
    const auto& definition = response.document.instrument_code == "who5" ? who5 : inspire;
    EXPECT_TRUE(numbers::validate_answers(definition, response.document.answers).empty());
    if (response.document.instrument_code == "who5") who5_facts.push_back(store::to_facts(response));
  }
  const auto out =
      numbers::paired_change(who5, who5_facts, numbers::TimePoint::move_in, numbers::TimePoint::move_out);
  const auto follow_up =
      numbers::paired_change(who5, who5_facts, numbers::TimePoint::move_in, numbers::TimePoint::follow_up);
  EXPECT_GE(out.pairs, 5) << "enough pairs to show past small-cell suppression";
  EXPECT_GE(follow_up.pairs, 5);
  EXPECT_TRUE(out.ci95_low.has_value());
}

TEST_F(DemoQuestionnairesTest, IsTheSameForTheSameSeed) {
  int first_count = 0, second_count = 0;
  const auto first = written(2024, &first_count);
  const auto second = written(2024, &second_count);
  ASSERT_EQ(first_count, second_count);
  for (std::size_t i = 0; i < first.size(); ++i)
    EXPECT_EQ(json::to_json(first[i].document), json::to_json(second[i].document));
}

}  // namespace
}  // namespace afk::app
