// Random tokens for sessions and CSRF, and the one-way hash under which a
// session token is stored.
#pragma once

#include <string>
#include <string_view>

namespace afk::security {

// 32 random bytes as URL-safe base64 without padding.
std::string random_token();
// A random UUID (version 4), lower case: MedCom's message and segment ids.
std::string random_uuid();
// Hex of BLAKE2b(token): what the sessions table stores.
std::string token_hash(std::string_view token);
// Constant-time comparison of two strings.
bool equal_in_constant_time(std::string_view a, std::string_view b);
// Hex of keyed BLAKE2b(key, text): stable lookups (e.g. CPR) and pseudonyms
// that cannot be reversed without the key.
std::string keyed_hash(std::string_view key, std::string_view text);

}  // namespace afk::security
