// Small input checks shared by the commands (internal to core).
#pragma once

#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/result.hpp"

namespace afk {

bool is_blank(std::string_view text);

// bad_input `text_required` naming `field` when `text` is blank.
Status require_text(std::string_view text, std::string field, std::string_view what_da);
// bad_input `date_in_future`: a recorded fact cannot lie after today.
Status require_not_future(Date date, Date today, std::string field);
// bad_input `date_too_early` when `date` is before `earliest`.
Status require_not_before(Date date, Date earliest, std::string field, std::string_view earliest_da);

}  // namespace afk
