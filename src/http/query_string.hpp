// Decodes "a=1&b=x%20y" into a map (percent-encoding and '+' as space).
#pragma once

#include <map>
#include <string>

namespace afk::http {

std::map<std::string, std::string> parse_query_string(const std::string& query);

}  // namespace afk::http
