#pragma once

#include "GroupModels.h"
#include "UserTableModel.h"
#include "scim/ScimError.h"
#include "scim/ServiceCapabilities.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace ScimDesk {

class PagedReader;
class ScimClient;
struct ConnectionProfile;

// One connection's directory as the console shows it: loads users and groups page by page into
// their models, and says at each moment whether the view is empty, loading, complete, partial
// (cancelled) or failed — so a table is never silently incomplete.
class Directory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Directory)

public:
    enum class State { Empty, Loading, Complete, Cancelled, Failed };
    Q_ENUM(State)

    explicit Directory(QObject *parent = nullptr);
    ~Directory() override;

    // Uses `client` (owned by the caller) for the service described by `capabilities`.
    // `listedUsers` is how many users discovery saw listed (or -1): a load asks for the first
    // pages at once instead of waiting for the first one to learn the count.
    void attach(ScimClient *client, const ServiceCapabilities &capabilities,
                const ConnectionProfile &profile, qint64 listedUsers = -1);
    void detach();
    bool isAttached() const { return !m_client.isNull(); }

    // (Re)loads users — all, or those matching a server-side `filter` — and groups.
    void load(const QString &filter = {});
    // Loads everything and waits (for the CLI and benchmarks): whether it is complete.
    bool loadAndWait();
    void cancel();

    State state() const { return m_state; }
    // For the status bar: what is loading or what went wrong, and what to do.
    QString statusText() const;
    ScimError error() const { return m_error; }
    // Why groups are missing, when reading them failed (users are unaffected); else empty.
    QString groupsStatus() const;
    ScimError groupsError() const { return m_groupsError; }
    // Whether a cancel stopped the groups before all were read.
    bool groupsIncomplete() const { return m_groupsIncomplete; }
    // Whether every group the service lists is loaded (so a name not among them is not there).
    bool groupsComplete() const;
    QString serverFilter() const { return m_filter; }

    qint64 expectedUsers() const { return m_expectedUsers; }
    const ServiceCapabilities &capabilities() const { return m_capabilities; }
    // Whether the service leaves deactivated users out of lists (Lucid).
    bool hidesDeactivatedUsers() const { return m_hidesDeactivated; }

    UserTableModel *users() const { return m_users; }
    GroupTableModel *groups() const { return m_groups; }

    // The user's SCIM JSON as the service returns it now (read on demand, indented).
    void fetchUserJson(const QString &id, const QObject *context,
                       std::function<void(const QByteArray &json, const ScimError &error)> done);

    // What changing the service told about its users and groups.
    struct Update
    {
        QJsonArray users; // as the service now holds them
        QJsonArray groups;
        QSet<QString> deletedUsers; // ids
        QStringList unknownUsers; // ids of users whose state is unknown (a conflict, a failure)
    };
    // Takes in an update (and re-reads the users whose state is unknown), so the tables and the
    // next plan start from the service's current state.
    void takeIn(const Update &update);
    // Asks the service for the users each filter matches (one request per filter, for what
    // lists leave out) and adds them to the table. `done` gets the userNames found.
    void lookUpUsers(const QStringList &filters, const QObject *context,
                     std::function<void(const QStringList &found, const ScimError &error)> done);
    // Reads the users with these ids that are not loaded (a group's members that lists leave
    // out: Lucid's deactivated users), for UserTableModel::departed(): the table's rows stay
    // what the service lists. Each is asked once a load, at most `MaxIdLookups` at a time.
    void lookUpIds(const QStringList &ids);
    static constexpr int MaxIdLookups = 25;

Q_SIGNALS:
    void stateChanged(ScimDesk::Directory::State state);
    void progress(qint64 loaded, qint64 total);
    // An automatic page size turned out larger than what the service serves, `size`: for the
    // connection to remember (ConnectionStore::rememberServedPageSize).
    void servedPageSizeLearned(int size);

private:
    struct Lookup
    {
        QStringList filters;
        qsizetype next = 0;
        int inFlight = 0;
        QPointer<const QObject> context;
        std::function<void(const QStringList &, const ScimError &)> done;
        QStringList found;
        ScimError error;
    };
    void lookUpNext(const std::shared_ptr<Lookup> &lookup);
    void setState(State state);
    void readerFinished();
    void readerFailed(const ScimError &error);
    void queuePage(const ListPage &page);
    void addQueuedPage();
    void convertGroupPage(const QJsonArray &resources);

    QPointer<ScimClient> m_client;
    ServiceCapabilities m_capabilities;
    int m_pageSize = 100;
    bool m_automaticPageSize = false;
    int m_concurrency = 4;
    bool m_hidesDeactivated = false;
    UserTableModel *m_users;
    GroupTableModel *m_groups;
    PagedReader *m_userReader = nullptr;
    PagedReader *m_groupReader = nullptr;
    State m_state = State::Empty;
    ScimError m_error;
    ScimError m_groupsError;
    bool m_groupsIncomplete = false; // a cancel stopped the groups before all were read
    QString m_filter;
    QString m_warning;
    qint64 m_expectedUsers = 0;
    qint64 m_listedUsers = -1; // unfiltered, when last seen: discovery's count or a load's
    // Pages the reader handed on, converted, in its order, not yet in the model.
    std::deque<UserTableModel::Page> m_pendingPages;
    QTimer m_pageTimer;
    quint64 m_generation = 0; // bumped whenever a load ends early, to drop late group pages
    int m_groupPagesConverting = 0;
    QSet<QString> m_askedIds; // lookUpIds() this load
};

} // namespace ScimDesk
