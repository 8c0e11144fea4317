#include "Preset.h"

#include "Schemas.h"

#include <QCoreApplication>

namespace ScimDesk {

namespace {

const QList<QByteArray> Writes = {"POST", "PUT", "PATCH", "DELETE"};

RateRule rule(const char *what, QList<QByteArray> methods, QStringList paths, int count,
              int windowSeconds, int burst = 0)
{
    RateRule rule;
    rule.what = what;
    rule.methods = std::move(methods);
    rule.paths = std::move(paths);
    rule.count = count;
    rule.windowSeconds = windowSeconds;
    rule.burst = burst;
    return rule;
}

// Slack's SCIM API: writes 180 a minute per endpoint (20 at once) and 600 a minute for the
// organisation; reads 1,000 a minute, reading one user 300 a minute.
RateLimits slackLimits()
{
    const QStringList resources = {QStringLiteral("/Users"), QStringLiteral("/Groups")};
    RateRule perEndpoint
        = rule(QT_TRANSLATE_NOOP("RateLimits", "writes"), Writes, resources, 180, 60, 20);
    perEndpoint.perEndpoint = true;
    RateLimits limits;
    limits.rules = {
        perEndpoint,
        rule(QT_TRANSLATE_NOOP("RateLimits", "writes"), Writes, {}, 600, 60, 180),
        rule(QT_TRANSLATE_NOOP("RateLimits", "reads"), {"GET"}, {}, 1000, 60),
        rule(QT_TRANSLATE_NOOP("RateLimits", "reads of one user"), {"GET"},
             {QStringLiteral("/Users/*")}, 300, 60),
    };
    return limits;
}

// Miro's SCIM API, per 30 seconds.
RateLimits miroLimits()
{
    RateLimits limits;
    limits.rules = {
        rule(QT_TRANSLATE_NOOP("RateLimits", "updates"), {"PUT", "PATCH"}, {}, 100, 30),
        rule(QT_TRANSLATE_NOOP("RateLimits", "deletions"), {"DELETE"}, {}, 20, 30),
        rule(QT_TRANSLATE_NOOP("RateLimits", "reads of users"), {"GET"}, {QStringLiteral("/Users")},
             200, 30),
        rule(QT_TRANSLATE_NOOP("RateLimits", "users created"), {"POST"}, {QStringLiteral("/Users")},
             200, 30),
        rule(QT_TRANSLATE_NOOP("RateLimits", "reads of groups"), {"GET"},
             {QStringLiteral("/Groups")}, 5, 30),
    };
    return limits;
}

QList<Preset> makePresets()
{
    QList<Preset> presets;

    Preset lucid;
    lucid.id = QStringLiteral("lucid");
    lucid.displayName = QStringLiteral("Lucid (Lucidchart, Lucidspark, Lucidscale)");
    lucid.urlTemplate = QStringLiteral("https://users.lucid.app/scim/v2");
    lucid.note = QCoreApplication::translate(
        "Preset",
        "Token: Lucid Admin > App Integration > SCIM. Deactivated users are hidden "
        "from lists; licence changes are ignored when organisational groups are on.");
    lucid.hasResourceTypes = false;
    lucid.licenceSchema = QString::fromUtf16(Schemas::LucidUser);
    lucid.licenceNames
        = {QStringLiteral("Lucidchart"), QStringLiteral("Lucidspark"),
           QStringLiteral("LucidscaleExplorer"), QStringLiteral("LucidscaleCreator")};
    lucid.deactivationRevokesLicences = true;
    presets.append(lucid);

    Preset generic;
    generic.id = QStringLiteral("generic");
    generic.displayName = QStringLiteral("Generic SCIM 2.0");
    generic.note = QCoreApplication::translate(
        "Preset", "Any SCIM 2.0 service; capabilities are read from /ServiceProviderConfig.");
    presets.append(generic);

    Preset slack;
    slack.id = QStringLiteral("slack");
    slack.displayName = QStringLiteral("Slack");
    slack.urlTemplate = QStringLiteral("https://api.slack.com/scim/v2");
    slack.note = QCoreApplication::translate(
        "Preset", "OAuth token with admin scope. DELETE deactivates. Rate limited org-wide.");
    slack.concurrency = 2;
    slack.limits = slackLimits();
    presets.append(slack);

    Preset zoom;
    zoom.id = QStringLiteral("zoom");
    zoom.displayName = QStringLiteral("Zoom");
    zoom.urlTemplate = QStringLiteral("https://api.zoom.us/scim2");
    zoom.note = QCoreApplication::translate("Preset", "Licence is userType (Basic / Licensed).");
    // Older plans: one SCIM request a second.
    zoom.limits.rules = {rule(QT_TRANSLATE_NOOP("RateLimits", "request"), {}, {}, 1, 1)};
    presets.append(zoom);

    Preset github;
    github.id = QStringLiteral("github-emu");
    github.displayName = QStringLiteral("GitHub Enterprise Managed Users");
    github.urlTemplate = QStringLiteral("https://api.github.com/scim/v2/enterprises/{enterprise}");
    github.note = QCoreApplication::translate(
        "Preset", "Personal access token with admin:enterprise; replace {enterprise}.");
    github.limits.rules = {
        rule(QT_TRANSLATE_NOOP("RateLimits", "users created"), {"POST"}, {QStringLiteral("/Users")},
             1000, 3600),
        rule(QT_TRANSLATE_NOOP("RateLimits", "groups created"), {"POST"},
             {QStringLiteral("/Groups")}, 1000, 3600),
    };
    presets.append(github);

    Preset atlassian;
    atlassian.id = QStringLiteral("atlassian");
    atlassian.displayName = QStringLiteral("Atlassian");
    atlassian.urlTemplate
        = QStringLiteral("https://api.atlassian.com/scim/directory/{directoryId}");
    atlassian.note = QCoreApplication::translate(
        "Preset", "Directory API key; replace {directoryId}. Product access follows groups.");
    presets.append(atlassian);

    Preset miro;
    miro.id = QStringLiteral("miro");
    miro.displayName = QStringLiteral("Miro");
    miro.urlTemplate = QStringLiteral("https://miro.com/api/v1/scim");
    miro.note = QCoreApplication::translate("Preset", "Enterprise integration token.");
    miro.limits = miroLimits();
    presets.append(miro);

    Preset databricks;
    databricks.id = QStringLiteral("databricks");
    databricks.displayName = QStringLiteral("Databricks");
    databricks.note = QCoreApplication::translate(
        "Preset",
        "Workspace or account SCIM URL from the admin console; at most 4 "
        "concurrent requests.");
    databricks.concurrency = 4;
    databricks.limits.maxConcurrent = 4;
    presets.append(databricks);

    return presets;
}

} // namespace

const QList<Preset> &Preset::all()
{
    static const QList<Preset> presets = makePresets();
    return presets;
}

const Preset &Preset::byId(const QString &id)
{
    for (const Preset &preset : all()) {
        if (preset.id == id)
            return preset;
    }
    return all().at(1); // generic
}

bool Preset::exists(const QString &id)
{
    for (const Preset &preset : all()) {
        if (preset.id == id)
            return true;
    }
    return false;
}

QStringList Preset::ids()
{
    QStringList result;
    for (const Preset &preset : all())
        result.append(preset.id);
    return result;
}

} // namespace ScimDesk
