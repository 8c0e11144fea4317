#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ScimDesk {

struct ServiceCapabilities;

// A saved connection to one SCIM service. Holds no secret: the token is in the keychain under
// `id`.
struct ConnectionProfile
{
    QString id; // stable, generated once; the keychain key
    QString name;
    QUrl baseUrl;
    QString presetId = QStringLiteral("generic");
    QString matchAttribute = QStringLiteral("userName");
    // Resources to ask for per page. 0: automatic, the largest page the service allows: its
    // filter.maxResults (at most MaxAutomaticPageSize), or what it served when asked for more.
    int pageSize = 0;
    // Automatic: how many the service served a page when asked for more (0: not known yet).
    // Remembered, so that later reads ask for that at once.
    int servedPageSize = 0;
    int concurrency = 4;
    QStringList protectedAccounts; // userNames that may never be deactivated or deleted
    // Deprovisioning more users than this needs a typed confirmation (GUI) or
    // --allow-mass-deprovision (CLI). -1: the default, 10 users or 5 % of the directory,
    // whichever is smaller.
    int deprovisionThreshold = -1;

    // How licences are given and taken away. By attribute: the user's licence booleans (Lucid's
    // productLicenses). By group: membership in a group grants a licence (Lucid accounts with
    // organisational groups ignore the booleans); `licenceGroups` says which group, by licence.
    enum class LicenceMode { Attribute, Group };
    LicenceMode licenceMode = LicenceMode::Attribute;
    QMap<QString, QString> licenceGroups; // licence name -> the granting group's displayName
    bool licencesByGroup() const { return licenceMode == LicenceMode::Group; }

    static constexpr int MaxAutomaticPageSize = 1000;
    bool automaticPageSize() const { return pageSize <= 0; }
    // The page size to ask `capabilities`' service for: the profile's own, capped by the
    // service's maxResults, or the automatic one.
    int pageSizeFor(const ServiceCapabilities &capabilities) const;
    // After a read that asked for `asked` a page and was served `served`: whether that is
    // something to remember (servedPageSize is then set).
    bool learnServedPageSize(int asked, int served);
    static QString licenceModeName(LicenceMode mode);
    static bool licenceModeFromName(const QString &name, LicenceMode *mode);
    // Whether deactivating a user takes their licences away, as learnt from what the service
    // answered (a deactivated user read back without the licences they held, or with them);
    // unset until then, when the preset's fact holds. Only ConnectionStore::learn() saves it.
    std::optional<bool> deactivationRevokesLicences;
    bool revokesLicencesOnDeactivation() const;

    // Lucid's REST API (not SCIM), for handing a leaver's documents to someone: the OAuth 2.0
    // app the admin registered in Lucid's developer portal, and the endpoints (Lucid's own
    // unless changed). The client secret and the tokens are in the keychain, under
    // LucidRestTokens::keyFor(id); never here.
    struct LucidRest
    {
        QString clientId;
        QUrl authorizeUrl {QStringLiteral("https://lucid.app/oauth2/authorizeAccount")};
        QUrl tokenUrl {QStringLiteral("https://api.lucid.co/oauth2/token")};
        QUrl apiUrl {QStringLiteral("https://api.lucid.co")};
        // Set by a successful sign-in (ConnectionStore::setLucidRestSignedIn), cleared by a
        // refresh the service refused; save() leaves it as it is.
        bool signedIn = false;
    };
    LucidRest lucidRest;
    // Whether this connection has a REST sign-in, so that documents can be handed over: a
    // plan may then hold TransferDocuments changes for it.
    bool hasRestSignIn() const { return lucidRest.signedIn && !lucidRest.clientId.isEmpty(); }

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
