#include "store/outbox_folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace afk::store {

bool write_outbox_file(const std::string& directory, const std::string& message_id,
                       const std::string& bundle) {
  const std::filesystem::path final_path = std::filesystem::path(directory) / (message_id + ".json");
  const std::filesystem::path temporary = std::filesystem::path(directory) / ("." + message_id + ".tmp");
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  std::size_t written = 0;
  while (written < bundle.size()) {
    const ssize_t n = ::write(fd, bundle.data() + written, bundle.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  const bool complete = written == bundle.size() && ::fsync(fd) == 0;
  ::close(fd);
  if (!complete || std::rename(temporary.c_str(), final_path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace afk::store
