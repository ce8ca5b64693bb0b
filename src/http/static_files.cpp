#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace afk::http {

namespace {
std::string content_type_for(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".js") return "text/javascript; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".ico") return "image/x-icon";
  if (extension == ".json") return "application/json";
  if (extension == ".woff2") return "font/woff2";
  return "application/octet-stream";
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}
}  // namespace

ApiResponse serve_static_file(const std::string& web_root, const ApiRequest& request) {
  if (request.method != "GET" && request.method != "HEAD")
    return ApiResponse::error(make_error(ErrorKind::not_found, "unknown_route", "Adressen findes ikke."));
  namespace fs = std::filesystem;
  const fs::path root = fs::weakly_canonical(web_root);
  fs::path wanted = fs::weakly_canonical(root / request.path.substr(1));
  // Anything outside the web root, or not a file, gets the application shell.
  const auto relative = wanted.lexically_relative(root);
  const bool inside = !relative.empty() && *relative.begin() != "..";
  std::error_code error;
  if (!inside || !fs::is_regular_file(wanted, error)) wanted = root / "index.html";
  auto content = read_file(wanted);
  if (!content) return ApiResponse::error(make_error(ErrorKind::not_found, "unknown_route", "Adressen findes ikke."));
  ApiResponse response;
  response.content_type = content_type_for(wanted);
  response.body = std::move(*content);
  const bool hashed_asset = request.path.rfind("/assets/", 0) == 0;
  response.headers.emplace_back("Cache-Control", hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                "frame-ancestors 'none'");
  return response;
}

}  // namespace afk::http
