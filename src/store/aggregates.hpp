// Load, insert and version-checked update of every aggregate, written once
// as templates over AggregateTraits (table, key columns, JSON mapping).
#pragma once

#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/course.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "core/unit.hpp"
#include "json/aggregates.hpp"
#include "store/document_cache.hpp"
#include "store/document_table.hpp"

namespace afk::store {

template <class T>
struct AggregateTraits;

#define AFK_AGGREGATE_TRAITS(Type, table_name, parser)                             \
  template <>                                                                      \
  struct AggregateTraits<Type> {                                                   \
    static constexpr const char* table = table_name;                               \
    static KeyColumns keys(const Type& value);                                     \
    static Result<Type> parse(const nlohmann::json& json) { return parser(json); } \
  };

AFK_AGGREGATE_TRAITS(Municipality, "municipalities", json::parse_municipality)
AFK_AGGREGATE_TRAITS(Region, "regions", json::parse_region)
AFK_AGGREGATE_TRAITS(Ward, "wards", json::parse_ward)
AFK_AGGREGATE_TRAITS(Unit, "units", json::parse_unit)
AFK_AGGREGATE_TRAITS(Citizen, "citizens", json::parse_citizen)
AFK_AGGREGATE_TRAITS(Referral, "referrals", json::parse_referral)
AFK_AGGREGATE_TRAITS(Course, "courses", json::parse_course)
AFK_AGGREGATE_TRAITS(CooperationAgreement, "cooperation_agreements", json::parse_cooperation_agreement)
AFK_AGGREGATE_TRAITS(medcom::Letter, "letters", json::parse_letter)
#undef AFK_AGGREGATE_TRAITS

// Runs after every insert and update of T in the same transaction, so read
// models derived from the aggregate (the report facts, the boards' versions)
// stay in step. A no-op unless specialised; the specialisations live in
// store/read_models.cpp.
template <class T>
void after_save(SqlConnection&, const T&) {}
template <>
void after_save(SqlConnection& sql, const Citizen& value);
template <>
void after_save(SqlConnection& sql, const Referral& value);
template <>
void after_save(SqlConnection& sql, const Course& value);
template <>
void after_save(SqlConnection& sql, const Unit& value);

// A stored document that no longer parses is a server fault, not the user's.
[[noreturn]] void throw_corrupt(const std::string& table, std::int64_t id, const Error& error);

template <class T>
T from_stored(const StoredDocument& stored) {
  auto parsed = AggregateTraits<T>::parse(nlohmann::json::parse(stored.document));
  if (!parsed) throw_corrupt(AggregateTraits<T>::table, stored.id, parsed.error());
  T value = std::move(parsed).value();
  value.id = stored.id;
  value.version = stored.version;
  return value;
}

// Stores a new aggregate; sets its id and version 1.
template <class T>
void insert(SqlConnection& sql, T& value) {
  value.version = 1;
  value.id = insert_document(sql, AggregateTraits<T>::table, AggregateTraits<T>::keys(value),
                             json::to_json(value).dump());
  after_save(sql, value);
}

// The aggregate with this id and version: from the connection's document
// cache when it was parsed before, otherwise read, parsed and remembered
// (unless inside a write transaction, which could still roll back).
template <class T>
std::optional<T> load_version_of(SqlConnection& sql, std::int64_t id, std::int64_t version) {
  const std::string table = AggregateTraits<T>::table;
  DocumentCache* cache = sql.document_cache();
  if (cache) {
    if (auto cached = cache->find(table, id, version)) return *std::static_pointer_cast<const T>(cached);
  }
  auto stored = load_document(sql, table, id);
  if (!stored) return std::nullopt;
  T value = from_stored<T>(*stored);
  if (cache && !sql.in_write_transaction())
    cache->put(table, id, stored->version, std::make_shared<const T>(value));
  return value;
}

template <class T>
Result<T> load(SqlConnection& sql, std::int64_t id) {
  const auto version = load_version(sql, AggregateTraits<T>::table, id);
  std::optional<T> value;
  if (version) value = load_version_of<T>(sql, id, *version);
  if (!value) return make_error(ErrorKind::not_found, "not_found", "Posten findes ikke.");
  return std::move(*value);
}

// Saves `value` if the stored version is still `expected_version`; bumps
// value.version on success, refuses with stale_version otherwise.
template <class T>
Status update(SqlConnection& sql, T& value, std::int64_t expected_version) {
  AFK_TRY(version, update_document(sql, AggregateTraits<T>::table, value.id, expected_version,
                                   AggregateTraits<T>::keys(value), json::to_json(value).dump()));
  value.version = version.value();
  after_save(sql, value);
  return ok_status();
}

template <class T>
std::vector<T> select(SqlConnection& sql, const std::string& where,
                      const std::vector<SqlValue>& params = {}) {
  std::vector<T> values;
  for (const auto& [id, version] : select_versions(sql, AggregateTraits<T>::table, where, params))
    if (auto value = load_version_of<T>(sql, id, version)) values.push_back(std::move(*value));
  return values;
}

template <class T>
std::vector<T> select_all(SqlConnection& sql) {
  return select<T>(sql, "1 = 1");
}

// Place ids of `unit_id` occupied now by courses other than `except_course_id`.
std::vector<std::int64_t> occupied_place_ids(SqlConnection& sql, std::int64_t unit_id,
                                             std::int64_t except_course_id = 0);

}  // namespace afk::store
