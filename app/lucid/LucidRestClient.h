#pragma once

#include "LucidRestTokens.h"
#include "connections/ConnectionProfile.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ScimDesk {

class TokenStore;

// Calls Lucid's REST API for one signed-in connection (see LucidSignIn): hands a user's
// documents to another user. Reads the tokens from the keychain when first needed, refreshes
// the access token when it has expired or is refused (401, once per request) and keeps the new
// refresh token there, and paces requests to Lucid's 30 per 5 s.
class LucidRestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LucidRestClient)

public:
    struct Result
    {
        int status = 0; // HTTP status; 0 when no answer came
        QString message; // empty when done; else what went wrong and what to do
        bool ok() const { return message.isEmpty(); }
    };
    using Callback = std::function<void(const Result &)>;

    LucidRestClient(const ConnectionProfile &profile, TokenStore *tokens,
                    QObject *parent = nullptr);
    ~LucidRestClient() override;

    // POST {api}/transferUserContent {"fromUser", "toUser"}: moves `fromEmail`'s documents,
    // folders and libraries to `toEmail`. Done when the service answers with success.
    void transferUserContent(const QString &fromEmail, const QString &toEmail,
                             const QObject *context, Callback done);

private:
    enum class TokenState { Unread, Reading, Ready, Refreshing, Failed };
    struct Pending
    {
        QString from;
        QString to;
        QPointer<const QObject> context;
        Callback done;
        bool refreshed = false; // sent again once after a 401 and a refresh
        int tooMany = 0; // 429 answers so far
    };

    void pump();
    void readTokens();
    void refresh();
    void refreshFinished(QNetworkReply *reply);
    void send(Pending pending);
    void answered(QNetworkReply *reply, Pending pending, const QString &tokenUsed);
    void finish(const Pending &pending, const Result &result);
    void failAll(const QString &why);
    // Milliseconds until the pace allows another request: 0 for now, -1 for when an answer
    // comes.
    qint64 paceWaitMs();

    ConnectionProfile m_profile;
    TokenStore *m_tokens;
    QNetworkAccessManager *m_network;
    LucidRestTokens m_stored;
    TokenState m_state = TokenState::Unread;
    // The access token came from a refresh just now: used even if the service gave it a life
    // shorter than the margin accessExpired() keeps, rather than refreshing without end.
    bool m_fresh = false;
    QString m_failure;
    std::deque<Pending> m_queue;
    // The pace counts a request from when its answer came: the service saw it before then,
    // however long it took to get there. Until answered, it counts as sent now.
    int m_inFlight = 0;
    QList<qint64> m_answeredAt;
    qint64 m_pausedUntil = 0; // after a 429: nothing is sent before then
    QElapsedTimer m_clock;
    QTimer m_wake;
};

} // namespace ScimDesk
