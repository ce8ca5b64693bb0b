#include "json/aggregates.hpp"

namespace afk::json {

Json error_to_json(const Error& error) {
  return Json{{"error", {{"code", error.code}, {"message", error.message}, {"field", error.field}}}};
}

}  // namespace afk::json
