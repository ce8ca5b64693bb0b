// What a citizen's fields cannot say alone (json/records/citizen_referral_records.hpp).
#include "json/codec.hpp"

namespace afk::json {

ReadError check_read(const Citizen& citizen, const std::string& path) {
  if (citizen.cpr && citizen.cpr->birth_date != citizen.birth_date)
    return make_error(ErrorKind::bad_input, "birth_date_mismatch",
                      "Fødselsdatoen passer ikke med CPR-nummeret.", join_path(path, "birth_date"));
  return std::nullopt;
}

}  // namespace afk::json
