// Health and the OpenAPI contract: public, no personal data.
#include "http/openapi_document.hpp"
#include "http/routes/all_routes.hpp"

namespace afk::http {

void register_meta_routes(Router& router) {
  router.add({"GET", "/api/v1/health", Access::public_route, Action::read_catalogue, {}, [](RequestContext&) {
                return ApiResponse::json({{"status", "ok"}});
              }});
  router.add(
      {"GET", "/api/v1/openapi.json", Access::public_route, Action::read_catalogue, {}, [](RequestContext&) {
         return ApiResponse::json(openapi_document());
       }});
}

}  // namespace afk::http
