#pragma once

#include "changes/ApplySession.h"
#include "changes/PlanFile.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ScimDesk {

class ConnectionSession;
class ConnectionStore;
class TokenStore;

// Applies a plan file section by section, each section to its own connection and in parallel:
// each opens its connection (its own token), goes through its own ApplySession (journal,
// guards, confirmation, verification, audit run) and ends on its own. One connection failing
// or refusing does not stop the others.
class SectionedApply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionedApply)

public:
    struct Section
    {
        enum class State {
            Opening, // reading the token, discovering
            Ready, // the session allows it; waiting for start()
            Refused, // a guard (or the confirmation) refused it: nothing sent
            Unavailable, // no saved connection, or the connection could not be opened
            Applying,
            Finished,
        };
        Plan plan;
        std::optional<ConnectionProfile> profile;
        State state = State::Opening;
        ApplySession::Check check;
        QString message; // why refused or unavailable
        std::unique_ptr<ConnectionSession> connection;
        std::unique_ptr<ApplySession> session;

        bool sentSomething() const { return state == State::Applying || state == State::Finished; }
        // The section's outcome in words: "applied 2", "refused: …", "could not connect: …".
        QString outcomeText() const;
        // Everything sent was applied and verified.
        bool allApplied() const;
    };

    // `connections` and `tokens` outlive this.
    SectionedApply(const PlanFile &file, const ConnectionStore *connections, TokenStore *tokens,
                   QObject *parent = nullptr);
    ~SectionedApply() override;

    // Before open(): at most `limit` requests at once on each connection (0: each
    // connection's own concurrency).
    void setConcurrency(int limit) { m_concurrency = limit; }
    // Opens every section's connection and checks its plan; opened() when all are settled.
    void open();
    // Applies every Ready section whose mass deprovisioning `confirmed` (by section) covers;
    // the others are refused with why. finished() when all have ended (at once if none runs).
    void start(const std::function<int(const Section &)> &confirmed);

    const std::vector<std::unique_ptr<Section>> &sections() const { return m_sections; }
    bool anySent() const;
    bool allApplied() const;
    // {"summary": {connections, applied, failed, notApplied, refused, unavailable},
    //  "connections": [{name, state, message, run, summary, changes}]}
    QJsonObject toJson() const;

Q_SIGNALS:
    void opened();
    void progress();
    void finished();

private:
    void sectionOpened(Section &section);
    void settleOpening();
    void sectionEnded();

    const ConnectionStore *m_connections;
    TokenStore *m_tokens;
    std::vector<std::unique_ptr<Section>> m_sections;
    int m_concurrency = 0;
    bool m_openedSent = false;
    bool m_finishedSent = false;
};

} // namespace ScimDesk
