// Whose referrals or courses a list holds: the route picks it from the
// caller's organisation; the access policy still decides each item.
#pragma once

#include <cstdint>

namespace afk::store {

struct ListScope {
  enum class Kind { ward, citizens_municipality, unit };
  Kind kind = Kind::unit;
  std::int64_t id = 0;  // the ward, municipality or unit
};

}  // namespace afk::store
