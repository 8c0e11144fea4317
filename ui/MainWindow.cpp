#include "MainWindow.h"

#include "ConnectionOverview.h"
#include "common/AppInfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace ScimDesk {

MainWindow::MainWindow(ConnectionStore *connections, TokenStore *tokens, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_session(new ConnectionSession(tokens, this))
{
    setWindowTitle(tr("ScimDesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_overview = new ConnectionOverview(m_session, this);
    setCentralWidget(m_overview);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_stateLabel->setAccessibleName(tr("Connection state"));
    statusBar()->addWidget(m_stateLabel, 1);

    createActions();
    reloadConnectionList();

    connect(m_session, &ConnectionSession::stateChanged, this, &MainWindow::updateState);
    updateState();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *reconnect = connectionMenu->addAction(tr("&Reconnect"));
    reconnect->setShortcut(QKeySequence::Refresh);
    reconnect->setToolTip(tr("Connect again and re-read what the service supports (F5)"));
    connect(reconnect, &QAction::triggered, this, [this] {
        if (!m_session->profile().id.isEmpty())
            m_session->open(m_session->profile());
    });
    connectionMenu->addSeparator();
    QAction *quit = connectionMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About ScimDesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Connection"));
    toolBar->setObjectName(QStringLiteral("connectionToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(new QLabel(tr("Connection: "), toolBar));
    m_connectionBox = new QComboBox(toolBar);
    m_connectionBox->setObjectName(QStringLiteral("connectionSwitcher"));
    m_connectionBox->setAccessibleName(tr("Connection"));
    m_connectionBox->setMinimumContentsLength(24);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolBar->addWidget(m_connectionBox);
    toolBar->addAction(reconnect);
    connect(m_connectionBox, &QComboBox::activated, this, &MainWindow::switchTo);
}

void MainWindow::reloadConnectionList()
{
    const QString current = m_connectionBox->currentData().toString();
    m_connectionBox->clear();
    const auto profiles = m_connections->list();
    for (const auto &profile : profiles)
        m_connectionBox->addItem(profile.name, profile.id);
    m_connectionBox->setEnabled(!profiles.isEmpty());
    if (profiles.isEmpty())
        m_connectionBox->setPlaceholderText(tr("No connections"));
    const int index = m_connectionBox->findData(current);
    if (index >= 0)
        m_connectionBox->setCurrentIndex(index);
}

bool MainWindow::openInitialConnection(const QString &name)
{
    std::optional<ConnectionProfile> profile = name.isEmpty()
        ? m_connections->findById(m_connections->lastUsedId())
        : m_connections->find(name);
    if (!profile && name.isEmpty()) {
        const auto all = m_connections->list();
        if (!all.isEmpty())
            profile = all.first();
    }
    if (!profile) {
        if (!name.isEmpty())
            m_stateLabel->setText(tr("No connection named \"%1\".").arg(name));
        return false;
    }
    m_connectionBox->setCurrentIndex(m_connectionBox->findData(profile->id));
    m_connections->setLastUsedId(profile->id);
    m_session->open(*profile);
    return true;
}

void MainWindow::switchTo(int index)
{
    const QString id = m_connectionBox->itemData(index).toString();
    if (id.isEmpty() || id == m_session->profile().id)
        return;
    if (const auto profile = m_connections->findById(id)) {
        m_connections->setLastUsedId(id);
        m_session->open(*profile);
    }
}

void MainWindow::updateState()
{
    m_stateLabel->setText(m_session->statusText());
    const QString name = m_session->profile().name;
    setWindowTitle(name.isEmpty() ? tr("ScimDesk") : tr("%1 — ScimDesk").arg(name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ScimDesk"),
                       tr("<h3>ScimDesk %1</h3><p>Provision and deprovision users and licences in "
                          "SaaS applications over SCIM 2.0.</p><p>Tokens are kept in the OS "
                          "keychain only.</p><p>MIT licence.</p>")
                           .arg(AppInfo::version()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace ScimDesk
