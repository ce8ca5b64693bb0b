// Letters between the unit and the ward on a course (service/correspondence_service):
// the course's correspondence, a new letter or a reply, and an attachment's file.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "service/correspondence_service.hpp"

namespace afk::http {

namespace {
// A letter as the API shows it, in lists and after writing: its files' content is fetched on its own.
nlohmann::json letter_answer(medcom::Letter letter) {
  for (auto& attachment : letter.attachments) attachment.data.clear();
  return json::to_json(letter);
}

ApiResponse list_letters(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  return answer(service::list_letters(context, course_id.value()), [](const service::CourseLetters& found) {
    nlohmann::json letters = nlohmann::json::array();
    for (const auto& letter : found.letters) letters.push_back(letter_answer(letter));
    nlohmann::json ward = nullptr;
    if (found.ward_id) ward = {{"id", *found.ward_id}, {"name", found.ward_name}};
    return json_answer({{"letters", letters}, {"ward", ward}, {"cannot_write", found.cannot_write_da}});
  });
}

ApiResponse write_letter(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  AFK_CHECK(require_object_body(context));
  AFK_TRY(command, json::parse_write_letter(context.body()));
  return answer(service::write_letter(context, course_id.value(), command.value(),
                                      context.services().settings.medcom_outbox_dir),
                [](const medcom::Letter& letter) { return json_answer(letter_answer(letter), 201); });
}

ApiResponse letter_attachment(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  AFK_TRY(letter_id, context.id_parameter("letterId"));
  AFK_TRY(number, context.id_parameter("number"));  // 1 is the letter's first attachment
  return answer(service::letter_attachment(context, course_id.value(), letter_id.value(),
                                           static_cast<std::size_t>(number.value() - 1)),
                [](const medcom::LetterAttachment& attachment) {
                  return json_answer({{"title", attachment.title},
                                      {"content_type", attachment.content_type},
                                      {"data", attachment.data}});
                });
}
}  // namespace

void register_letter_routes(Router& router) {
  router.add({"GET",
              "/api/v1/courses/{courseId}/letters",
              Access::logged_in,
              Action::read_course,
              {ResourceKind::course, "courseId"},
              list_letters});
  router.add({"POST",
              "/api/v1/courses/{courseId}/letters",
              Access::logged_in,
              Action::write_letter,
              {ResourceKind::course, "courseId"},
              write_letter});
  router.add({"GET",
              "/api/v1/courses/{courseId}/letters/{letterId}/attachments/{number}",
              Access::logged_in,
              Action::read_course,
              {ResourceKind::course, "courseId"},
              letter_attachment});
}

}  // namespace afk::http
