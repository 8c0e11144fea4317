#include "Directory.h"

#include "common/Background.h"
#include "connections/ConnectionProfile.h"
#include "scim/PagedReader.h"
#include "scim/ScimClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QPointer>

namespace ScimDesk {

Directory::Directory(QObject *parent)
    : QObject(parent)
    , m_users(new UserTableModel(this))
    , m_groups(new GroupTableModel(this))
{
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, &Directory::addQueuedPage);
}

Directory::~Directory() = default;

void Directory::attach(ScimClient *client, const ServiceCapabilities &capabilities,
                       const ConnectionProfile &profile, qint64 listedUsers)
{
    detach();
    m_client = client;
    m_listedUsers = listedUsers;
    m_capabilities = capabilities;
    m_pageSize = profile.pageSizeFor(capabilities);
    m_automaticPageSize = profile.automaticPageSize();
    m_concurrency = qMax(1, profile.concurrency);
    m_hidesDeactivated = profile.presetId == u"lucid";
    m_users->reset({capabilities.licenceSchema, capabilities.licenceNames});
    m_users->setFetcher([this] { load(m_filter); });
    m_users->setCanFetch(true);
}

void Directory::detach()
{
    cancel();
    m_client = nullptr;
    m_users->setCanFetch(false);
    m_users->reset({});
    m_groups->clear();
    m_filter.clear();
    m_error = {};
    m_expectedUsers = 0;
    setState(State::Empty);
}

void Directory::load(const QString &filter)
{
    if (!m_client)
        return;
    cancel();
    m_filter = filter.trimmed();
    m_error = {};
    m_groupsError = {};
    m_groupsIncomplete = false;
    m_warning.clear();
    m_expectedUsers = 0;
    m_askedIds.clear();
    // The same directory again: deactivated users it leaves out are still known by name.
    m_users->reset({m_capabilities.licenceSchema, m_capabilities.licenceNames}, true);
    m_groups->clear();

    PagedReader::Options users;
    users.endpoint = m_capabilities.usersEndpoint.toUtf8();
    users.filter = m_filter;
    users.pageSize = m_pageSize;
    users.concurrency = m_concurrency;
    // Records are made from the bytes as the page is checked, each user while its bytes are in
    // the processor's cache, on the worker thread that reads the page: no QJsonObjects, and the
    // page is read once.
    users.form = ListPage::Form::Indexed;
    users.converter = [reader = std::make_shared<const UserRecord::Reader>(LicenceCatalog {
                           m_capabilities.licenceSchema, m_capabilities.licenceNames})] {
        return std::make_shared<UserTableModel::PageConverter>(reader);
    };
    // Several pages are asked for at once and answer in any order; the table lists the users
    // as the service does all the same, and the same way on every load.
    users.ordered = true;
    users.expectedTotal = m_filter.isEmpty() ? m_listedUsers : -1;
    m_userReader = new PagedReader(m_client, users, this);
    connect(m_userReader, &PagedReader::pageReceived, this, &Directory::queuePage);
    connect(m_userReader, &PagedReader::progress, this, [this](qint64 loaded, qint64 total) {
        m_expectedUsers = total;
        m_users->reserve(total);
        if (const int served = m_userReader->effectivePageSize();
            m_automaticPageSize && served < m_pageSize) {
            m_pageSize = served;
            Q_EMIT servedPageSizeLearned(served);
        }
        Q_EMIT progress(loaded, total);
    });
    connect(m_userReader, &PagedReader::finished, this, &Directory::readerFinished);
    connect(m_userReader, &PagedReader::failed, this, &Directory::readerFailed);

    PagedReader::Options groups;
    groups.endpoint = m_capabilities.groupsEndpoint.toUtf8();
    groups.pageSize = m_pageSize;
    groups.concurrency = 1; // a few dozen groups; leave the concurrency to the users
    m_groupReader = new PagedReader(m_client, groups, this);
    connect(m_groupReader, &PagedReader::resourcesReceived, this, &Directory::convertGroupPage);
    connect(m_groupReader, &PagedReader::finished, this, &Directory::readerFinished);
    connect(m_groupReader, &PagedReader::failed, this, [this](const ScimError &error) {
        // Groups are secondary: a service without /Groups, or a token scoped to users, still
        // gives a complete user list.
        m_groupsError = error;
        readerFinished();
    });

    m_users->setCanFetch(false);
    setState(State::Loading);
    m_userReader->start();
    m_groupReader->start();
}

bool Directory::loadAndWait()
{
    QEventLoop loop;
    const auto quit = connect(this, &Directory::stateChanged, &loop, [&loop](State state) {
        if (state != State::Loading)
            loop.quit();
    });
    load();
    if (m_state == State::Loading)
        loop.exec();
    disconnect(quit);
    return m_state == State::Complete;
}

