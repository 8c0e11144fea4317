#pragma once

#include "connections/ConnectionProfile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ScimDesk {

class ConnectionStore;
class LucidSignIn;
class TokenStore;

// The Documents tab of a Lucid connection's settings: the OAuth app's client id and secret, and
// "Sign in for document hand-over…", which opens Lucid's sign-in page in the browser (LucidSignIn
// does the rest) and says how it went.
class LucidSignInPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LucidSignInPage)

public:
    LucidSignInPage(ConnectionStore *store, TokenStore *tokens, const ConnectionProfile &profile,
                    QWidget *parent = nullptr);

    QString clientId() const;
    QPushButton *signInButton() const { return m_signIn; }
    QString status() const;

private:
    void signIn();
    void showStatus(const QString &text);

    ConnectionStore *m_store;
    TokenStore *m_tokens;
    QString m_connectionId;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QPushButton *m_signIn;
    QLabel *m_status;
    QPointer<LucidSignIn> m_running;
};

} // namespace ScimDesk
