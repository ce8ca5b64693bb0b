// Phase 2: the stay. The citizen's plan, notes, VUM, actors, crisis plan,
// substance-use approach, admissions during the stay and extensions.
#include "core/course_command_support.hpp"
#include "core/course_tasks.hpp"

namespace afk {

namespace {
std::string goal_field(size_t index, std::string_view name) {
  return "goals[" + std::to_string(index) + "]." + std::string(name);
}

Goal* find_goal(Course& course, std::int64_t id) {
  for (auto& goal : course.plan.goals)
    if (goal.id == id) return &goal;
  return nullptr;
}

Actor* find_actor(Course& course, std::int64_t id) {
  for (auto& actor : course.actors)
    if (actor.id == id) return &actor;
  return nullptr;
}

Status check_actor_fields(const ActorFields& fields) {
  return require_text(fields.name, "name", "Aktørens navn");
}

// Only one coordinator; handing the role on changes the previous holder's record.
void make_sole_coordinator(Course& course, std::int64_t actor_id) {
  for (auto& actor : course.actors)
    if (actor.id != actor_id && actor.is_coordinator) {
      actor.is_coordinator = false;
      ++actor.version;
    }
}

Status require_in_stay(const Course& course, Date date, std::string field) {
  if (!course.moved_in_on) return ok_status();
  return require_not_before(date, *course.moved_in_on, std::move(field), "indflytningen");
}
}  // namespace

Result<Course> save_plan(const Course& course, const SavePlan& command, const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::save_plan, course));
  AFK_CHECK(require_version(command.plan_version, course.plan.version, "plan_version", "Planen"));
  Plan& plan = next->plan;
  for (size_t i = 0; i < command.goals.size(); ++i) {
    const GoalInput& input = command.goals[i];
    AFK_CHECK(require_text(input.text, goal_field(i, "text"), "Delmålet"));
    if (!input.id) {
      plan.goals.push_back(Goal{next->next_local_id++, 1, input.text, input.status});
      continue;
    }
    Goal* goal = find_goal(next.value(), *input.id);
    if (!goal)
      return make_error(ErrorKind::not_found, "goal_not_found", "Delmålet findes ikke i planen.",
                        goal_field(i, "id"));
    if (!input.version)
      return make_error(ErrorKind::bad_input, "version_required", "Angiv delmålets version.",
                        goal_field(i, "version"));
    AFK_CHECK(require_version(*input.version, goal->version, goal_field(i, "version"), "Delmålet"));
    if (goal->text != input.text || goal->status != input.status) {
      goal->text = input.text;
      goal->status = input.status;
      ++goal->version;
    }
  }
  plan.hopes = command.hopes;
  plan.wishes = command.wishes;
  plan.goals_in_own_words = command.goals_in_own_words;
  plan.saved_on = context.today;
  ++plan.version;
  settle_tasks_done_by(next.value(), CourseCommand::save_plan, context.today, context);
  return next;
}

Result<Course> add_status_note(const Course& course, const AddStatusNote& command,
                               const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::add_status_note, course));
  AFK_CHECK(require_text(command.text, "text", "Statusnotatet"));
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  AFK_CHECK(require_in_stay(course, command.date, "date"));
  next->status_notes.push_back(StatusNote{next->next_local_id++, command.date, command.text, context.author});
  settle_tasks_done_by(next.value(), CourseCommand::add_status_note, command.date, context);
  return next;
}

Result<Course> record_vum(const Course& course, const RecordVum& command,
                          const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::record_vum, course));
  if (!command.started_on && !command.completed_on)
    return make_error(ErrorKind::bad_input, "vum_dates_required",
                      "Angiv hvornår VUM-udredningen er startet eller afsluttet.", "started_on");
  VumAssessment vum = course.vum;
  if (command.started_on) {
    AFK_CHECK(require_not_future(*command.started_on, context.today, "started_on"));
    vum.started_on = command.started_on;
  }
  if (command.completed_on) {
    AFK_CHECK(require_not_future(*command.completed_on, context.today, "completed_on"));
    if (!vum.started_on)
      return make_error(ErrorKind::rule_violated, "vum_not_started",
                        "VUM-udredningen skal være startet, før den kan afsluttes.", "completed_on");
    vum.completed_on = command.completed_on;
  }
  if (vum.completed_on && vum.started_on && *vum.completed_on < *vum.started_on)
    return make_error(ErrorKind::bad_input, "date_too_early",
                      "VUM-udredningen kan ikke afsluttes før den er startet.", "completed_on");
  next->vum = vum;
  return next;
}

