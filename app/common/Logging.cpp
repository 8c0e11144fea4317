#include "Logging.h"

namespace ScimDesk {
Q_LOGGING_CATEGORY(lcScim, "scimdesk.scim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "scimdesk.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnections, "scimdesk.connections", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDirectory, "scimdesk.directory", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLucid, "scimdesk.lucid", QtWarningMsg)
} // namespace ScimDesk
