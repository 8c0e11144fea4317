#pragma once

#include <QLoggingCategory>

// One category per module. Nothing logged may contain a token or an Authorization header.
namespace ScimDesk {
Q_DECLARE_LOGGING_CATEGORY(lcScim)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcConnections)
Q_DECLARE_LOGGING_CATEGORY(lcDirectory)
Q_DECLARE_LOGGING_CATEGORY(lcLucid)
} // namespace ScimDesk
