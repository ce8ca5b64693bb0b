#include "core/utf8.hpp"

namespace afk {

// Unicode 15, table 3-7.
std::size_t decode_utf8(std::string_view bytes, std::size_t at, char32_t& code_point) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[at + i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // no overlong forms
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (at + length > bytes.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(i);
    const unsigned char lowest = i == 1 ? low : 0x80, highest = i == 1 ? high : 0xBF;
    if (next < lowest || next > highest) return 0;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  return length;
}

namespace {
bool is_forbidden(char32_t c, bool allow_line_breaks) {
  if (c == U'\n' || c == U'\r' || c == U'\t') return !allow_line_breaks;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  char32_t ignored = 0;
  for (std::size_t at = 0; at < bytes.size();) {
    const std::size_t length = decode_utf8(bytes, at, ignored);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

std::size_t count_code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

std::optional<char32_t> first_forbidden_character(std::string_view utf8, bool allow_line_breaks) {
  char32_t code_point = 0;
  for (std::size_t at = 0; at < utf8.size();) {
    const std::size_t length = decode_utf8(utf8, at, code_point);
    if (length == 0) return U'\uFFFD';  // not UTF-8 at all
    if (is_forbidden(code_point, allow_line_breaks)) return code_point;
    at += length;
  }
  return std::nullopt;
}

}  // namespace afk
