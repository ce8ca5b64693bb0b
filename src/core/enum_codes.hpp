// One table per enum gives its stable snake_case code (API, storage) and its
// Danish label (screens, messages), so the two never drift apart.
#pragma once

#include <optional>
#include <string_view>

namespace afk {

template <class E>
struct EnumText {
  E value;
  std::string_view code;
  std::string_view label_da;
};

// Specialise with `static constexpr std::array<EnumText<E>, N> table{...}`.
template <class E>
struct EnumCodes;

template <class E>
constexpr std::string_view to_code(E value) {
  for (const auto& text : EnumCodes<E>::table)
    if (text.value == value) return text.code;
  return {};
}

template <class E>
constexpr std::string_view label_da(E value) {
  for (const auto& text : EnumCodes<E>::table)
    if (text.value == value) return text.label_da;
  return {};
}

template <class E>
constexpr std::optional<E> from_code(std::string_view code) {
  for (const auto& text : EnumCodes<E>::table)
    if (text.code == code) return text.value;
  return std::nullopt;
}

}  // namespace afk
