// Password hashing with argon2id (libsodium's crypto_pwhash_str).
#pragma once

#include <string>

namespace afk::security {

// Must be called once before any other function here (idempotent).
void initialise();
std::string hash_password(const std::string& password);
bool verify_password(const std::string& password, const std::string& stored_hash);

}  // namespace afk::security
