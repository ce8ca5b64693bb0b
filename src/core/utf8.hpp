// UTF-8 as the edge sees it: is a byte sequence well-formed (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), how many code
// points does it hold, and does it contain characters nobody types on
// purpose (control characters, bidirectional overrides).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace afk {

bool is_valid_utf8(std::string_view bytes);

// The code point at byte `at` into `code_point`; returns its length in bytes,
// 0 when the sequence there is not well-formed.
std::size_t decode_utf8(std::string_view bytes, std::size_t at, char32_t& code_point);

// Code points in well-formed UTF-8 (bytes that are not lead bytes are not counted).
std::size_t count_code_points(std::string_view utf8);

// The first code point that free text may not hold: C0 and C1 control
// characters except, when `allow_line_breaks`, newline, carriage return and
// tab; DEL; and the bidirectional embedding, override and isolate controls
// (U+202A–U+202E, U+2066–U+2069) that can make a name display as another.
// Expects well-formed UTF-8.
std::optional<char32_t> first_forbidden_character(std::string_view utf8, bool allow_line_breaks);

}  // namespace afk