void Directory::queuePage(const ListPage &page)
{
    // The reader's worker threads made the users while the next pages downloaded. Pages can
    // arrive back to back; they go to the model one per event-loop turn so the window repaints
    // and reacts between them, and the reader reads no more than its concurrency ahead of the
    // model meanwhile.
    auto *converter = page.converter<UserTableModel::PageConverter>();
    Q_ASSERT(converter); // the reader's options make one for every page
    if (!converter)
        return;
    m_pendingPages.push_back(converter->take());
    m_userReader->holdPage();
    if (!m_pageTimer.isActive())
        m_pageTimer.start();
}

void Directory::convertGroupPage(const QJsonArray &resources)
{
    // A page of groups carries every member of every group: a hundred thousand entries in a
    // large directory, too many to convert between two repaints.
    ++m_groupPagesConverting;
    const quint64 generation = m_generation;
    runInBackground(
        this, [resources] { return GroupRecord::fromResources(resources); },
        [this, generation](QList<GroupRecord> groups) {
            if (generation != m_generation)
                return; // a reload or a cancel since
            --m_groupPagesConverting;
            m_groups->addGroups(std::move(groups));
            readerFinished();
        });
}

void Directory::addQueuedPage()
{
    if (m_pendingPages.empty())
        return;
    m_users->addPage(std::move(m_pendingPages.front()));
    m_pendingPages.pop_front();
    if (m_userReader)
        m_userReader->releasePage();
    if (m_pendingPages.empty())
        readerFinished();
    else
        m_pageTimer.start();
}

void Directory::cancel()
{
    const bool usersLoading
        = (m_userReader && m_userReader->isRunning()) || !m_pendingPages.empty();
    m_pendingPages.clear();
    m_pageTimer.stop();
    if (m_state == State::Loading
        && ((m_groupReader && m_groupReader->isRunning()) || m_groupPagesConverting > 0))
        m_groupsIncomplete = true;
    ++m_generation;
    m_groupPagesConverting = 0;
    const bool wasLoading = m_state == State::Loading && usersLoading;
    for (PagedReader *reader : {m_userReader, m_groupReader}) {
        if (reader) {
            reader->cancel();
            reader->deleteLater();
        }
    }
    m_userReader = nullptr;
    m_groupReader = nullptr;
    if (wasLoading)
        setState(State::Cancelled);
    else if (m_state == State::Loading)
        setState(State::Complete); // only groups were still loading
}

void Directory::readerFinished()
{
    if (m_userReader && !m_userReader->isRunning() && !m_userReader->warning().isEmpty())
        m_warning = m_userReader->warning();
    if (m_userReader && !m_userReader->isRunning() && m_filter.isEmpty())
        m_listedUsers = m_userReader->totalResults(); // for the next load
    const bool usersDone = (!m_userReader || !m_userReader->isRunning()) && m_pendingPages.empty();
    const bool groupsDone
        = (!m_groupReader || !m_groupReader->isRunning()) && m_groupPagesConverting == 0;
    if (usersDone && groupsDone && m_state == State::Loading)
        setState(State::Complete);
}

QString Directory::groupsStatus() const
{
    if (m_groupsError.isError())
        return tr("Groups could not be read: %1").arg(m_groupsError.message());
    if (m_groupsIncomplete)
        return tr("Groups are incomplete: loading was stopped before all were read. Press F5 to "
                  "load everything.");
    return {};
}

bool Directory::groupsComplete() const
{
    // A failed user read stops the group reader too; a cancel notes whether groups were cut.
    return (m_state == State::Complete || m_state == State::Cancelled) && !m_groupsError.isError()
        && !m_groupsIncomplete;
}

void Directory::readerFailed(const ScimError &error)
{
    m_error = error;
    m_pendingPages.clear();
    m_pageTimer.stop();
    ++m_generation;
    m_groupPagesConverting = 0;
    for (PagedReader *reader : {m_userReader, m_groupReader}) {
        if (reader)
            reader->cancel();
    }
    setState(State::Failed);
}

void Directory::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString Directory::statusText() const
{
    const qint64 loaded = m_users->rowCount();
    switch (m_state) {
    case State::Empty:
        return {};
    case State::Loading:
        return m_expectedUsers > 0
            ? tr("Loading users… %L1 of %L2").arg(loaded).arg(m_expectedUsers)
            : tr("Loading users…");
    case State::Complete: {
        QString text
            = m_warning.isEmpty() ? tr("all %Ln users loaded", nullptr, int(loaded)) : m_warning;
        if (m_groupsIncomplete)
            text += u' ' + tr("(groups incomplete: F5 loads them)");
        return text;
    }
    case State::Cancelled:
        return tr("Partial list: loading was cancelled after %L1 of %L2 users — press F5 to "
                  "load everything.")
            .arg(loaded)
            .arg(m_expectedUsers);
    case State::Failed:
        return tr("Incomplete list (%L1 of %L2 users): %3 Press F5 to try again.")
            .arg(loaded)
            .arg(m_expectedUsers)
            .arg(m_error.message());
    }
    return {};
}

