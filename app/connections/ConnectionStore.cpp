#include "ConnectionStore.h"

#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "scim/Preset.h"
#include "scim/ServiceCapabilities.h"

#include <QFileInfo>
#include <QUuid>

namespace ScimDesk {

namespace {
const QString Group = QStringLiteral("connections");

// Inside the connection's group.
void readLucidRest(const QSettings &settings, ConnectionProfile::LucidRest *rest)
{
    rest->clientId = settings.value(QStringLiteral("lucidRest/clientId")).toString();
    for (auto [key, url] : {std::pair {"lucidRest/authorizeUrl", &rest->authorizeUrl},
                            std::pair {"lucidRest/tokenUrl", &rest->tokenUrl},
                            std::pair {"lucidRest/apiUrl", &rest->apiUrl}}) {
        const QString value = settings.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            *url = QUrl(value);
    }
    rest->signedIn = settings.value(QStringLiteral("lucidRest/signedIn"), false).toBool();
}

void writeLucidRest(QSettings &settings, const ConnectionProfile::LucidRest &rest)
{
    const ConnectionProfile::LucidRest defaults;
    settings.setValue(QStringLiteral("lucidRest/clientId"), rest.clientId);
    for (auto [key, url, standard] :
         {std::tuple {"lucidRest/authorizeUrl", rest.authorizeUrl, defaults.authorizeUrl},
          std::tuple {"lucidRest/tokenUrl", rest.tokenUrl, defaults.tokenUrl},
          std::tuple {"lucidRest/apiUrl", rest.apiUrl, defaults.apiUrl}}) {
        if (url == standard)
            settings.remove(QLatin1String(key));
        else
            settings.setValue(QLatin1String(key), url.toString());
    }
}

} // namespace

bool ConnectionProfile::sameService(const QUrl &a, const QUrl &b)
{
    const auto normalised = [](const QUrl &url) {
        return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
            .toString()
            .toLower();
    };
    return normalised(a) == normalised(b);
}

ConnectionProfile ConnectionProfile::fromPreset(const QString &presetId)
{
    const Preset &preset = Preset::byId(presetId);
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.presetId = preset.id;
    profile.matchAttribute = preset.matchAttribute;
    profile.pageSize = preset.pageSize;
    profile.concurrency = preset.concurrency;
    if (!preset.urlTemplate.contains(u'{'))
        profile.baseUrl = QUrl(preset.urlTemplate);
    return profile;
}

bool ConnectionProfile::revokesLicencesOnDeactivation() const
{
    return deactivationRevokesLicences.value_or(Preset::byId(presetId).deactivationRevokesLicences);
}

int ConnectionProfile::pageSizeFor(const ServiceCapabilities &capabilities) const
{
    if (!automaticPageSize())
        return capabilities.effectivePageSize(pageSize);
    int size = capabilities.effectivePageSize(MaxAutomaticPageSize);
    if (servedPageSize > 0)
        size = qMin(size, servedPageSize);
    return size;
}

bool ConnectionProfile::learnServedPageSize(int asked, int served)
{
    if (!automaticPageSize() || served <= 0 || served >= asked || served == servedPageSize)
        return false;
    servedPageSize = served;
    return true;
}

QString ConnectionProfile::licenceModeName(LicenceMode mode)
{
    return mode == LicenceMode::Group ? QStringLiteral("group") : QStringLiteral("attribute");
}

bool ConnectionProfile::licenceModeFromName(const QString &name, LicenceMode *mode)
{
    if (name == u"attribute")
        *mode = LicenceMode::Attribute;
    else if (name == u"group")
        *mode = LicenceMode::Group;
    else
        return false;
    return true;
}

ConnectionStore::ConnectionStore()
{
    makePrivate();
}

ConnectionStore::ConnectionStore(const QString &settingsFile)
    : m_settings(settingsFile, QSettings::IniFormat)
{
    makePrivate();
}

void ConnectionStore::makePrivate()
{
    // QSettings replaces its file keeping the old one's mode: create it 0600 in a 0700 folder
    // before the first write, and tighten one an older version left 0644.
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // Native settings are no file of ours there: the registry (its "file name" is a registry
    // path), or a property list in ~/Library/Preferences that cfprefsd writes.
    if (m_settings.format() != QSettings::IniFormat)
        return;
#endif
    const QString path = m_settings.fileName();
    makePrivateDir(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists())
        openPrivate(file, QIODevice::WriteOnly);
    else
        makePrivateFile(path);
}

QString ConnectionProfile::urlError(const QUrl &url)
{
    // A password in the URL would be stored in the settings and printed by 'connection list'.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "ConnectionProfile",
            "The base URL must not contain a user name or password (user:password@): the "
            "service is reached with the connection's token, which is kept in the keychain. "
            "Remove the credentials from the URL.");
    return {};
}

