// The real clock: the only place the program reads the time.
#pragma once

#include <string>

#include "http/services.hpp"

namespace afk::app {

// Unix time now, and today's date in Denmark (Europe/Copenhagen).
http::Clock system_clock();

// The real clock, or with `today_option` (YYYY-MM-DD, the --today of serve and
// import) a clock that pretends today is that date: the date fixed, and the
// time moved by as many days, so what is stamped now (a letter, an audit entry,
// a session) falls on that day too. Throws CLI's ValidationError for a bad date.
http::Clock clock_for(const std::string& today_option);

}  // namespace afk::app
