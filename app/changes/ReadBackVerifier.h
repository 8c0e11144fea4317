#pragma once

#include "ChangeResult.h"
#include "Plan.h"
#include "scim/ServiceCapabilities.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace ScimDesk {

class ScimClient;
struct ScimResponse;

// Checks, after an apply, that the service holds what each applied change meant: from the
// resource the service sent back when that answer shows the changed attributes, else by reading
// the resource (one GET each, or the directory page by page when that takes fewer requests).
// A change the service accepted but did not make becomes NotApplied. One verifier per apply.
class ReadBackVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadBackVerifier)

public:
    // `results` are the apply's, by the index of their change in `plan`; `concurrency` bounds the
    // reads in flight.
    ReadBackVerifier(ScimClient *client, ServiceCapabilities capabilities, Plan plan,
                     QList<ChangeResult> results, int concurrency, QObject *parent = nullptr);
    ~ReadBackVerifier() override;

    // Checks every Applied change except those in `alreadyVerified` (by change id: checked
    // before an interruption). Emits finished() when all are checked, possibly before returning.
    void start(const QSet<QString> &alreadyVerified = {});
    QList<ChangeResult> results() const { return m_results; }

    // Why `resource` shows that `change` was not made, or empty when it shows it was.
    // `createdIds` are the ids of resources the plan created, by change id (see createdIds()).
    static QString mismatch(const Change &change, const QJsonObject &resource,
                            const QHash<QString, QString> &createdIds);
    static QHash<QString, QString> createdIds(const QList<ChangeResult> &results);
    // Whether `resource` leaves out an attribute `change` set (a trimmed answer or list entry):
    // it can then neither confirm nor refute the change.
    static bool lacksAttributes(const Change &change, const QJsonObject &resource);

    // Below this many users to read back, one GET each is simpler than listing pages.
    static constexpr int MinUsersForPageReadBack = 20;

Q_SIGNALS:
    // The change at `index` was checked: `result` is Applied (confirmed) or NotApplied.
    void verified(int index, const ScimDesk::ChangeResult &result);
    // The change at `index` could not be read back: `result` stays Applied and says why.
    void unverifiable(int index, const ScimDesk::ChangeResult &result);
    void finished();

private:
    void judge(int index, const QJsonObject &resource, bool gone);
    void readByPagesIfCheaper(const QList<int> &toRead, const QList<int> &users);
    void readByPages(const QList<int> &toRead, int pageSize);
    void takePage(const QJsonArray &page, const QHash<QString, int> &wanted);
    void readOneByOne(const QList<int> &toRead);
    void readNext();
    void takeRead(int index, const ScimResponse &response);
    QString idOf(int index) const;
    // A licence given by a group: after the membership is confirmed, each member is read to see
    // that they hold (or no longer hold) the licence.
    void checkHolders(int index);
    void pumpHolders();
    void takeHolder(int index, const QString &name, const ScimResponse &response);
    void readsDone();
    void finishIfDone();

    struct Holders
    {
        QList<std::pair<QString, QString>> toRead; // user id, name
        int left = 0;
        QStringList wrong;
    };

    ScimClient *m_client;
    ServiceCapabilities m_capabilities;
    Plan m_plan;
    QList<ChangeResult> m_results;
    int m_concurrency;
    QHash<QString, QString> m_createdIds;
    QSet<int> m_foundInPages; // checked from a page
    QList<int> m_queue; // to read one by one, not yet sent
    int m_reading = 0; // read one by one, not yet checked
    bool m_started = false;
    QHash<int, Holders> m_holders; // by change index: licence holders still to check
    QList<int> m_holderQueue;
    int m_holderReads = 0;
    bool m_readsDone = false;
    bool m_finished = false;
};

} // namespace ScimDesk
