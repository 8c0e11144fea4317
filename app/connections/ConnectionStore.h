#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <optional>

namespace ScimDesk {

// Connection profiles in QSettings (group "connections/<id>"), a file only its owner can read.
// Tokens are not here; see TokenStore.
class ConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStore)

public:
    ConnectionStore();
    // For tests: a store on a specific settings file.
    explicit ConnectionStore(const QString &settingsFile);

    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    std::optional<ConnectionProfile> findById(const QString &id) const;
    // Matches a name first (case-sensitive, then case-insensitive), then an id.
    std::optional<ConnectionProfile> find(const QString &nameOrId) const;
    // The connection a plan made for `name` at `baseUrl` belongs to: the one with both, else one
    // with that URL, else the one with that name (whose other URL a guard then refuses, saying
    // so).
    std::optional<ConnectionProfile> findForService(const QString &name, const QUrl &baseUrl) const;

    // Adds or updates `profile`; refuses a name another profile already has. Empty on success,
    // else a message for the person.
    QString save(const ConnectionProfile &profile);
    void remove(const QString &id);
    // Records what an apply learnt about the connection with `id` (see
    // ConnectionProfile::deactivationRevokesLicences). save() leaves it as it is, so that a
    // settings dialog opened before the apply does not undo it.
    void learnDeactivationRevokesLicences(const QString &id, bool revokes);
    // Records whether the connection with `id` has a REST sign-in (see
    // ConnectionProfile::LucidRest::signedIn).
    void setLucidRestSignedIn(const QString &id, bool signedIn);
    // Keeps what an automatic page size learnt from the service (see ConnectionProfile).
    void rememberServedPageSize(const QString &id, int size);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    void sync() { m_settings.sync(); }

private:
    ConnectionProfile read(const QString &id) const;
    void makePrivate();

    mutable QSettings m_settings;
};

} // namespace ScimDesk