ConnectionProfile ConnectionStore::read(const QString &id) const
{
    m_settings.beginGroup(Group + u'/' + id);
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings.value(QStringLiteral("name")).toString();
    profile.baseUrl = QUrl(m_settings.value(QStringLiteral("baseUrl")).toString());
    profile.presetId = m_settings.value(QStringLiteral("preset"), profile.presetId).toString();
    profile.matchAttribute
        = m_settings.value(QStringLiteral("matchAttribute"), profile.matchAttribute).toString();
    profile.pageSize = qMax(0, m_settings.value(QStringLiteral("pageSize"), 0).toInt());
    profile.servedPageSize = m_settings.value(QStringLiteral("servedPageSize"), 0).toInt();
    // Versions that knew no automatic page size saved their default, 100, for every connection
    // (and no servedPageSize): that was no one's choice, so such a connection becomes automatic.
    if (profile.pageSize == 100 && !m_settings.contains(QStringLiteral("servedPageSize")))
        profile.pageSize = 0;
    profile.concurrency
        = m_settings.value(QStringLiteral("concurrency"), profile.concurrency).toInt();
    profile.protectedAccounts
        = m_settings.value(QStringLiteral("protectedAccounts")).toStringList();
    profile.deprovisionThreshold
        = m_settings.value(QStringLiteral("deprovisionThreshold"), -1).toInt();
    ConnectionProfile::licenceModeFromName(
        m_settings.value(QStringLiteral("licenceMode")).toString(), &profile.licenceMode);
    // "Licence=Group name": a licence name holds no '=', a group name may.
    for (const QString &entry : m_settings.value(QStringLiteral("licenceGroups")).toStringList()) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0)
            profile.licenceGroups.insert(entry.first(equals), entry.mid(equals + 1));
    }
    readLucidRest(m_settings, &profile.lucidRest);
    const QString learnt = QStringLiteral("learnt/deactivationRevokesLicences");
    if (m_settings.contains(learnt))
        profile.deactivationRevokesLicences = m_settings.value(learnt).toBool();
    m_settings.endGroup();
    return profile;
}

