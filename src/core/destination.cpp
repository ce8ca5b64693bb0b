#include "core/destination.hpp"

namespace afk {

namespace {
struct DestinationText {
  Destination destination;
  std::string_view code;
  std::string_view label_da;
};

constexpr std::array<DestinationText, 9> destination_texts{{
    {Destination::own_home_without_support, "own_home_without_support", "Eget hjem uden støtte"},
    {Destination::own_home_with_support, "own_home_with_support", "Eget hjem med støtte (§ 85)"},
    {Destination::temporary_housing, "temporary_housing", "Midlertidigt botilbud (§ 107)"},
    {Destination::long_term_housing, "long_term_housing", "Længerevarende botilbud (§ 108 / ABL § 105)"},
    {Destination::shelter, "shelter", "Forsorgshjem (§ 110)"},
    {Destination::family, "family", "Familie"},
    {Destination::other, "other", "Andet"},
    {Destination::readmitted, "readmitted", "Genindlagt"},
    {Destination::deceased, "deceased", "Død"},
}};
}  // namespace

std::string_view destination_code(Destination destination) {
  return destination_texts[static_cast<size_t>(destination)].code;
}

std::string_view destination_label_da(Destination destination) {
  return destination_texts[static_cast<size_t>(destination)].label_da;
}

std::optional<Destination> destination_from_code(std::string_view code) {
  for (const auto& text : destination_texts)
    if (text.code == code) return text.destination;
  return std::nullopt;
}

}  // namespace afk
