#include "http/client_origin.hpp"

#include <gtest/gtest.h>

namespace afk::http {
namespace {

TrustedProxies proxies(std::vector<std::string> addresses) {
  return TrustedProxies::parse(addresses).value();
}

TEST(ClientOrigin, ForwardedHeadersCountOnlyFromATrustedProxy) {
  const TrustedProxies nginx = proxies({"10.0.0.5"});
  const ClientOrigin through = client_origin("10.0.0.5", "203.0.113.7", "https", nginx);
  EXPECT_EQ(through.address, "203.0.113.7");
  EXPECT_TRUE(through.https);
  // Anyone else's X-Forwarded-* are the client's own words.
  const ClientOrigin direct = client_origin("198.51.100.9", "203.0.113.7", "https", nginx);
  EXPECT_EQ(direct.address, "198.51.100.9");
  EXPECT_FALSE(direct.https);
  EXPECT_EQ(client_origin("10.0.0.5", "203.0.113.7", "https", TrustedProxies{}).address, "10.0.0.5");
}

TEST(ClientOrigin, TheLastForwardedAddressIsTheOneTheProxySaw) {
  const TrustedProxies nginx = proxies({"127.0.0.1"});
  // A client that sends its own X-Forwarded-For gets the real address appended by the proxy.
  EXPECT_EQ(client_origin("127.0.0.1", "6.6.6.6, 203.0.113.7", std::nullopt, nginx).address, "203.0.113.7");
  EXPECT_EQ(client_origin("127.0.0.1", " 2001:db8::1 ", "http", nginx).address, "2001:db8::1");
  // Not an address: the proxy's own address stands.
  EXPECT_EQ(client_origin("127.0.0.1", "0101901234", std::nullopt, nginx).address, "127.0.0.1");
  EXPECT_EQ(client_origin("127.0.0.1", "", std::nullopt, nginx).address, "127.0.0.1");
  EXPECT_FALSE(client_origin("127.0.0.1", std::nullopt, "HTTPS-ish", nginx).https);
}

TEST(ClientOrigin, ProxiesAreIpAddressesAndIpv4OverIpv6IsIpv4) {
  EXPECT_FALSE(TrustedProxies::parse({"nginx.local"}));
  EXPECT_TRUE(proxies({"::ffff:10.0.0.5"}).trusts("10.0.0.5"));
  EXPECT_TRUE(proxies({"10.0.0.5"}).trusts("::ffff:10.0.0.5"));
  EXPECT_FALSE(proxies({"10.0.0.5"}).trusts("10.0.0.6"));
}

}  // namespace
}  // namespace afk::http
