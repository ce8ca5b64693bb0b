// Running the program itself, as an operator does, from the app tests.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace afk::app {

struct CommandRun {
  int status = -1;
  std::string output;  // standard output and error
};

inline CommandRun afklaring(const std::string& arguments) {
  CommandRun run;
  FILE* pipe = popen((std::string(AFK_BINARY) + " " + arguments + " 2>&1").c_str(), "r");
  char buffer[4096];
  for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
    run.output.append(buffer, read);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

inline std::string shell_quoted(const std::string& text) { return "'" + text + "'"; }

}  // namespace afk::app
