// Two `afklaring serve` processes on one database, as a region runs them
// behind a load balancer (issue 12): both start at the same moment on an empty
// database; a session opened on one works on the other; the last free place
// raced through both goes to one citizen; a write through one is read through
// the other at once and an edit based on what the other had cached is refused;
// and killing one in the middle of a burst of writes loses no write it had
// acknowledged, and leaves an audit chain that verifies. Registered for both
// back ends like the rest of the HTTP suite.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "http/test_client.hpp"
#include "http/test_world.hpp"
#include "store/migrations.hpp"
#include "store/postgres_cluster.hpp"
#include "store/questionnaire_repository.hpp"
#include "store/test_database.hpp"

extern char** environ;

namespace afk::test {
namespace {
namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One `afklaring serve --port 0` on `database`, its log in `log`.
class ServerProcess {
 public:
  ServerProcess(const std::string& database, fs::path log) : log_(std::move(log)) {
    std::vector<std::string> arguments{AFK_BINARY,   "serve", "--db",    database,  "--port",          "0",
                                       "--web-root", "",      "--quiet", "--today", test_today().iso()};
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int failed = posix_spawn(&pid_, AFK_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed) throw std::runtime_error("cannot start " + std::string(AFK_BINARY));
  }
  ~ServerProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Waits until the server logs where it listens, and returns the port.
  unsigned short wait_until_listening() {
    for (int attempt = 0; attempt < 1200; ++attempt) {
      const std::string log = read_file(log_);
      if (const auto listening = log.find(R"("msg":"listening")"); listening != std::string::npos) {
        const auto port = log.find(R"("port":)", listening);
        if (port != std::string::npos) return static_cast<unsigned short>(std::stoi(log.substr(port + 7)));
      }
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = 0;
        throw std::runtime_error("the server ended before it listened: " + log);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("the server did not listen within a minute: " + read_file(log_));
  }

  // SIGKILL: no chance to finish anything.
  void kill_now() {
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = 0;
  }

 private:
  fs::path log_;
  pid_t pid_ = 0;
};

fs::path make_temp_directory() {
  std::string pattern = (fs::temp_directory_path() / "afk-two-servers-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

class TwoServersTest : public ::testing::Test {
 protected:
  ~TwoServersTest() override {
    first_.reset();
    second_.reset();
    std::error_code ignored;
    fs::remove_all(directory_, ignored);
  }

  // Starts both servers at the same moment on `address` and waits for both.
  void start_both(const std::string& address) {
    first_.emplace(address, directory_ / "first.log");
    second_.emplace(address, directory_ / "second.log");
    first_port_ = first_->wait_until_listening();
    second_port_ = second_->wait_until_listening();
  }
  // The migrated database with the test world, both servers on it.
  void start_both_on_the_test_world() {
    write_test_world(database_.pool());
    start_both(database_.address());
  }

  static TestClient log_in(unsigned short port, const char* username) {
    TestClient client(port);
    client.login(username, test_password);
    return client;
  }
  SeededCourse seed_course(const std::string& name) {
    return seed_test_course(database_.pool(), ++citizens_, world::unit_a, world::ward_a,
                            world::municipality_a, name, true);
  }

  fs::path directory_ = make_temp_directory();
  TestDatabase database_;
  std::optional<ServerProcess> first_, second_;
  unsigned short first_port_ = 0, second_port_ = 0;
  int citizens_ = 0;
};

TEST_F(TwoServersTest, BothComeUpWhenStartedTogetherOnAnEmptyDatabase) {
  const std::string empty =
      testing_on_postgres() ? fresh_postgres_database() : (directory_ / "empty.sqlite").string();
  start_both(empty);
  EXPECT_EQ(TestClient(first_port_).get("/api/v1/health").status, 200);
  EXPECT_EQ(TestClient(second_port_).get("/api/v1/health").status, 200);
  auto pool = store::open_pool(empty);
  auto connection = pool->acquire();
  EXPECT_EQ(store::migrate(*connection, empty), 0) << "the servers applied every migration";
  EXPECT_EQ(store::list_instruments(*connection).size(), 2u) << "the built-in instruments once each";
}

TEST_F(TwoServersTest, ASessionOpenedOnOneServerWorksOnTheOther) {
  start_both_on_the_test_world();
  const SeededCourse seeded = seed_course("Sara Skifte");
  TestClient on_first = log_in(first_port_, users::staff_a);
  TestClient on_second = on_first.on_port(second_port_);
  EXPECT_EQ(on_second.get("/api/v1/session").status, 200);

  // A write through the other server, with the CSRF token the first one gave.
  const HttpResponse current = on_second.get(course_path(seeded.course_id));
  ASSERT_EQ(current.status, 200) << current.body;
  const HttpResponse visit =
      on_second.post(command_path(seeded.course_id, "record-ward-visit"),
                     {{"date", test_today().iso()}, {"note", "Via den anden server."}}, current.etag());
  EXPECT_EQ(visit.status, 200) << visit.body;

  // Logged out on one server is logged out on both.
  EXPECT_EQ(on_second.remove("/api/v1/session").status, 204);
  EXPECT_EQ(on_first.get("/api/v1/session").status, 401);
}

TEST_F(TwoServersTest, TheLastFreePlaceRacedThroughBothGoesToOneCitizen) {
  start_both_on_the_test_world();
  // Unit A has one regular place; both courses have a key worker.
  const SeededCourse first = seed_course("Rita Racer");
  const SeededCourse second = seed_course("Rune Racer");
  TestClient staff = log_in(first_port_, users::staff_a);
  TestClient lead = log_in(second_port_, users::lead_a);
  const std::string first_etag = staff.get(course_path(first.course_id)).etag();
  const std::string second_etag = lead.get(course_path(second.course_id)).etag();
  const nlohmann::json move_in{{"date", test_today().iso()},
                               {"place_kind", "regular"},
                               // The race is for the place; the turn is explained.
                               {"reason_ahead_of_turn", "Aftalt på tavlemødet."}};

  const auto [first_answer, second_answer] = at_the_same_moment(
      [&] { return staff.post(command_path(first.course_id, "move-in"), move_in, first_etag); },
      [&] { return lead.post(command_path(second.course_id, "move-in"), move_in, second_etag); });

  std::vector<int> statuses{first_answer.status, second_answer.status};
  std::sort(statuses.begin(), statuses.end());
  EXPECT_EQ(statuses, (std::vector<int>{200, 409})) << first_answer.body << "\n" << second_answer.body;
  // Both servers show the same board: one occupant, the regular place taken.
  for (TestClient* client : {&staff, &lead}) {
    const HttpResponse board = client->get("/api/v1/units/" + std::to_string(world::unit_a) + "/board");
    ASSERT_EQ(board.status, 200) << board.body;
    int occupants = 0;
    for (const auto& place : board.json.at("places")) occupants += place.at("occupant").is_null() ? 0 : 1;
    EXPECT_EQ(occupants, 1) << board.body;
    EXPECT_EQ(board.json.at("free_places").at("regular"), 0);
  }
}

TEST_F(TwoServersTest, AWriteThroughOneIsReadThroughTheOtherAndItsCachedVersionIsStale) {
  start_both_on_the_test_world();
  const SeededCourse seeded = seed_course("Vera Version");
  TestClient on_first = log_in(first_port_, users::staff_a);
  TestClient on_second = log_in(second_port_, users::lead_a);

  const HttpResponse seen_by_second = on_second.get(course_path(seeded.course_id));  // now cached there
  ASSERT_EQ(seen_by_second.status, 200);
  const std::int64_t version = seen_by_second.json.at("version");
  const HttpResponse written = on_first.post(
      command_path(seeded.course_id, "record-ward-visit"),
      {{"date", test_today().iso()}, {"note", "Skrevet på den første."}}, seen_by_second.etag());
  ASSERT_EQ(written.status, 200) << written.body;

  const HttpResponse read_back = on_second.get(course_path(seeded.course_id));
  EXPECT_EQ(read_back.json.at("version"), version + 1);
  ASSERT_EQ(read_back.json.at("transition_events").size(), 1u) << read_back.body;
  EXPECT_EQ(read_back.json.at("transition_events")[0].at("note"), "Skrevet på den første.");

  ASSERT_EQ(on_first
                .post(command_path(seeded.course_id, "set-substance-use-approach"),
                      {{"approach", "Aftalt på den første."}}, read_back.etag())
                .status,
            200);
  const HttpResponse stale = on_second.post(command_path(seeded.course_id, "set-substance-use-approach"),
                                            {{"approach", "Bygget på det gamle."}}, read_back.etag());
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(stale.error_code(), "section_changed");
}

TEST_F(TwoServersTest, KillingOneMidBurstLosesNoAcknowledgedWrite) {
  start_both_on_the_test_world();
  const TestClient ward_on_first = log_in(first_port_, users::ward_a);

  // Four writers register citizens through the first server until it dies.
  struct Acknowledged {
    std::int64_t id;
    std::string name;
  };
  std::mutex mutex;
  std::vector<Acknowledged> acknowledged;
  std::atomic<int> next_index{100};
  std::vector<std::thread> writers;
  for (int writer = 0; writer < 4; ++writer)
    writers.emplace_back([&, client = ward_on_first]() mutable {
      for (;;) {
        const int index = next_index++;
        if (index >= 1000) return;
        const std::string name = "Borger Nummer " + std::to_string(index);
        HttpResponse answer;
        try {
          answer = client.post("/api/v1/citizens", {{"name", name},
                                                    {"cpr", synthetic_cpr(index)},
                                                    {"home_municipality_id", world::municipality_a}});
        } catch (const std::exception&) {
          return;  // the server is gone
        }
        if (answer.status == 0) return;
        if (answer.status != 201) continue;  // refused; acknowledged nothing
        std::lock_guard lock(mutex);
        acknowledged.push_back({answer.json.at("id"), name});
      }
    });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  for (;;) {
    {
      std::lock_guard lock(mutex);
      if (acknowledged.size() >= 25) break;
    }
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the burst did not get going";
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  first_->kill_now();  // in the middle of the burst
  for (auto& writer : writers) writer.join();
  ASSERT_LT(next_index.load(), 1000) << "the burst ended before the kill";

  // Every citizen the first server acknowledged is there, read through the second.
  TestClient ward_on_second = log_in(second_port_, users::ward_a);
  for (const Acknowledged& citizen : acknowledged) {
    const HttpResponse read = ward_on_second.get("/api/v1/citizens/" + std::to_string(citizen.id));
    ASSERT_EQ(read.status, 200) << "acknowledged citizen " << citizen.id << " is lost: " << read.body;
    EXPECT_EQ(read.json.at("name"), citizen.name);
  }
  // And the audit chain both servers wrote to still verifies.
  second_.reset();
  const std::string verify =
      std::string(AFK_BINARY) + " audit verify --db '" + database_.address() + "' > /dev/null 2>&1";
  EXPECT_EQ(std::system(verify.c_str()), 0) << "afklaring audit verify failed";
}

}  // namespace
}  // namespace afk::test
