// Errors are values at the core boundary. An Error carries a stable English
// code, a Danish message for the user, the field it concerns (if any) and a
// kind that the HTTP layer maps to a status code.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace afk {

enum class ErrorKind {
  bad_input,        // 400: malformed or invalid input
  unauthenticated,  // 401
  forbidden,        // 403
  not_found,        // 404
  illegal_state,    // 409: the command is not allowed in the current state
  stale_version,    // 412: the record changed since the caller read it
  too_large,        // 413
  rule_violated,    // 422: a business rule refuses the command
  too_many,         // 429: too many attempts; try again after a while
  internal,         // 500
  busy,             // 503: the server is saturated; try again shortly
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string code;                      // stable identifier, e.g. "place_not_free"
  std::string message;                   // Danish text for staff
  std::string field;                     // the input field concerned, empty when none
  std::int64_t retry_after_seconds = 0;  // too_many and busy: when to try again (Retry-After)
};

inline Error make_error(ErrorKind kind, std::string code, std::string message, std::string field = {}) {
  return Error{kind, std::move(code), std::move(message), std::move(field)};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

// For commands that return nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status ok_status() { return Done{}; }

}  // namespace afk

// The early return of every fallible step, written once. AFK_TRY declares
// `auto name = expression;` (a Result) and returns its error from the calling
// function when it failed; AFK_CHECK runs a check (a Status) and returns its
// error. The caller returns a Result, a Status, an optional<Error> or an HTTP
// answer (which an Error converts to).
#define AFK_TRY(name, ...)   \
  auto name = (__VA_ARGS__); \
  if (!name) return name.error()
#define AFK_CHECK(...) \
  if (auto afk_checked_ = (__VA_ARGS__); !afk_checked_) return afk_checked_.error()