Result<Course> add_actor(const Course& course, const AddActor& command, const CourseCommandContext&) {
  AFK_TRY(next, begin_command(CourseCommand::add_actor, course));
  AFK_CHECK(check_actor_fields(command.actor));
  const ActorFields& fields = command.actor;
  const std::int64_t id = next->next_local_id++;
  next->actors.push_back(Actor{fields, id, 1});
  if (fields.is_coordinator) make_sole_coordinator(next.value(), id);
  return next;
}

Result<Course> update_actor(const Course& course, const UpdateActor& command, const CourseCommandContext&) {
  AFK_TRY(next, begin_command(CourseCommand::update_actor, course));
  Actor* actor = find_actor(next.value(), command.actor_id);
  if (!actor) return make_error(ErrorKind::not_found, "actor_not_found", "Aktøren findes ikke.", "actor_id");
  AFK_CHECK(require_version(command.version, actor->version, "version", "Aktøren"));
  AFK_CHECK(check_actor_fields(command.actor));
  const ActorFields& fields = command.actor;
  *actor = Actor{fields, actor->id, actor->version + 1};
  if (fields.is_coordinator) make_sole_coordinator(next.value(), command.actor_id);
  return next;
}

Result<Course> save_crisis_plan(const Course& course, const SaveCrisisPlan& command,
                                const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::save_crisis_plan, course));
  AFK_CHECK(require_version(command.version, course.crisis_plan.version, "version", "Kriseplanen"));
  next->crisis_plan = CrisisPlan{
      course.crisis_plan.version + 1, command.warning_signs,  command.what_to_do, command.who_to_call,
      command.medication_responsible, command.on_readmission, context.today};
  return next;
}

Result<Course> set_substance_use_approach(const Course& course, const SetSubstanceUseApproach& command,
                                          const CourseCommandContext&) {
  AFK_TRY(next, begin_command(CourseCommand::set_substance_use_approach, course));
  AFK_CHECK(require_text(command.approach, "approach", "Tilgangen til rusmidler"));
  next->substance_use_approach = command.approach;
  return next;
}

Result<Course> pause_for_admission(const Course& course, const PauseForAdmission& command,
                                   const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::pause_for_admission, course));
  AFK_CHECK(require_not_future(command.admitted_on, context.today, "admitted_on"));
  AFK_CHECK(require_in_stay(course, command.admitted_on, "admitted_on"));
  if (!course.admission_pauses.empty() && course.admission_pauses.back().resumed_on)
    AFK_CHECK(require_not_before(command.admitted_on, *course.admission_pauses.back().resumed_on,
                                 "admitted_on", "sidste genoptagelse"));
  next->admission_pauses.push_back(
      AdmissionPause{next->next_local_id++, command.admitted_on, std::nullopt, command.note});
  return next;
}

Result<Course> resume_after_admission(const Course& course, const ResumeAfterAdmission& command,
                                      const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::resume_after_admission, course));
  AdmissionPause& pause = next->admission_pauses.back();
  AFK_CHECK(require_not_future(command.resumed_on, context.today, "resumed_on"));
  AFK_CHECK(require_not_before(command.resumed_on, pause.admitted_on, "resumed_on", "indlæggelsen"));
  pause.resumed_on = command.resumed_on;
  return next;
}

Result<Course> extend_stay(const Course& course, const ExtendStay& command,
                           const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::extend_stay, course));
  if (is_blank(command.reason))
    return make_error(ErrorKind::rule_violated, "reason_required", "Skriv begrundelsen for forlængelsen.",
                      "reason");
  AFK_CHECK(require_not_future(command.decided_on, context.today, "decided_on"));
  if (course.moved_in_on && command.new_planned_end_on <= *course.moved_in_on)
    return make_error(ErrorKind::bad_input, "planned_end_too_early",
                      "Den nye slutdato skal ligge efter indflytningen.", "new_planned_end_on");
  if (course.planned_end_on && command.new_planned_end_on <= *course.planned_end_on)
    return make_error(
        ErrorKind::rule_violated, "extension_not_later",
        "Den nye slutdato skal ligge efter den hidtidige (" + course.planned_end_on->danish() + ").",
        "new_planned_end_on");
  next->extensions.push_back(Extension{next->next_local_id++, command.decided_on, course.planned_end_on,
                                       command.new_planned_end_on, command.reason, context.author});
  next->planned_end_on = command.new_planned_end_on;
  settle_tasks_done_by(next.value(), CourseCommand::extend_stay, command.decided_on, context);
  return next;
}

}  // namespace afk
