// The application behind the transport (Beast's advanced-server shape): a
// parsed HTTP request becomes an ApiRequest — with the client's address and
// scheme through the trusted proxies — and one answer comes back, from the
// API router or the built web application. The server and the fuzz harness
// of a raw request both go through here.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <string>

#include "http/api_types.hpp"
#include "http/client_origin.hpp"
#include "http/router.hpp"

namespace afk::http {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

ApiRequest to_api_request(const BeastRequest& request, const std::string& peer_address,
                          const TrustedProxies& proxies);

// The answer to one request; when `log` is set, one JSON line on stderr with
// the method, the route template, the numeric ids, the status and the time —
// never the path, the query or anything else the client wrote.
ApiResponse handle_request(Router& router, const ApiRequest& request, bool log,
                           std::vector<store::AuditEntry>* before_answer = nullptr);

// Whether the request is an API request that hashes a password (it goes to the password pool).
bool hashes_password(const Router& router, const ApiRequest& request);

BeastResponse to_beast_response(const ApiResponse& api, unsigned version, bool keep_alive);

}  // namespace afk::http
