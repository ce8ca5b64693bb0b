#include "core/citizen_search.hpp"

#include <array>

#include "core/cpr.hpp"
#include "core/utf8.hpp"

namespace afk {

namespace {
// U+00C0–U+00FF as search letters ("" separates words: ×, ÷).
constexpr std::array<std::string_view, 64> latin1_letters{
    "a", "a", "a", "a", "ae", "aa", "ae", "c", "e",  "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o",  "o",  "oe", "",  "oe", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "ae", "aa", "ae", "c", "e",  "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o",  "o",  "oe", "",  "oe", "u", "u", "u", "u", "y", "th", "y"};

// U+0100–U+017F (Latin Extended-A), capitals and small letters alike, by base letter.
constexpr std::string_view latin_extended_a_bases =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooo"
    "oorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(latin_extended_a_bases.size() == 128);

// The search letters of one code point; nullopt when it separates words.
std::optional<std::string> search_letters(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) return std::string(1, static_cast<char>(c));
  if (c >= U'A' && c <= U'Z') return std::string(1, static_cast<char>(c - U'A' + U'a'));
  if (c == U'\'' || c == U'\u2019') return std::string();  // O'Brien, O’Brien
  if (c >= 0xC0 && c <= 0xFF) {
    const std::string_view letters = latin1_letters[c - 0xC0];
    if (letters.empty()) return std::nullopt;
    return std::string(letters);
  }
  if (c == 0x152 || c == 0x153) return "oe";  // Œ œ
  if (c == 0x132 || c == 0x133) return "ij";  // Ĳ ĳ
  if (c >= 0x100 && c <= 0x17F) return std::string(1, latin_extended_a_bases[c - 0x100]);
  return std::nullopt;
}
}  // namespace

std::vector<std::string> name_search_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto end_word = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t at = 0; at < text.size();) {
    char32_t code_point = 0;
    const std::size_t length = decode_utf8(text, at, code_point);
    if (length == 0) {  // not UTF-8: a separator, never part of a word
      end_word();
      ++at;
      continue;
    }
    at += length;
    if (const auto letters = search_letters(code_point))
      word += *letters;
    else
      end_word();
  }
  end_word();
  return words;
}

std::optional<std::string> cpr_query_digits(std::string_view query) {
  while (!query.empty() && query.front() == ' ') query.remove_prefix(1);
  while (!query.empty() && query.back() == ' ') query.remove_suffix(1);
  const auto cpr = parse_cpr(query);
  if (!cpr) return std::nullopt;
  return cpr->digits;
}

}  // namespace afk
