// Each record's fields, declared once: one line per field names its JSON key,
// its member and (optionally) what it means. From that one list the codec
// reads the record strictly, writes it, and describes it as an OpenAPI schema
// (json/schema.hpp), so a field added to the list appears in all three — and,
// through the generated block of docs/openapi.yaml, in the web app's types.
//
//   AFK_FIELDS(Goal, "Goal",
//              field("id", &T::id),
//              field("text", &T::text, "In the citizen's own words"))
//
// `field`: required, except a std::optional member, which may be left out or
// null. `omissible`: may be left out and keeps its default (payload text that
// may stay empty). `flatten`: a record's fields inlined into the enclosing
// object (a view that adds to an aggregate, a payload that adds to a shared
// part), optionally less one field the enclosing record replaces; with
// `flatten_base<Base, T>()` the shared part is the record's base class (an
// aggregate and the command that creates it share their fields that way). A
// flattened record's own check_read does not run.
#pragma once

#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace afk::json {

// Specialised by AFK_FIELDS for every record with a field list.
template <class T>
struct Fields;

template <class T>
concept Described = requires {
  Fields<T>::name;
  Fields<T>::list;
};

template <class T>
inline constexpr bool is_optional_v = false;
template <class T>
inline constexpr bool is_optional_v<std::optional<T>> = true;

template <class Owner, class Member>
struct Field {
  std::string_view key;
  Member Owner::*member;
  bool may_be_left_out;
  std::string_view description;
  std::string_view allowed;  // the values a codebook lists, where the type does not say it
};

template <class Owner, class Inner>
struct Flattened {
  Inner Owner::*member;           // null when Inner is Owner's base class
  std::string_view replaced_key;  // a key of Inner the enclosing record writes itself; may be empty
};

// The flattened record within its owner (const or not): the member, or the base class part.
template <class Self, class Owner, class Inner>
auto& part_of(Self& owner, const Flattened<Owner, Inner>& flattened) {
  using Part = std::conditional_t<std::is_const_v<Self>, const Inner, Inner>;
  if constexpr (std::is_base_of_v<Inner, Owner>)
    return static_cast<Part&>(owner);
  else
    return owner.*flattened.member;
}

template <class Owner, class Member>
constexpr Field<Owner, Member> field(std::string_view key, Member Owner::*member,
                                     std::string_view description = {}, std::string_view allowed = {}) {
  return {key, member, is_optional_v<Member>, description, allowed};
}

template <class Owner, class Member>
constexpr Field<Owner, Member> omissible(std::string_view key, Member Owner::*member,
                                         std::string_view description = {}) {
  return {key, member, true, description, {}};
}

template <class Owner, class Inner>
constexpr Flattened<Owner, Inner> flatten(Inner Owner::*member, std::string_view replaced_key = {}) {
  static_assert(!std::is_base_of_v<Inner, Owner>, "a base class is flattened with flatten_base");
  return {member, replaced_key};
}

template <class Base, class Owner>
constexpr Flattened<Owner, Base> flatten_base() {
  static_assert(std::is_base_of_v<Base, Owner>);
  return {nullptr, {}};
}

// A member whose JSON is none of a record, an enum, a list or a scalar (a
// table row's cells by column key): specialise with its OpenAPI schema as JSON
// text, `static constexpr std::string_view schema`, beside its own `encode`.
template <class T>
struct FreeFormSchema;

template <class T>
concept FreeForm = requires {
  FreeFormSchema<T>::schema;
};

template <class T>
inline constexpr bool is_flattened_v = false;
template <class Owner, class Inner>
inline constexpr bool is_flattened_v<Flattened<Owner, Inner>> = true;

}  // namespace afk::json

// Declares Type's field list; inside it `T` names Type. `schema_name` is the
// record's name in docs/openapi.yaml when it is a top-level schema there.
#define AFK_FIELDS(Type, schema_name, ...)                \
  template <>                                             \
  struct Fields<Type> {                                   \
    using T = Type;                                       \
    static constexpr std::string_view name = schema_name; \
    static constexpr auto list = std::tuple{__VA_ARGS__}; \
  };
