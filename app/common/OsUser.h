#pragma once

#include <QString>

namespace ScimDesk {

// Who is running the program: the OS account name, never empty on Unix. Plans record it as
// their author and the audit log as who applied them.
QString osUser();

} // namespace ScimDesk
