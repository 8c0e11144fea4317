#pragma once

#include "connections/ConnectionProfile.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace ScimDesk {

class ConnectionStore;
class ConnectionTester;
class LucidSignInPage;
class Directory;
class TokenStore;
struct LicenceGroupProposal;

// Add or edit a connection. The token field writes to the keychain and never shows the stored
// secret: for a saved connection it says "stored — type to replace". For a service with
// licences, the Licences tab says how they are given: by the users' licence attributes, or by
// membership in a group per licence.
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
    // Cancel, Escape and the close button wait while the token is being stored: the keychain's
    // answer keeps the saved settings (and closes) or takes a new connection back, and neither
    // may be skipped.
    void reject() override;

    // The open connection's directory, when this edits that connection: its groups are offered
    // as licence groups, and "Propose from the directory" reads its users and groups. Without
    // one, group names are typed.
    void setDirectory(const Directory *directory);
    // Opens the Licences tab set to "By group" with the groups `proposal` found filled in (the
    // other licences keep theirs) and says what it found, for the admin to check and save.
    void showLicenceProposal(const LicenceGroupProposal &proposal);
    // "Propose from the directory": fills the licence groups from the directory's users.
    void proposeLicenceGroups();
    QTabWidget *tabs() const { return m_tabs; }

private:
    // Builders for the constructor: the service and token fields, the advanced settings and
    // the licence settings.
    QLayout *buildServiceForm();
    QWidget *buildAdvancedPage();
    QWidget *buildLicencesPage();
    void orderFocus();
    void presetChanged();
    void setBusy(bool busy, const QString &text);
    // The result line and the licence note; the dialog grows to show all of either.
    void showResult(const QString &text);
    void showNote(const QString &text);
    void growToFit();
    // The licences of the chosen service: the directory's when it is the saved service, else
    // the preset's; and any the profile names a group for.
    QStringList licenceNames() const;
    // One row per licence, keeping what was typed for those that stay.
    void rebuildLicenceRows();
    void fillGroupChoices();
    QWidget *firstGroupBox() const; // the first licence's, as shown
    // licence -> group as the rows say now (empty rows left out), over those no row shows.
    QMap<QString, QString> licenceGroups() const;
    void updateLicenceControls();

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
    QTabWidget *m_tabs = nullptr;
    QWidget *m_licencesPage = nullptr;
    QRadioButton *m_byAttribute = nullptr;
    QRadioButton *m_byGroup = nullptr;
    QFormLayout *m_licenceForm = nullptr;
    QMap<QString, QComboBox *> m_licenceGroupBoxes; // licence -> its group's editable box
    QMap<QString, QString> m_licenceGroups; // what rows no longer shown had
    QPushButton *m_propose = nullptr;
    QLabel *m_licenceNote = nullptr;
    QPointer<const Directory> m_directory;
    LucidSignInPage *m_documentsPage = nullptr;
};

} // namespace ScimDesk
