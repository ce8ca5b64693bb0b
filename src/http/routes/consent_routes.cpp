// A citizen's consents: the records, newest first, and which purposes are
// covered now; recording one (given, refused, withdrawn, or the legal basis
// used when the citizen cannot take a position). A withdrawal takes effect at
// once: the policy reads the records on every request.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/payloads.hpp"
#include "service/consent_service.hpp"

namespace afk::http {

namespace {
nlohmann::json optional_id(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json();
}

nlohmann::json consent_json(const ConsentRecord& record, const std::map<std::int64_t, std::string>& names) {
  const auto recorder = names.find(record.recorded_by_user_id);
  return {{"id", record.id},
          {"purpose", to_code(record.purpose)},
          {"purpose_label", label_da(record.purpose)},
          {"course_id", optional_id(record.course_id)},
          {"actor_id", optional_id(record.actor_id)},
          {"status", to_code(record.status)},
          {"status_label", label_da(record.status)},
          {"legal_basis", record.legal_basis},
          {"form", to_code(record.form)},
          {"recorded_on", record.recorded_on.iso()},
          {"recorded_by", recorder == names.end() ? nlohmann::json() : nlohmann::json(recorder->second)},
          {"recorded_by_role", record.recorded_by_role}};
}

// The consents and what each purpose allows now.
nlohmann::json consents_view(const service::ConsentsRead& read) {
  const CitizenConsents& consents = read.consents;
  nlohmann::json items = nlohmann::json::array();
  for (auto record = consents.records.rbegin(); record != consents.records.rend(); ++record)
    items.push_back(consent_json(*record, read.recorder_names));
  nlohmann::json in_force = nlohmann::json::object();
  for (ConsentPurpose purpose : {ConsentPurpose::share_with_unit, ConsentPurpose::share_back_with_ward}) {
    const ConsentRecord* record = consent_in_force(consents, purpose);
    in_force[std::string(to_code(purpose))] = {
        {"covered", covers(consents, purpose)},
        {"status", record ? nlohmann::json(to_code(record->status)) : nlohmann::json()}};
  }
  return {{"citizen_id", read.citizen_id}, {"items", items}, {"in_force", in_force}};
}

ApiResponse list_consents(RequestContext& context) {
  AFK_TRY(citizen_id, context.id_parameter("citizenId"));
  return answer(service::read_consents(context, citizen_id.value()),
                [](const service::ConsentsRead& read) { return json_answer(consents_view(read)); });
}

ApiResponse add_consent(RequestContext& context) {
  AFK_TRY(citizen_id, context.id_parameter("citizenId"));
  AFK_CHECK(require_object_body(context));
  AFK_TRY(command, json::parse_record_consent(context.body()));
  return answer(service::record_consent(context, citizen_id.value(), command.value()),
                [](const service::ConsentsRead& read) { return json_answer(consents_view(read), 201); });
}
}  // namespace

void register_consent_routes(Router& router) {
  router.add({"GET",
              "/api/v1/citizens/{citizenId}/consents",
              Access::logged_in,
              Action::read_consent,
              {ResourceKind::citizen, "citizenId"},
              list_consents});
  router.add({"POST",
              "/api/v1/citizens/{citizenId}/consents",
              Access::logged_in,
              Action::record_consent,
              {ResourceKind::citizen, "citizenId"},
              add_consent});
}

}  // namespace afk::http
