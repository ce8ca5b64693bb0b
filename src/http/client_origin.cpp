#include "http/client_origin.hpp"

#include <algorithm>
#include <boost/asio/ip/address.hpp>

namespace afk::http {

namespace {
std::optional<std::string> normalised_address(std::string text) {
  const auto first = text.find_first_not_of(" \t");
  const auto last = text.find_last_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  text = text.substr(first, last - first + 1);
  boost::system::error_code error;
  const auto address = boost::asio::ip::make_address(text, error);
  if (error) return std::nullopt;
  // An IPv4 client seen over an IPv6 socket is written as IPv4.
  if (address.is_v6() && address.to_v6().is_v4_mapped())
    return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6()).to_string();
  return address.to_string();
}
}  // namespace

Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& addresses) {
  TrustedProxies proxies;
  for (const auto& text : addresses) {
    auto address = normalised_address(text);
    if (!address)
      return make_error(ErrorKind::bad_input, "invalid_proxy", "not an IP address: " + text,
                        "--trusted-proxy");
    proxies.addresses_.push_back(*address);
  }
  return proxies;
}

bool TrustedProxies::trusts(const std::string& peer_address) const {
  const auto peer = normalised_address(peer_address);
  return peer && std::find(addresses_.begin(), addresses_.end(), *peer) != addresses_.end();
}

ClientOrigin client_origin(const std::string& peer_address, const std::optional<std::string>& forwarded_for,
                           const std::optional<std::string>& forwarded_proto, const TrustedProxies& proxies) {
  ClientOrigin origin{normalised_address(peer_address).value_or(peer_address), false};
  if (!proxies.trusts(peer_address)) return origin;
  if (forwarded_for) {
    // The proxy appends the address it saw: the last entry is the one it vouches for.
    const auto comma = forwarded_for->rfind(',');
    const std::string last = comma == std::string::npos ? *forwarded_for : forwarded_for->substr(comma + 1);
    if (auto address = normalised_address(last)) origin.address = *address;
  }
  origin.https = forwarded_proto && *forwarded_proto == "https";
  return origin;
}

}  // namespace afk::http
