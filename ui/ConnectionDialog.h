#pragma once

#include "connections/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ScimDesk {

class ConnectionStore;
class ConnectionTester;
class TokenStore;

// Add or edit a connection. The token field writes to the keychain and never shows the stored
// secret: for a saved connection it says "stored — type to replace".
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // `profile` empty (no id) = a new connection.
    ConnectionDialog(ConnectionStore *store, TokenStore *tokens, const ConnectionProfile &profile,
                     QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    QString testResult() const;
    void testConnection();

    void accept() override;

private:
    // Builders for the constructor: the service and token fields, and the advanced settings.
    QLayout *buildServiceForm();
    QWidget *buildAdvancedBox();
    void presetChanged();
    void setBusy(bool busy, const QString &text);

    ConnectionStore *m_store;
    TokenStore *m_tokens;
    ConnectionProfile m_profile;
    bool m_isNew;
    bool m_saving = false;
    ConnectionTester *m_tester;
    QLineEdit *m_name;
    QComboBox *m_preset;
    QLineEdit *m_url;
    QLabel *m_presetNote;
    QLineEdit *m_token;
    QSpinBox *m_pageSize;
    QSpinBox *m_concurrency;
    QComboBox *m_match;
    QPlainTextEdit *m_protected;
    QSpinBox *m_threshold;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace ScimDesk
