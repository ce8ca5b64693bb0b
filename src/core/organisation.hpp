// The organisations around a course: municipalities (kommuner) own units;
// regions own psychiatric wards that refer citizens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace afk {

struct Municipality {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string name;
  std::string code;  // the official four-digit kommunekode, e.g. "0101"

  friend bool operator==(const Municipality&, const Municipality&) = default;
};

struct Region {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string name;

  friend bool operator==(const Region&, const Region&) = default;
};

struct Ward {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::int64_t region_id = 0;
  std::string name;
  // The model only takes referrals from regional psychiatry.
  bool psychiatric = true;
  // The ward's code in the Sundhedsvæsenets Organisationsregister: how MedCom
  // messages name it (Encounter.serviceProvider). None until it is entered.
  std::optional<std::string> sor_code = std::nullopt;

  friend bool operator==(const Ward&, const Ward&) = default;
};

}  // namespace afk
