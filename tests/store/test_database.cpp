#include "store/test_database.hpp"

#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

#include "store/postgres_cluster.hpp"

namespace afk::test {

bool testing_on_postgres() {
  const char* back_end = std::getenv("AFK_TEST_DATABASE");
  return back_end && std::string(back_end) == "postgres";
}

TestDatabase::TestDatabase() {
  if (testing_on_postgres()) {
    address_ = fresh_postgres_database();
  } else {
    std::string pattern = (std::filesystem::temp_directory_path() / "afk-store-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    directory_ = pattern;
    address_ = (directory_ / "afklaring.db").string();
  }
  pool_ = store::open_pool(address_);
  applied_ = store::migrate(*pool_->acquire(), address_);
}

TestDatabase::~TestDatabase() {
  pool_.reset();
  std::error_code ignored;
  if (!directory_.empty()) std::filesystem::remove_all(directory_, ignored);
}

}  // namespace afk::test
