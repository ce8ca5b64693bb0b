// Several servers started at the same moment on one empty database all come
// up: migrations, the built-in instruments and the installation secrets are
// each created once, whoever gets there first (issue 12 saw "UNIQUE
// constraint failed: instruments.code" from two `afklaring serve`) — on a
// SQLite file and on PostgreSQL alike.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "app/database_option.hpp"
#include "app/installation_secret.hpp"
#include "store/postgres_cluster.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::app {
namespace {

// Four servers open one new database at the same moment, `rounds` times.
void expect_all_come_up(const std::function<std::string(int round)>& new_database, int rounds) {
  constexpr int servers = 4;
  for (int round = 0; round < rounds; ++round) {
    const std::string path = new_database(round);
    std::atomic<int> ready{0};
    std::vector<std::string> failures(servers), secrets(servers);
    std::vector<std::thread> threads;
    for (int server = 0; server < servers; ++server)
      threads.emplace_back([&, server] {
        ++ready;
        while (ready < servers) std::this_thread::yield();  // start together
        try {
          open_database(path);
          secrets[server] = installation_secret(path, "cpr-lookup");
        } catch (const std::exception& error) {
          failures[server] = error.what();
        }
      });
    for (auto& thread : threads) thread.join();
    for (const auto& failure : failures) EXPECT_EQ(failure, "") << "round " << round;
    EXPECT_EQ(std::set<std::string>(secrets.begin(), secrets.end()).size(), 1u) << "one secret for all";
    auto pool = open_database(path);
    auto connection = pool->acquire();
    EXPECT_EQ(store::list_instruments(*connection).size(), 2u) << "WHO-5 and Brief INSPIRE once each";
  }
}

TEST(ConcurrentStart, ServersOpeningOneEmptySqliteFileTogetherAllComeUp) {
  std::string pattern = (std::filesystem::temp_directory_path() / "afk-concurrent-start-XXXXXX").string();
  const std::filesystem::path directory = mkdtemp(pattern.data());
  expect_all_come_up(
      [&](int round) { return (directory / ("db" + std::to_string(round) + ".sqlite")).string(); }, 8);
  std::filesystem::remove_all(directory);
}

TEST(ConcurrentStart, ServersOpeningOneEmptyPostgresDatabaseTogetherAllComeUp) {
  expect_all_come_up([](int) { return test::fresh_postgres_database(); }, 3);
}

}  // namespace
}  // namespace afk::app
