// Every route of /api/v1, registered by area.
#pragma once

#include "http/router.hpp"

namespace afk::http {

void register_meta_routes(Router& router);
void register_session_routes(Router& router);
void register_organisation_routes(Router& router);
void register_citizen_routes(Router& router);
void register_consent_routes(Router& router);
void register_access_log_routes(Router& router);
void register_referral_routes(Router& router);
void register_course_routes(Router& router);
void register_board_routes(Router& router);
void register_notification_routes(Router& router);
void register_admin_routes(Router& router);
void register_medcom_routes(Router& router);
void register_letter_routes(Router& router);
// --- declarations: questionnaires and economics ---
void register_questionnaire_routes(Router& router);
void register_economics_routes(Router& router);
// --- declarations: reports and evaluation ---
void register_report_routes(Router& router);
// --- declarations: capacity planning ---
void register_simulation_routes(Router& router);

inline void register_all_routes(Router& router) {
  register_meta_routes(router);
  register_session_routes(router);
  register_organisation_routes(router);
  register_citizen_routes(router);
  register_consent_routes(router);
  register_access_log_routes(router);
  register_referral_routes(router);
  register_course_routes(router);
  register_board_routes(router);
  register_notification_routes(router);
  register_admin_routes(router);
  register_medcom_routes(router);
  register_letter_routes(router);
  // --- registrations: questionnaires and economics ---
  register_questionnaire_routes(router);
  register_economics_routes(router);
  // --- registrations: reports and evaluation ---
  register_report_routes(router);
  // --- registrations: capacity planning ---
  register_simulation_routes(router);
}

}  // namespace afk::http
