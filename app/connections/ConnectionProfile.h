#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ScimDesk {

// A saved connection to one SCIM service. Holds no secret: the token is in the keychain under
// `id`.
struct ConnectionProfile
{
    QString id; // stable, generated once; the keychain key
    QString name;
    QUrl baseUrl;
    QString presetId = QStringLiteral("generic");
    QString matchAttribute = QStringLiteral("userName");
    int pageSize = 100;
    int concurrency = 4;
    QStringList protectedAccounts; // userNames that may never be deactivated or deleted
    // Deprovisioning more users than this needs a typed confirmation (GUI) or
    // --allow-mass-deprovision (CLI). -1: the default, 10 users or 5 % of the directory,
    // whichever is smaller.
    int deprovisionThreshold = -1;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && baseUrl.isValid(); }
    // A profile for `presetId` with its defaults filled in and a fresh id.
    static ConnectionProfile fromPreset(const QString &presetId);
    // Whether two base URLs name the same service (case, a trailing slash and dot segments
    // aside). A plan is only ever applied to the service it was made for.
    static bool sameService(const QUrl &a, const QUrl &b);
    // Why `url` cannot be a connection's base URL for reasons of its own (credentials in it);
    // empty when it can. Never repeats the URL: it may hold a password.
    static QString urlError(const QUrl &url);
};

} // namespace ScimDesk
