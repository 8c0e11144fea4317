#pragma once

#include "RateLimits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ScimDesk {

// What ScimDesk knows about a SCIM service before it asks it anything: the URL pattern and
// sensible defaults. Discovery at run time refines this; where a service lacks an endpoint
// (Lucid has no /ResourceTypes) the preset fills in.
struct Preset
{
    QString id; // "lucid", "generic", ... (stable: stored in settings, used by the CLI)
    QString displayName;
    QString urlTemplate; // may hold a {placeholder} the admin fills in; empty when per account
    QString note; // one line for the connection dialog
    QString matchAttribute = QStringLiteral("userName");
    int pageSize = 0; // 0: automatic, the largest page the service allows
    int concurrency = 4;
    bool hasResourceTypes = true;
    // The extension schema holding licence flags, and the flag names, when the service has them.
    QString licenceSchema;
    QStringList licenceNames;
    // The service takes a user's licences away when it deactivates them (Lucid: a deactivated
    // user is delicensed), so a deactivation's review lists what the user loses.
    bool deactivationRevokesLicences = false;
    // The vendor's published rate limits: every request to a connection of this preset is paced
    // to them, and a review says how long an apply takes at them.
    RateLimits limits;

    static const QList<Preset> &all();
    // The preset with `id`, or the generic one when unknown.
    static const Preset &byId(const QString &id);
    static bool exists(const QString &id);
    static QStringList ids();
};

} // namespace ScimDesk
