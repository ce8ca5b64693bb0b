// Where a citizen goes after the stay (phase 3). Shared by the course model
// and the figures, so one list means one thing everywhere.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace afk {

enum class Destination {
  own_home_without_support,
  own_home_with_support,   // §85 home support
  temporary_housing,       // §107
  long_term_housing,       // §108 / ABL §105
  shelter,                 // §110
  family,
  other,
  readmitted,
  deceased,
};

inline constexpr std::array<Destination, 9> all_destinations{
    Destination::own_home_without_support, Destination::own_home_with_support,
    Destination::temporary_housing,        Destination::long_term_housing,
    Destination::shelter,                  Destination::family,
    Destination::other,                    Destination::readmitted,
    Destination::deceased};

// Stable API/storage code, e.g. "own_home_with_support".
std::string_view destination_code(Destination destination);
std::optional<Destination> destination_from_code(std::string_view code);
// Danish label for screens and reports.
std::string_view destination_label_da(Destination destination);

}  // namespace afk
