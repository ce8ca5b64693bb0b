// Who the client is when a reverse proxy (nginx, see deploy/nginx) stands in
// front: the address the proxy saw and whether the client's connection was
// HTTPS — taken from X-Forwarded-For and X-Forwarded-Proto only when the
// connection comes from a proxy the operator named (`serve --trusted-proxy`).
// From anyone else those headers are ignored: they are the client's own words.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace afk::http {

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // bad_input naming `--trusted-proxy` for a text that is not an IP address.
  static Result<TrustedProxies> parse(const std::vector<std::string>& addresses);
  bool trusts(const std::string& peer_address) const;
  bool empty() const { return addresses_.empty(); }

 private:
  std::vector<std::string> addresses_;  // normalised by the IP parser
};

struct ClientOrigin {
  std::string address;
  bool https = false;
};

ClientOrigin client_origin(const std::string& peer_address, const std::optional<std::string>& forwarded_for,
                           const std::optional<std::string>& forwarded_proto, const TrustedProxies& proxies);

}  // namespace afk::http
