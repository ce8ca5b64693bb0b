#include "core/place.hpp"

namespace afk {

bool is_closed_on(const Place& place, Date date) {
  for (const auto& closure : place.closures)
    if (closure.from <= date && (!closure.to || date <= *closure.to)) return true;
  return false;
}

bool is_retired_on(const Place& place, Date date) {
  return place.retired && (!place.retired_on || *place.retired_on <= date);
}

bool is_open_on(const Place& place, Date date) {
  return !is_retired_on(place, date) && !is_closed_on(place, date);
}

}  // namespace afk
