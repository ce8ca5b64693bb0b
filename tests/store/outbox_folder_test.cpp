// The outbox folder: a letter's Bundle lands whole, under its message id,
// readable by the server's user only; a folder that is not there says so.
#include "store/outbox_folder.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace afk::store {
namespace {

TEST(OutboxFolder, TheBundleLandsWholeAndPrivate) {
  const auto folder = std::filesystem::temp_directory_path() / ("afk-outbox-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  ASSERT_TRUE(write_outbox_file(folder.string(), "e5000000-0000-4000-8000-000000000001",
                                R"({"resourceType":"Bundle"})"));
  const auto file = folder / "e5000000-0000-4000-8000-000000000001.json";
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), R"({"resourceType":"Bundle"})");
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u) << "a citizen's letter: the server's user only";
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()),
            1)
      << "no temporary file left behind";
  std::filesystem::remove_all(folder);
  EXPECT_FALSE(write_outbox_file(folder.string(), "e5000000-0000-4000-8000-000000000002", "{}"));
}

}  // namespace
}  // namespace afk::store
