// Every field list, for the codec's templates (json/codec.hpp) and the schema export.
#pragma once

#include "json/records/api_views.hpp"
#include "json/records/citizen_referral_records.hpp"
#include "json/records/course_command_records.hpp"
#include "json/records/course_records.hpp"
#include "json/records/economics_answers.hpp"
#include "json/records/economics_records.hpp"
#include "json/records/evaluation_records.hpp"
#include "json/records/medcom_records.hpp"
#include "json/records/organisation_records.hpp"
#include "json/records/payload_records.hpp"
#include "json/records/questionnaire_records.hpp"
#include "json/records/report_records.hpp"
