// The password policy, by libpwquality and its cracklib dictionary: at least
// 12 characters, not built on the username or the person's name, not a
// dictionary word or a simple variation of one, not a run of one character,
// and not the password it replaces. Messages are Danish, for the person
// choosing the password.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace afk::security {

inline constexpr std::size_t min_password_characters = 12;

struct PasswordContext {
  std::string username;
  std::string display_name;
  std::string previous_password;  // empty when there is none to compare with
};

// nullopt when the password may be used, otherwise why not (Danish).
std::optional<std::string> password_problem_da(const std::string& password, const PasswordContext& context);

}  // namespace afk::security
