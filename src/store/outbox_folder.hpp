// The outbox folder: where the server drops each letter's Bundle as
// <message id>.json for an adapter that reads files. Written to a temporary
// name and renamed, so a reader never sees half a file; readable by the
// server's user only (0600), since it holds a citizen's letter.
#pragma once

#include <string>

namespace afk::store {

// False when the file could not be written (the message then waits for the API).
bool write_outbox_file(const std::string& directory, const std::string& message_id,
                       const std::string& bundle);

}  // namespace afk::store
