#include "http/query_string.hpp"

namespace afk::http {

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(const std::string& text) {
  std::string decoded;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      decoded += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      decoded += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  return decoded;
}
}  // namespace

std::map<std::string, std::string> parse_query_string(const std::string& query) {
  std::map<std::string, std::string> values;
  size_t at = 0;
  while (at <= query.size()) {
    size_t end = query.find('&', at);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(at, end - at);
    if (!pair.empty()) {
      const size_t equals = pair.find('=');
      if (equals == std::string::npos)
        values[percent_decode(pair)] = "";
      else
        values[percent_decode(pair.substr(0, equals))] = percent_decode(pair.substr(equals + 1));
    }
    at = end + 1;
  }
  return values;
}

}  // namespace afk::http
