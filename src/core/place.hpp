// A numbered place in a unit: regular, or a guest bed for short stays. A
// place can be closed for a period (renovation, staffing) and is then
// neither available for move-in nor counted as available place-days.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/enum_codes.hpp"

namespace afk {

enum class PlaceKind { regular, guest };

template <>
struct EnumCodes<PlaceKind> {
  static constexpr std::array<EnumText<PlaceKind>, 2> table{{
      {PlaceKind::regular, "regular", "Almindelig plads"},
      {PlaceKind::guest, "guest", "Gæsteseng"},
  }};
};

struct PlaceClosure {
  std::int64_t id = 0;
  Date from;
  std::optional<Date> to;  // inclusive last closed day; open-ended when empty
  std::string reason;

  friend bool operator==(const PlaceClosure&, const PlaceClosure&) = default;
};

struct Place {
  std::int64_t id = 0;  // local to the unit, stable for the place's life
  int number = 0;       // what staff call it ("plads 3")
  PlaceKind kind = PlaceKind::regular;
  std::vector<PlaceClosure> closures;
  bool retired = false;  // taken out of use for good; kept for history
  // The first day out of use; empty for places retired before it was recorded.
  std::optional<Date> retired_on;

  friend bool operator==(const Place&, const Place&) = default;
};

bool is_closed_on(const Place& place, Date date);
// Out of use for good on `date`: retired on or before it (or retired before the day was recorded).
bool is_retired_on(const Place& place, Date date);
bool is_open_on(const Place& place, Date date);

}  // namespace afk
