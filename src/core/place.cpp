#include "core/place.hpp"

namespace afk {

bool is_closed_on(const Place& place, Date date) {
  for (const auto& closure : place.closures)
    if (closure.from <= date && (!closure.to || date <= *closure.to)) return true;
  return false;
}

bool is_open_on(const Place& place, Date date) { return !place.retired && !is_closed_on(place, date); }

}  // namespace afk
