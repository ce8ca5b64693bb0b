// The limits on what a client may send, declared once and looked up by the
// name of the field: how long a text may be and whether it may span lines,
// and the range a number must lie in. The HTTP edge checks every string and
// number of every request body and query against this table before any
// handler runs; docs/openapi.yaml carries the same figures as maxLength,
// minimum and maximum (a test compares them).
//
// A field that is not named here still has a limit: single-line text of at
// most `default_text_limit` characters and numbers within ±1e9 — large enough
// for every quantity in the domain, small enough that no product of two of
// them overflows a 64-bit øre amount.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace afk {

enum class TextKind {
  single_line,  // names, codes, short answers: no control characters at all
  free_text,    // notes and descriptions: newline, carriage return and tab allowed
};

struct TextLimit {
  std::string_view field;
  std::size_t max_characters;  // Unicode code points
  TextKind kind;
};

struct NumberLimit {
  std::string_view field;
  double minimum;
  double maximum;
};

inline constexpr std::size_t default_text_limit = 200;
inline constexpr double default_number_bound = 1e9;
// The longest field name (JSON key or query parameter) worth reading.
inline constexpr std::size_t max_field_name_length = 64;
// How deeply request JSON may nest; the deepest payload we accept has 5 levels.
inline constexpr int max_json_depth = 64;

TextLimit text_limit(std::string_view field);
NumberLimit number_limit(std::string_view field);

// Every named limit, for the comparison with the OpenAPI document.
std::span<const TextLimit> declared_text_limits();
std::span<const NumberLimit> declared_number_limits();

// bad_input naming `path` when `text` breaks the limit of `field`:
// `invalid_utf8`, `text_too_long` or `forbidden_character`.
Status check_text(std::string_view field, std::string_view text, const std::string& path);
// bad_input `number_out_of_range` naming `path`; NaN and infinities are out of every range.
Status check_number(std::string_view field, double value, const std::string& path);
// bad_input `invalid_field_name` for a key that is not short, printable UTF-8.
Status check_field_name(std::string_view name, const std::string& path);

}  // namespace afk
