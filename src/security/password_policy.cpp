#include "security/password_policy.hpp"

#include <pwquality.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>

#include "core/utf8.hpp"

namespace afk::security {

namespace {
// cracklib keeps static state while it checks; one check at a time.
std::mutex& check_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::string message_da(int code) {
  switch (code) {
    case PWQ_ERROR_MIN_LENGTH:
      return "Adgangskoden skal have mindst 12 tegn.";
    case PWQ_ERROR_USER_CHECK:
      return "Adgangskoden må ikke indeholde brugernavnet.";
    case PWQ_ERROR_BAD_WORDS:
    case PWQ_ERROR_GECOS_CHECK:
      return "Adgangskoden må ikke indeholde dit navn eller systemets navn.";
    case PWQ_ERROR_SAME_PASSWORD:
      return "Den nye adgangskode skal være en anden end den gamle.";
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_ROTATED:
      return "Den nye adgangskode ligner den gamle for meget.";
    case PWQ_ERROR_PALINDROME:
      return "Adgangskoden må ikke være ens forfra og bagfra.";
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_MAX_SEQUENCE:
      return "Adgangskoden må ikke bestå af gentagelser eller rækkefølger som \"aaaa\" eller \"1234\".";
    case PWQ_ERROR_CRACKLIB_CHECK:
      return "Adgangskoden er for let at gætte: den bygger på et ord fra en ordbog eller har for få "
             "forskellige tegn. Brug fx flere ord, som ikke hører sammen.";
    default:
      return "Adgangskoden er for let at gætte. Vælg en længere adgangskode med flere forskellige tegn.";
  }
}

// The password without the digits and signs at either end: "password1234" -> "password".
std::string letters_core(const std::string& password) {
  const auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); };
  const auto first = std::find_if(password.begin(), password.end(), is_letter);
  const auto last = std::find_if(password.rbegin(), password.rend(), is_letter).base();
  return first < last ? std::string(first, last) : std::string();
}

using Settings = std::unique_ptr<pwquality_settings_t, decltype(&pwquality_free_settings)>;

Settings policy_settings(const PasswordContext& context) {
  Settings settings(pwquality_default_settings(), &pwquality_free_settings);
  if (!settings) return settings;
  // The figures are ours, not the machine's /etc/security/pwquality.conf.
  pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, static_cast<int>(min_password_characters));
  for (const int credit :
       {PWQ_SETTING_DIG_CREDIT, PWQ_SETTING_UP_CREDIT, PWQ_SETTING_LOW_CREDIT, PWQ_SETTING_OTH_CREDIT})
    pwquality_set_int_value(settings.get(), credit, 0);
  pwquality_set_int_value(settings.get(), PWQ_SETTING_MAX_REPEAT, 4);
  pwquality_set_int_value(settings.get(), PWQ_SETTING_MAX_SEQUENCE, 4);
  pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, 1);
  pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_CHECK, 1);
  pwquality_set_int_value(settings.get(), PWQ_SETTING_GECOS_CHECK, 0);  // no system account behind our users
  std::string bad_words = "afklaring " + context.display_name;
  pwquality_set_str_value(settings.get(), PWQ_SETTING_BAD_WORDS, bad_words.c_str());
  return settings;
}
}  // namespace

std::optional<std::string> password_problem_da(const std::string& password, const PasswordContext& context) {
  // Characters, not bytes: "æ" is one character.
  if (count_code_points(password) < min_password_characters) return message_da(PWQ_ERROR_MIN_LENGTH);
  std::lock_guard lock(check_mutex());
  const Settings settings = policy_settings(context);
  if (!settings) return message_da(PWQ_ERROR_MEM_ALLOC);
  // No auxiliary error: it is cracklib's English text, and we show our own.
  const int score =
      pwquality_check(settings.get(), password.c_str(),
                      context.previous_password.empty() ? nullptr : context.previous_password.c_str(),
                      context.username.c_str(), nullptr);
  if (score < 0) return message_da(score);
  // cracklib lets "password1234" through: a dictionary word with digits or
  // signs around it is checked again without them.
  const std::string stem = letters_core(password);
  if (stem.size() >= 4 && stem.size() < password.size()) {
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, 6);
    if (pwquality_check(settings.get(), stem.c_str(), nullptr, nullptr, nullptr) == PWQ_ERROR_CRACKLIB_CHECK)
      return message_da(PWQ_ERROR_CRACKLIB_CHECK);
  }
  return std::nullopt;
}

}  // namespace afk::security
