// Every JSON answer the HTTP suite receives, kept for the contract check
// (tests/contract/validate_responses.py validates each against the schema
// docs/openapi.yaml gives for its operation and status). Written only while
// the directory exists: ctest creates it before the suite and checks it after.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace afk::test {

void record_answer(const std::string& method, const std::string& target, int status,
                   const nlohmann::json& body);

}  // namespace afk::test
