// Reads a MedCom HospitalNotification message (a FHIR R4 Bundle of type
// `message`, JSON) into core's HospitalNotification, checking the elements
// the profile requires and Afklaring relies on: the MessageHeader with the
// hospital-notification event, exactly one Patient with a CPR identifier,
// the focused Encounter (status, class, episode of care, period, leave
// period, service provider with a SOR code) and the Provenance of this
// message with a known activity. A message that breaks one is refused with
// bad_input naming the element (`Encounter.period.start`); nothing else of
// the Bundle is read. docs/medcom.md lists the rules.
#pragma once

#include <nlohmann/json.hpp>

#include "core/medcom/hospital_notification.hpp"
#include "core/result.hpp"

namespace afk::json {

Result<medcom::HospitalNotification> parse_hospital_notification(const nlohmann::json& bundle);

}  // namespace afk::json