QList<ConnectionProfile> ConnectionStore::list() const
{
    m_settings.beginGroup(Group);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<ConnectionProfile> profiles;
    for (const QString &id : ids) {
        ConnectionProfile profile = read(id);
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    std::sort(profiles.begin(), profiles.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return profiles;
}

std::optional<ConnectionProfile> ConnectionStore::findByName(const QString &name) const
{
    const auto profiles = list();
    for (const auto &profile : profiles) {
        if (profile.name == name)
            return profile;
    }
    for (const auto &profile : profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ConnectionStore::findById(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    m_settings.beginGroup(Group);
    const bool known = m_settings.childGroups().contains(id);
    m_settings.endGroup();
    if (!known)
        return std::nullopt;
    return read(id);
}

std::optional<ConnectionProfile> ConnectionStore::find(const QString &nameOrId) const
{
    if (auto byName = findByName(nameOrId))
        return byName;
    return findById(nameOrId);
}

std::optional<ConnectionProfile> ConnectionStore::findForService(const QString &name,
                                                                 const QUrl &baseUrl) const
{
    std::optional<ConnectionProfile> sameUrl;
    for (const auto &profile : list()) {
        if (!ConnectionProfile::sameService(profile.baseUrl, baseUrl))
            continue;
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
        if (!sameUrl)
            sameUrl = profile;
    }
    return sameUrl ? sameUrl : findByName(name);
}

QString ConnectionStore::save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return tr("A connection needs a name.");
    if (profile.id.isEmpty() || profile.id.contains(u'/'))
        return tr("A connection needs a valid id.");
    if (const QString why = ConnectionProfile::urlError(profile.baseUrl); !why.isEmpty())
        return why;
    if (const auto other = findByName(profile.name); other && other->id != profile.id)
        return tr("A connection named \"%1\" already exists — choose another name or remove it "
                  "first.")
            .arg(profile.name);

    m_settings.beginGroup(Group + u'/' + profile.id);
    m_settings.setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    m_settings.setValue(QStringLiteral("preset"), profile.presetId);
    m_settings.setValue(QStringLiteral("matchAttribute"), profile.matchAttribute);
    m_settings.setValue(QStringLiteral("pageSize"), qMax(0, profile.pageSize));
    m_settings.setValue(QStringLiteral("servedPageSize"), profile.servedPageSize);
    m_settings.setValue(QStringLiteral("concurrency"), profile.concurrency);
    m_settings.setValue(QStringLiteral("protectedAccounts"), profile.protectedAccounts);
    m_settings.setValue(QStringLiteral("deprovisionThreshold"), profile.deprovisionThreshold);
    m_settings.setValue(QStringLiteral("licenceMode"),
                        ConnectionProfile::licenceModeName(profile.licenceMode));
    QStringList licenceGroups;
    for (auto it = profile.licenceGroups.cbegin(); it != profile.licenceGroups.cend(); ++it)
        licenceGroups.append(it.key() + u'=' + it.value());
    m_settings.setValue(QStringLiteral("licenceGroups"), licenceGroups);
    writeLucidRest(m_settings, profile.lucidRest);
    m_settings.endGroup();
    m_settings.sync();
    qCDebug(lcConnections) << "saved connection" << profile.id;
    return {};
}

void ConnectionStore::learnDeactivationRevokesLicences(const QString &id, bool revokes)
{
    if (id.isEmpty() || id.contains(u'/') || !findById(id))
        return;
    m_settings.setValue(Group + u'/' + id + QStringLiteral("/learnt/deactivationRevokesLicences"),
                        revokes);
    m_settings.sync();
    qCDebug(lcConnections) << "learnt of connection" << id
                           << "deactivation revokes licences:" << revokes;
}

void ConnectionStore::setLucidRestSignedIn(const QString &id, bool signedIn)
{
    if (!findById(id))
        return;
    m_settings.setValue(Group + u'/' + id + u"/lucidRest/signedIn", signedIn);
    m_settings.sync();
}

void ConnectionStore::rememberServedPageSize(const QString &id, int size)
{
    // Only this one value: the rest of the profile may have been changed meanwhile elsewhere.
    if (!findById(id))
        return;
    m_settings.setValue(Group + u'/' + id + u"/servedPageSize", size);
    m_settings.sync();
}

void ConnectionStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(u'/'))
        return;
    m_settings.remove(Group + u'/' + id);
    if (lastUsedId() == id)
        m_settings.remove(QStringLiteral("lastConnection"));
    m_settings.sync();
}

QString ConnectionStore::lastUsedId() const
{
    return m_settings.value(QStringLiteral("lastConnection")).toString();
}

void ConnectionStore::setLastUsedId(const QString &id)
{
    m_settings.setValue(QStringLiteral("lastConnection"), id);
}

} // namespace ScimDesk
