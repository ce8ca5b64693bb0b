#include "security/passwords.hpp"

#include <sodium.h>

#include <stdexcept>

namespace afk::security {

void initialise() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string hash_password(const std::string& password) {
  char hash[crypto_pwhash_STRBYTES];
  // INTERACTIVE limits: libsodium's recommended minimum for online logins.
  if (crypto_pwhash_str(hash, password.c_str(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return hash;
}

bool verify_password(const std::string& password, const std::string& stored_hash) {
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.c_str(), password.size()) == 0;
}

}  // namespace afk::security
