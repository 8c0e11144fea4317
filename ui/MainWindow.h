#pragma once

#include "connections/ConnectionSession.h"
#include "connections/ConnectionStore.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace ScimDesk {

class ChangesController;
class ConnectionDialog;
class ConnectionOverview;
class Directory;
class GroupsPage;
class LicenceSummaryWidget;
class OffboardDialog;
class ReviewPage;
class TokenStore;
class UsersPage;

// The console's main window: connection switcher, the Users / Groups / Licences / Connection
// pages, and a status bar that always says which connection is open, how many rows there are,
// and what is loading. Delegates to pages; owns no protocol logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ConnectionStore *connections, TokenStore *tokens, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the named connection, or the last one used when `name` is empty. `file`, when
    // given, opens once connected: a CSV in the import dialog, a plan in review — and
    // with no `name`, a plan opens the connection it was made for. Returns false (and says why
    // in the status bar) when there is no such connection.
    bool openInitialConnection(const QString &name, const QString &file = {});
    ConnectionSession *session() const { return m_session; }
    Directory *directory() const { return m_directory; }
    UsersPage *usersPage() const { return m_users; }
    GroupsPage *groupsPage() const { return m_groups; }
    LicenceSummaryWidget *licenceSummary() const { return m_licences; }
    QTabWidget *pages() const { return m_pages; }
    ReviewPage *reviewPage() const { return m_review; }
    ChangesController *changes() const { return m_changes; }

    // Writes the users view as it is filtered and sorted (visible columns) to `path`.
    QString exportUsers(const QString &path, bool excelBom);
    // Opens the connection dialog for a new connection, or for the open one (with its
    // directory, for the licence groups). Returns the dialog, which deletes itself on close.
    ConnectionDialog *editConnection(bool newConnection);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    // Connection > Find a person everywhere, and plans with sections opened elsewhere.
    void createPersonAction(QMenu *menu);
    // Connection > Find a person everywhere: the person view, open and not modal.
    OffboardDialog *openOffboarding();
    void reloadConnectionList();
    void openConnection(const ConnectionProfile &profile);
    void switchTo(int index);
    void onSessionState();
    void updateStatus();
    void exportWithDialog();
    void showAbout();
    void showHelp();
    void updateReviewTab();
    // When `dialog` closes, the window is active again, with the keyboard where it was.
    void returnFocusAfter(QDialog *dialog);
    // Whether pending changes may be dropped (asks when there are some).
    bool mayDiscardChanges(const QString &why);

    ConnectionStore *m_connections;
    TokenStore *m_tokens;
    ConnectionSession *m_session;
    QString m_pendingFile; // given at start; opened once connected
    Directory *m_directory;
    QTabWidget *m_pages = nullptr;
    UsersPage *m_users = nullptr;
    GroupsPage *m_groups = nullptr;
    LicenceSummaryWidget *m_licences = nullptr;
    ConnectionOverview *m_overview = nullptr;
    ReviewPage *m_review = nullptr;
    ChangesController *m_changes = nullptr;
    QComboBox *m_connectionBox = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_export = nullptr;
    QAction *m_columns = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_newConnection = nullptr;
    QAction *m_detailsPane = nullptr;
    QLabel *m_selectedLabel = nullptr;
    QString m_viewStateFor; // the connection whose column layout the users page shows
};

} // namespace ScimDesk
