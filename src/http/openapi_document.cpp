#include "http/openapi_document.hpp"

#include <yaml-cpp/yaml.h>

#include <string_view>
#include <utility>
#include <vector>

namespace afk::http {

const std::vector<std::pair<std::string_view, std::string_view>>& embedded_openapi_files();

namespace {
// YAML plain scalars carry no type; read them as JSON would read them.
nlohmann::json scalar_to_json(const YAML::Node& node) {
  const std::string text = node.Scalar();
  if (node.Tag() == "!") return text;  // quoted: always a string
  if (text == "true") return true;
  if (text == "false") return false;
  if (text == "null" || text == "~") return nullptr;
  if (!text.empty() && text.find_first_not_of("-0123456789") == std::string::npos && text != "-") {
    try {
      return std::stoll(text);
    } catch (...) {
    }
  }
  if (!text.empty() && text.find_first_not_of("-0123456789.eE") == std::string::npos) {
    try {
      size_t used = 0;
      const double value = std::stod(text, &used);
      if (used == text.size()) return value;
    } catch (...) {
    }
  }
  return text;
}

nlohmann::json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& entry : node) object[entry.first.Scalar()] = yaml_to_json(entry.second);
      return object;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto& item : node) array.push_back(yaml_to_json(item));
      return array;
    }
    case YAML::NodeType::Scalar:
      return scalar_to_json(node);
    default:
      return nullptr;
  }
}
}  // namespace

const nlohmann::json& openapi_document() {
  // Parsed once on first use; immutable afterwards.
  static const nlohmann::json document = yaml_to_json(YAML::Load(std::string(embedded_openapi_files().at(0).second)));
  return document;
}

}  // namespace afk::http