void Directory::fetchUserJson(const QString &id, const QObject *context,
                              std::function<void(const QByteArray &, const ScimError &)> done)
{
    if (!m_client) {
        done({}, ScimError(ScimError::Kind::NoToken));
        return;
    }
    m_client->send(ScimRequest::get(m_capabilities.usersEndpoint.toUtf8(), id), context,
                   [done = std::move(done)](const ScimResponse &response) {
                       if (!response.ok()) {
                           done({}, response.error);
                           return;
                       }
                       done(QJsonDocument(response.json).toJson(QJsonDocument::Indented), {});
                   });
}

void Directory::lookUpIds(const QStringList &ids)
{
    if (!m_client)
        return;
    int asked = 0;
    for (const QString &id : ids) {
        if (asked == MaxIdLookups)
            break;
        if (id.isEmpty() || m_askedIds.contains(id) || m_users->store().rowOf(id) >= 0)
            continue;
        m_askedIds.insert(id);
        ++asked;
        m_client->send(ScimRequest::get(m_capabilities.usersEndpoint.toUtf8(), id), this,
                       [this](const ScimResponse &response) {
                           if (response.ok()) // known, not listed: not a row of the table
                               m_users->addDeparted({response.json});
                       });
    }
}

void Directory::takeIn(const Update &update)
{
    if (!update.users.isEmpty())
        m_users->addPage(update.users);
    m_users->removeUsers(update.deletedUsers);
    if (!update.groups.isEmpty())
        m_groups->addGroups(GroupRecord::fromResources(update.groups));
    if (!m_client)
        return;
    for (const QString &id : update.unknownUsers) {
        m_client->send(ScimRequest::get(m_capabilities.usersEndpoint.toUtf8(), id), this,
                       [this](const ScimResponse &response) {
                           if (response.ok())
                               m_users->addPage({response.json});
                       });
    }
}

void Directory::lookUpUsers(
    const QStringList &filters, const QObject *context,
    std::function<void(const QStringList &found, const ScimError &error)> done)
{
    if (!m_client || filters.isEmpty()) {
        done({}, m_client ? ScimError() : ScimError(ScimError::Kind::NoToken));
        return;
    }
    auto lookup = std::make_shared<Lookup>();
    lookup->filters = filters;
    lookup->context = context;
    lookup->done = std::move(done);
    // As many at a time as the connection allows, as an apply would: a file of a thousand new
    // hires must not become a thousand requests at once.
    for (int i = 0; i < m_concurrency && lookup->next < lookup->filters.size(); ++i)
        lookUpNext(lookup);
}

void Directory::lookUpNext(const std::shared_ptr<Lookup> &lookup)
{
    if (!lookup->context)
        return; // whoever asked is gone
    if (!m_client) { // detached meanwhile: nothing more can be asked
        lookup->next = lookup->filters.size();
        if (!lookup->error.isError())
            lookup->error = ScimError(ScimError::Kind::Cancelled);
        if (lookup->inFlight == 0)
            lookup->done(lookup->found, lookup->error);
        return;
    }
    ScimRequest request;
    request.path = m_capabilities.usersEndpoint.toUtf8();
    request.query.addQueryItem(
        QStringLiteral("filter"),
        QString::fromLatin1(QUrl::toPercentEncoding(lookup->filters.at(lookup->next++))));
    ++lookup->inFlight;
    QPointer<Directory> self(this);
    m_client->send(request, lookup->context, [self, lookup](const ScimResponse &response) {
        if (!self)
            return;
        --lookup->inFlight;
        if (response.ok()) {
            const QJsonArray resources = response.json.value(u"Resources").toArray();
            self->m_users->addPage(resources);
            for (const QJsonValue &value : resources)
                lookup->found.append(value.toObject().value(u"userName").toString());
        } else {
            if (!lookup->error.isError())
                lookup->error = response.error;
            lookup->next = lookup->filters.size(); // the rest would fail alike: stop asking
        }
        if (lookup->next < lookup->filters.size())
            self->lookUpNext(lookup);
        else if (lookup->inFlight == 0)
            lookup->done(lookup->found, lookup->error);
    });
}

} // namespace ScimDesk
