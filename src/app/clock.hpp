// The real clock: the only place the program reads the time.
#pragma once

#include "http/services.hpp"

namespace afk::app {

// Unix time now, and today's date in Denmark (Europe/Copenhagen).
http::Clock system_clock();

}  // namespace afk::app
