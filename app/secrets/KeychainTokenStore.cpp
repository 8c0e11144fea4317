#include "KeychainTokenStore.h"

#include "common/AppInfo.h"
#include "common/Logging.h"

#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace ScimDesk {

namespace {

TokenResult resultOf(const QKeychain::Job &job)
{
    TokenResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = TokenResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = TokenResult::Status::NoBackend;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = TokenResult::Status::AccessDenied;
        break;
    default:
        result.status = TokenResult::Status::Error;
        break;
    }
    if (job.error() != QKeychain::NoError)
        result.backendMessage = job.errorString();
    // On Linux a missing Secret Service shows up as OtherError with a D-Bus message.
    if (result.status == TokenResult::Status::Error
        && (result.backendMessage.contains(u"D-Bus", Qt::CaseInsensitive)
            || result.backendMessage.contains(u"Could not connect", Qt::CaseInsensitive)
            || result.backendMessage.contains(u"org.freedesktop.secrets")
            || result.backendMessage.contains(u"ServiceUnknown")))
        result.status = TokenResult::Status::NoBackend;
    return result;
}

template<typename Job> Job *prepare(const QString &service, const QString &connectionId)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file, whatever the platform
    job->setKey(connectionId);
    return job;
}

template<typename Job>
void connectFinished(Job *job, const QObject *context, TokenStore::Callback done,
                     std::function<void(Job *, TokenResult &)> extra = {})
{
    const bool hasContext = context != nullptr;
    QPointer<const QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, hasContext, guard, done = std::move(done), extra](QKeychain::Job *) {
                         TokenResult result = resultOf(*job);
                         if (extra)
                             extra(job, result);
                         qCDebug(lcSecrets) << "keychain job for" << job->key()
                                            << "finished:" << int(result.status);
                         if (hasContext && guard.isNull())
                             return;
                         done(result);
                     });
}

} // namespace

QString TokenResult::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No token is stored for this connection — add it in the connection settings.");
    case Status::NoBackend:
        return tr("No keychain is available to hold the token. On Linux, install and start a "
                  "Secret Service provider (gnome-keyring or KeePassXC with Secret Service "
                  "enabled) and unlock it; ScimDesk never stores tokens in a plain file. "
                  "(%1)")
            .arg(backendMessage);
    case Status::AccessDenied:
        return tr("Access to the keychain was denied — unlock the keychain and allow ScimDesk "
                  "to use it. (%1)")
            .arg(backendMessage);
    case Status::Error:
        return tr("The keychain reported an error: %1 — check that the keychain (on Linux, "
                  "the Secret Service: gnome-keyring or KeePassXC) is running and unlocked.")
            .arg(backendMessage);
    }
    return {};
}

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(service.isEmpty() ? AppInfo::id() : std::move(service))
{ }

void KeychainTokenStore::read(const QString &connectionId, const QObject *context, Callback done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, connectionId);
    connectFinished<QKeychain::ReadPasswordJob>(job, context, std::move(done),
                                                [](QKeychain::ReadPasswordJob *j, TokenResult &r) {
                                                    if (r.ok())
                                                        r.token = j->textData();
                                                });
    job->start();
}

void KeychainTokenStore::write(const QString &connectionId, const QString &token,
                               const QObject *context, Callback done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, connectionId);
    job->setTextData(token);
    connectFinished<QKeychain::WritePasswordJob>(job, context, std::move(done));
    job->start();
}

void KeychainTokenStore::remove(const QString &connectionId, const QObject *context, Callback done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, connectionId);
    connectFinished<QKeychain::DeletePasswordJob>(
        job, context, [done = std::move(done)](const TokenResult &result) {
            if (result.status == TokenResult::Status::NotFound) {
                done(TokenResult {}); // already gone is what the caller wanted
                return;
            }
            done(result);
        });
    job->start();
}

TokenResult waitFor(const std::function<void(const QObject *, TokenStore::Callback)> &operation)
{
    QEventLoop loop;
    TokenResult outcome;
    bool finished = false;
    operation(&loop, [&](const TokenResult &result) {
        outcome = result;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return outcome;
}

} // namespace ScimDesk
