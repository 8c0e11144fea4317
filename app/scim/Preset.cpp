#include "Preset.h"

#include "Schemas.h"

#include <QCoreApplication>

namespace ScimDesk {

namespace {

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
    presets.append(slack);

    Preset zoom;
    zoom.id = QStringLiteral("zoom");
    zoom.displayName = QStringLiteral("Zoom");
    zoom.urlTemplate = QStringLiteral("https://api.zoom.us/scim2");
    zoom.note = QCoreApplication::translate("Preset", "Licence is userType (Basic / Licensed).");
    presets.append(zoom);

    Preset github;
    github.id = QStringLiteral("github-emu");
    github.displayName = QStringLiteral("GitHub Enterprise Managed Users");
    github.urlTemplate = QStringLiteral("https://api.github.com/scim/v2/enterprises/{enterprise}");
    github.note = QCoreApplication::translate(
        "Preset", "Personal access token with admin:enterprise; replace {enterprise}.");
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
    presets.append(miro);

    Preset databricks;
    databricks.id = QStringLiteral("databricks");
    databricks.displayName = QStringLiteral("Databricks");
    databricks.note = QCoreApplication::translate(
        "Preset",
        "Workspace or account SCIM URL from the admin console; at most 4 "
        "concurrent requests.");
    databricks.concurrency = 4;
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
