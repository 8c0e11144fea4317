#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace ScimDesk {

// The outcome of a keychain operation. `token` is filled only by a successful read.
struct TokenResult
{
    Q_DECLARE_TR_FUNCTIONS(TokenResult)

public:
    enum class Status { Ok, NotFound, NoBackend, AccessDenied, Error };

    Status status = Status::Ok;
    QString token;
    QString backendMessage; // what the keychain library said; never contains the secret

    bool ok() const { return status == Status::Ok; }
    // What happened and what the person can do about it.
    QString message() const;
};

// Where connection tokens live: the OS keychain, keyed by connection id. Asynchronous because
// the keychain may ask the person to unlock it. A fake exists only for unit tests above this.
class TokenStore
{
public:
    using Callback = std::function<void(const TokenResult &)>;

    virtual ~TokenStore() = default;
    virtual void read(const QString &connectionId, const QObject *context, Callback done) = 0;
    virtual void write(const QString &connectionId, const QString &token, const QObject *context,
                       Callback done)
        = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &connectionId, const QObject *context, Callback done) = 0;
};

} // namespace ScimDesk
