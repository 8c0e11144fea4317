#pragma once

#include "connections/ConnectionSession.h"
#include "connections/ConnectionStore.h"

#include <QMainWindow>

class QComboBox;
class QLabel;

namespace ScimDesk {

class TokenStore;
class ConnectionOverview;

// The console's main window: connection switcher, pages, and a status bar that always says
// which connection is open and what state it is in. Delegates to pages; owns no protocol logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ConnectionStore *connections, TokenStore *tokens, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the named connection, or the last one used when `name` is empty. Returns false
    // (and says why in the status bar) when there is no such connection.
    bool openInitialConnection(const QString &name);
    ConnectionSession *session() const { return m_session; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void reloadConnectionList();
    void switchTo(int index);
    void updateState();
    void showAbout();

    ConnectionStore *m_connections;
    ConnectionSession *m_session;
    QComboBox *m_connectionBox = nullptr;
    QLabel *m_stateLabel = nullptr;
    ConnectionOverview *m_overview = nullptr;
};

} // namespace ScimDesk
