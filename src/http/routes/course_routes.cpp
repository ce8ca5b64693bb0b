// Courses: read one (with the commands that are legal now and its overdue
// tasks), list a unit's, and run any course command through the registry.
#include <charconv>

#include "core/consent_view.hpp"
#include "core/course_edit_conflict.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "service/course_service.hpp"

namespace afk::http {

namespace {
// The course as the service redacted it for the caller (core/consent_view):
// a limited view keeps what plans places and the citizen's age, not the name.
nlohmann::json view_of(const service::CourseRead& read, Date today) {
  json::CourseView view;
  view.course = read.course;
  view.limited_by_consent = read.limited;
  view.legal_commands = read.legal_commands;
  for (const Actor& actor : read.course.actors)
    view.actors.push_back({actor, actor_contact_shared(read.consents, read.course, actor)});
  view.citizen.id = read.citizen.id;
  if (read.limited) {
    view.citizen.age = age_on(read.citizen, today);
  } else {
    view.citizen.name = read.citizen.name;
    view.citizen.birth_date = read.citizen.birth_date;
    view.citizen.anonymous = is_anonymous(read.citizen);
    view.citizen.died_on = read.citizen.died_on;
  }
  for (const Task& task : overdue_tasks(read.course, today)) view.overdue_task_ids.push_back(task.id);
  return json::to_json(view);
}

ApiResponse get_course(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  return answer(service::read_course(context, course_id.value()), [&](const service::CourseRead& read) {
    return versioned_answer(view_of(read, context.today()), read.course.version);
  });
}

// A positive whole number query parameter within [1, max], or its default.
Result<int> count_query(const RequestContext& context, const std::string& name, int fallback, int max) {
  const auto text = context.query(name);
  if (!text) return fallback;
  int value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error == std::errc() && end == text->data() + text->size() && value >= 1 && value <= max) return value;
  return make_error(ErrorKind::bad_input, "invalid_" + name,
                    "\"" + name + "\" skal være et helt tal fra 1 til " + std::to_string(max) + ".", name);
}

// ?view=&state=&unit=&mine=true&sort=&page=&page_size= (docs/openapi.yaml).
Result<CourseListQuery> course_list_query(RequestContext& context) {
  CourseListQuery query;
  if (const auto view = context.query("view")) {
    const auto known = from_code<CourseListView>(*view);
    if (!known) return make_error(ErrorKind::bad_input, "invalid_view", "Ukendt visning af forløb.", "view");
    query.view = *known;
  }
  if (const auto state = context.query("state")) {
    const auto known = from_code<CourseState>(*state);
    if (!known) return make_error(ErrorKind::bad_input, "invalid_state", "Ukendt fase.", "state");
    query.state = *known;
    if (!context.query("view")) query.view = CourseListView::all;  // ?state= alone: every course in it
  }
  AFK_TRY(unit, id_query(context, "unit"));
  if (unit.value() && *unit.value() < 1)
    return make_error(ErrorKind::bad_input, "invalid_unit", "Ugyldigt tilbud.", "unit");
  query.unit_id = unit.value();
  if (const auto mine = context.query("mine")) {
    if (*mine != "true" && *mine != "false")
      return make_error(ErrorKind::bad_input, "invalid_mine", "\"mine\" skal være true eller false.", "mine");
    if (*mine == "true") query.key_worker_name = context.user_display_name();
  }
  if (const auto sort = context.query("sort")) {
    const auto known = from_code<CourseListOrder>(*sort);
    if (!known) return make_error(ErrorKind::bad_input, "invalid_sort", "Ukendt sortering.", "sort");
    query.order = *known;
  }
  AFK_TRY(page, count_query(context, "page", 1, 1'000'000));
  query.page = page.value();
  AFK_TRY(page_size,
          count_query(context, "page_size", course_list_default_page_size, course_list_max_page_size));
  query.page_size = page_size.value();
  return query;
}

ApiResponse list_courses(RequestContext& context) {
  AFK_TRY(query, course_list_query(context));
  return answer(service::list_courses(context, query.value()), [&](const service::CourseList& list) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& read : list.items) items.push_back(view_of(read, context.today()));
    return json_answer(
        {{"items", items}, {"total", list.total}, {"page", query->page}, {"page_size", query->page_size}});
  });
}

ApiResponse run_course_command(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  AFK_TRY(version, context.read_version_if_given());
  const nlohmann::json payload = context.body().is_null() ? nlohmann::json::object() : context.body();
  return answer(service::run_course_command(context, course_id.value(), context.text_parameter("command"),
                                            version.value(), payload),
                [&](const service::CourseRead& read) {
                  return versioned_answer(view_of(read, context.today()), read.course.version);
                });
}

ApiResponse unit_overdue_tasks(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  const Date today = context.today();
  return answer(service::overdue_tasks_of_unit(context, unit_id.value()),
                [&](const std::vector<service::OverdueTask>& overdue) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& [course_id, task] : overdue)
                    items.push_back({{"course_id", course_id},
                                     {"task_id", task.id},
                                     {"kind", to_code(task.kind)},
                                     {"title", label_da(task.kind)},
                                     {"due_on", task.due_on.iso()},
                                     {"days_overdue", days_between(task.due_on, today)}});
                  return json_answer({{"items", items}});
                });
}

ApiResponse list_course_commands(RequestContext&) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& entry : json::course_command_registry()) {
    const std::optional<CourseSection> section = edited_section(entry.command);
    items.push_back({{"name", entry.name},
                     {"title", entry.title_da},
                     {"edits", section ? nlohmann::json(to_code(*section)) : nlohmann::json(nullptr)}});
  }
  return ApiResponse::json({{"items", items}});
}
}  // namespace

void register_course_routes(Router& router) {
  router.add({"GET",
              "/api/v1/course-commands",
              Access::logged_in,
              Action::read_catalogue,
              {},
              list_course_commands});
  router.add({"GET", "/api/v1/courses", Access::logged_in, Action::list_courses, {}, list_courses});
  router.add({"GET",
              "/api/v1/courses/{courseId}",
              Access::logged_in,
              Action::read_course,
              {ResourceKind::course, "courseId"},
              get_course});
  router.add({"POST",
              "/api/v1/courses/{courseId}/commands/{command}",
              Access::logged_in,
              Action::run_course_command,
              {ResourceKind::course, "courseId"},
              run_course_command});
  router.add({"GET",
              "/api/v1/units/{unitId}/overdue-tasks",
              Access::logged_in,
              Action::read_unit_board,
              {ResourceKind::unit, "unitId"},
              unit_overdue_tasks});
}

}  // namespace afk::http
