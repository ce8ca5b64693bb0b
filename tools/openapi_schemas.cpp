// Prints the OpenAPI schemas derived from the records' field lists as one
// JSON object, name → schema. scripts/openapi-schemas writes them into the
// generated block of docs/openapi.yaml (and checks that block is current).
//
// With `labels`, prints instead the web app's module of the codes' Danish
// labels (web/src/api/codeLabels.ts) from the same tables the server uses.
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string_view>

#include "core/input_limits.hpp"
#include "core/numbers/price_settings.hpp"
#include "json/course_commands.hpp"
#include "json/instrument_json.hpp"
#include "json/scenario_json.hpp"
#include "json/schema.hpp"

namespace {

using afk::json::SchemaUse;
using Schemas = nlohmann::ordered_json;

template <class... Ts>
void add(Schemas& schemas, SchemaUse use) {
  ((schemas[std::string(afk::json::Fields<Ts>::name)] = afk::json::object_schema<Ts>(use)), ...);
}

// Every record and payload under its own name, and the payloads a command
// route takes as one `anyOf` (the path's command names which one applies).
template <class... Payloads>
void add_payloads(Schemas& schemas, const std::string& union_name) {
  add<Payloads...>(schemas, SchemaUse::request);
  Schemas any_of = Schemas::array();
  ((any_of.push_back({{"$ref", "#/components/schemas/" + std::string(afk::json::Fields<Payloads>::name)}})),
   ...);
  schemas[union_name] = {{"anyOf", any_of}};
}

// A request body whose id the route takes from the path (and writes into the
// command itself): the body leaves that field out.
template <class T>
void add_with_id_from_path(Schemas& schemas, const std::string& id_field) {
  Schemas schema = afk::json::object_schema<T>(SchemaUse::request);
  afk::json::drop_property(schema, id_field);
  schemas[std::string(afk::json::Fields<T>::name)] = schema;
}

std::string ts_string(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

// A limit as a TypeScript number literal (the limits are whole numbers or shares).
std::string ts_number(double value) {
  std::ostringstream out;
  out << std::setprecision(17) << value;
  return out.str();
}

template <class E>
void print_labels(std::string_view name) {
  std::cout << "  " << name << ": {\n";
  for (const auto& text : afk::EnumCodes<E>::table)
    std::cout << "    "
              << (text.code.find('-') == std::string_view::npos ? std::string(text.code)
                                                                : ts_string(text.code))
              << ": " << ts_string(text.label_da) << ",\n";
  std::cout << "  },\n";
}

// A command registry as a TypeScript map from the command's name to its body's schema.
template <class Entries>
void print_command_bodies(std::string_view type_name, std::string_view resource, const Entries& registry) {
  std::cout << "\n/** The body of each command (POST " << resource << "/commands/{command}). */\n"
            << "export interface " << type_name << " {\n";
  for (const auto& entry : registry)
    std::cout << "  " << ts_string(entry.name) << ": Schemas['" << entry.payload_schema << "'];\n";
  std::cout << "}\n";
}

void print_code_labels() {
  using namespace afk;
  std::cout << "// The Danish labels of the API's codes and the body of each command, generated from the\n"
               "// code tables in src/core and the command registries in src/json by\n"
               "// tools/openapi_schemas.cpp (`make openapi`); do not edit.\n"
               "import type { components } from './schema';\n\n"
               "type Schemas = components['schemas'];\n\n"
               "export const CODE_LABELS = {\n";
  print_labels<SupportSituation>("SupportSituation");
  print_labels<SubstanceUse>("SubstanceUse");
  print_labels<PlaceKind>("PlaceKind");
  print_labels<TaskKind>("TaskKind");
  print_labels<TransitionEventKind>("TransitionEventKind");
  print_labels<DischargeAgreementKind>("DischargeAgreementKind");
  print_labels<GoalStatus>("GoalStatus");
  print_labels<ActorKind>("ActorKind");
  print_labels<numbers::TimePoint>("TimePoint");
  print_labels<numbers::DueStatus>("DueStatus");
  print_labels<AgreementPoint>("AgreementPoint");
  print_labels<ConsentPurpose>("ConsentPurpose");
  print_labels<ConsentStatus>("ConsentStatus");
  print_labels<ConsentForm>("ConsentForm");
  print_labels<CourseState>("CourseState");
  print_labels<ReferralState>("ReferralState");
  print_labels<AgreementPolicy>("AgreementPolicy");
  print_labels<numbers::SettingUnit>("SettingUnit");
  print_labels<OrganisationKind>("OrganisationKind");
  print_labels<sim::Assumption>("Assumption");
  print_labels<Role>("Role");
  print_labels<medcom::LetterCategory>("LetterCategory");
  print_labels<medcom::LetterDirection>("LetterDirection");
  std::cout << "  Destination: {\n";
  for (Destination destination : all_destinations)
    std::cout << "    " << destination_code(destination) << ": "
              << ts_string(destination_label_da(destination)) << ",\n";
  std::cout << "  },\n} as const satisfies Record<string, Record<string, string>>;\n";
  // The organisation a user of each role belongs to (national and system: none to choose).
  std::cout << "\n/** The kind of organisation a user of each role belongs to (core/role.cpp). */\n"
               "export const ROLE_ORGANISATION = {\n";
  for (Role role : all_roles)
    std::cout << "  " << role_code(role) << ": "
              << ts_string(organisation_kind_code(organisation_kind_for(role))) << ",\n";
  std::cout << "} as const;\n";
  // The ranges the edge lets numbers through in, so a form refuses what the server would.
  std::cout << "\n/** The range of each named number field a request may carry (core/input_limits.cpp). */\n"
               "export const NUMBER_LIMITS = {\n";
  for (const NumberLimit& limit : declared_number_limits())
    std::cout << "  " << limit.field << ": { minimum: " << ts_number(limit.minimum)
              << ", maximum: " << ts_number(limit.maximum) << " },\n";
  std::cout << "} as const;\n";
  // The request body of each command by its name in the path, so a form is typed by its command.
  print_command_bodies("CourseCommandBodies", "/courses/{courseId}", json::course_command_registry());
  print_command_bodies("ReferralCommandBodies", "/referrals/{referralId}", json::referral_command_registry());
}

}  // namespace

int main(int argc, char** argv) {
  using namespace afk;
  using namespace afk::json;
  if (argc == 2 && std::string_view(argv[1]) == "labels") {
    print_code_labels();
    return 0;
  }
  Schemas schemas = Schemas::object();
  add<Municipality, Region, Ward, Unit, CitizenView, CitizenSearchResult, CooperationAgreement, AgreementView,
      CourseView, ReferralView, numbers::InstrumentDue, ReferralDecisionView, ReportTableView, FigureView,
      AccessLogView, QuestionnaireChangeView, MoneyView, numbers::StatedAssumption, WhoGainsView,
      numbers::Period, numbers::EvaluationCourseRow, numbers::EvaluationAdmissionRow,
      numbers::EvaluationPlaceRow, numbers::EvaluationResponseRow, medcom::Letter>(schemas,
                                                                                   SchemaUse::answer);
  add<RegisterCitizen, RecordAdmission, SubmitReferral, RecordConsent, AddPlace, ClosePlace,
      AddExclusionCriterion, ConfigureUnit, RetirePlace, EndPlaceClosure, SetExclusionCriterionActive,
      CheckAgreementPoint, SetAgreementPeriod, medcom::WriteLetter>(schemas, SchemaUse::request);
  add<numbers::InstrumentScore>(schemas, SchemaUse::answer);
  // Also part of ConfigureUnit, so with the limits a request carries.
  add<DeadlineRules>(schemas, SchemaUse::request);
  // Written by the administrator and answered as written.
  add<numbers::InstrumentDefinition>(schemas, SchemaUse::request);
  add<ResponseInput>(schemas, SchemaUse::request);
  add_with_id_from_path<SetAdmissionReadyForDischarge>(schemas, "admission_id");
  add_with_id_from_path<RecordDischarge>(schemas, "admission_id");
  add_with_id_from_path<CreateCooperationAgreement>(schemas, "unit_id");
  add_payloads<AcceptReferral, WaitlistReferral, DeclineReferral, WithdrawReferral, CitizenDeclinesStay>(
      schemas, "ReferralCommandPayload");
  add_payloads<AppointKeyWorker, RecordWardVisit, RecordPlaceVisit, AddDischargeAgreement,
               SetReadyForDischarge, PlanMoveIn, MoveIn, SavePlan, AddStatusNote, RecordVum, AddActor,
               UpdateActor, SaveCrisisPlan, SetSubstanceUseApproach, PauseForAdmission, ResumeAfterAdmission,
               ExtendStay, DecideAllocation, AddHandoverNote, MoveOut, AddFollowUpContact, CloseCourse,
               CancelCourse, CompleteTask, CorrectNote>(schemas, "CourseCommandPayload");
  std::cout << schemas.dump(2) << '\n';
}
