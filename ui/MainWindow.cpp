#include "MainWindow.h"

#include "Accessibility.h"
#include "ApplyDialog.h"
#include "ChangesController.h"
#include "ConnectionDialog.h"
#include "ConnectionOverview.h"
#include "FileChooser.h"
#include "GroupsPage.h"
#include "ImportDialog.h"
#include "LicenceSummaryWidget.h"
#include "OffboardDialog.h"
#include "ReviewPage.h"
#include "UsersPage.h"
#include "WindowSize.h"
#include "changes/Plan.h"
#include "common/AppInfo.h"
#include "csv/TableExport.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ScimDesk {

MainWindow::MainWindow(ConnectionStore *connections, TokenStore *tokens, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_tokens(tokens)
    , m_session(new ConnectionSession(tokens, this))
    , m_directory(new Directory(this))
{
    setWindowTitle(tr("ScimDesk"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true); // an HR file dropped on the window opens the import

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Pages"));
    m_users = new UsersPage(m_directory, m_pages);
    m_groups = new GroupsPage(m_directory, m_pages);
    m_licences = new LicenceSummaryWidget(m_directory, m_session, m_pages);
    auto *licenceScroll = new QScrollArea(m_pages);
    licenceScroll->setWidget(m_licences);
    licenceScroll->setWidgetResizable(true);
    licenceScroll->setFrameShape(QFrame::NoFrame);
    licenceScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    licenceScroll->setAccessibleName(tr("Licences"));
    m_overview = new ConnectionOverview(m_session, m_pages);
    m_changes = new ChangesController(this, m_session, m_directory, m_users, this);
    m_review = new ReviewPage(m_changes->queue(), m_pages);
    m_changes->setReviewPage(m_review);
    m_pages->addTab(m_users, tr("&Users"));
    m_pages->addTab(m_groups, tr("&Groups"));
    m_pages->addTab(licenceScroll, tr("&Licences"));
    m_pages->addTab(m_review, tr("&Pending changes"));
    m_pages->addTab(m_overview, tr("C&onnection"));
    connect(m_licences, &LicenceSummaryWidget::usersRequested, this,
            [this](const QString &licence, UserFilterProxy::LicenceFilter filter) {
                m_users->showLicence(licence, filter);
                m_pages->setCurrentWidget(m_users);
                m_users->view()->setFocus(Qt::OtherFocusReason);
            });
    connect(m_changes->queue(), &ChangeQueue::changed, this, &MainWindow::updateReviewTab);
    // An apply whose licence changes the service ignored offers the licence settings.
    connect(m_changes, &ChangesController::importStarted, this,
            [this](ImportDialog *import) { returnFocusAfter(import); });
    connect(m_changes, &ChangesController::applyStarted, this, [this](ApplyDialog *apply) {
        returnFocusAfter(apply);
        connect(apply, &ApplyDialog::licenceSettingsRequested, this,
                [this](const LicenceGroupProposal &proposal) {
                    editConnection(false)->showLicenceProposal(proposal);
                });
    });
    connect(m_changes, &ChangesController::said, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_changes, &ChangesController::reviewRequested, this, [this] {
        m_pages->setCurrentWidget(m_review);
        m_review->focusChanges();
    });
    setCentralWidget(m_pages);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_stateLabel->setTextFormat(Qt::PlainText); // it shows what servers say
    m_stateLabel->setAccessibleName(tr("Connection state"));
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("rowCount"));
    m_rowsLabel->setAccessibleName(tr("Rows shown"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->setAccessibleName(tr("Users loaded"));
    m_progress->setVisible(false);
    m_selectedLabel = new QLabel(this);
    m_selectedLabel->setObjectName(QStringLiteral("selectedCount"));
    m_selectedLabel->setAccessibleName(tr("Users selected"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_selectedLabel);
    statusBar()->addPermanentWidget(m_rowsLabel);

    createActions();
    reloadConnectionList();

    connect(m_session, &ConnectionSession::stateChanged, this, &MainWindow::onSessionState);
    connect(m_directory, &Directory::stateChanged, this, &MainWindow::updateStatus);
    connect(m_directory, &Directory::servedPageSizeLearned, this, [this](int size) {
        m_connections->rememberServedPageSize(m_session->profile().id, size);
    });
    connect(m_directory, &Directory::progress, this, [this](qint64 loaded, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
        updateStatus();
    });
    UserFilterProxy *proxy = m_users->proxy();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_users->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateStatus);
    onSessionState();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resizeOnScreen(this, QSize(1280, 780));
    m_groups->splitter()->restoreState(
        settings.value(QStringLiteral("window/groupsSplitter")).toByteArray());
    m_review->splitter()->restoreState(
        settings.value(QStringLiteral("window/reviewSplitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

OffboardDialog *MainWindow::openOffboarding()
{
    auto *dialog = new OffboardDialog(m_connections, m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The open connection may be among those the offboarding changed: show it as it is now.
    connect(dialog, &OffboardDialog::applied, this, [this] {
        if (m_session->state() == ConnectionSession::State::Connected)
            m_directory->load(m_directory->serverFilter());
    });
    dialog->open();
    return dialog;
}

void MainWindow::createPersonAction(QMenu *menu)
{
    QAction *person = menu->addAction(tr("Find a &person everywhere…"));
    person->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    person->setToolTip(tr("Look for someone on every saved connection at once, and offboard "
                          "them everywhere in one reviewed plan (Ctrl+Shift+F)"));
    connect(person, &QAction::triggered, this, [this] { openOffboarding(); });
    connect(m_changes, &ChangesController::sectionedPlanOpened, this,
            [this](const PlanFile &file) { openOffboarding()->showPlan(file); });
}

void MainWindow::createActions()
{
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_newConnection = connectionMenu->addAction(tr("&New connection…"));
    m_newConnection->setShortcut(QKeySequence::New);
    m_newConnection->setIconText(tr("New connection…"));
    m_newConnection->setToolTip(tr("Add a SCIM service: its URL and token (Ctrl+N)"));
    connect(m_newConnection, &QAction::triggered, this, [this] { editConnection(true); });
    m_settings = connectionMenu->addAction(tr("Connection &settings…"));
    m_settings->setIconText(tr("Settings…"));
    m_settings->setToolTip(tr("Change the URL, token or limits of this connection"));
    connect(m_settings, &QAction::triggered, this, [this] { editConnection(false); });
    createPersonAction(connectionMenu);
    connectionMenu->addSeparator();
    m_export = connectionMenu->addAction(tr("&Export view to CSV…"));
    m_export->setIconText(tr("Export…"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setToolTip(
        tr("Save the users as they are filtered and sorted, with the visible columns"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportWithDialog);
    connectionMenu->addSeparator();
    QAction *quit = connectionMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_refresh = viewMenu->addAction(tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load users and groups again (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_session->state() == ConnectionSession::State::Connected)
            m_directory->load(m_directory->serverFilter());
        else if (!m_session->profile().id.isEmpty())
            m_session->open(m_session->profile());
    });
    m_cancel = viewMenu->addAction(tr("&Stop loading"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setIconText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop loading; the rows loaded so far stay, marked as partial (Esc)"));
    connect(m_cancel, &QAction::triggered, m_directory, &Directory::cancel);
    QAction *find = viewMenu->addAction(tr("&Find users"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_users);
        m_users->focusSearch();
    });
    m_columns = viewMenu->addAction(tr("&Columns…"));
    connect(m_columns, &QAction::triggered, this,
            [this] { m_users->columnMenu()->popup(QCursor::pos()); });
    m_detailsPane = viewMenu->addAction(tr("&Details pane"));
    m_detailsPane->setCheckable(true);
    m_detailsPane->setChecked(true);
    m_detailsPane->setShortcut(QKeySequence(Qt::Key_F9));
    m_detailsPane->setToolTip(tr("Show or hide the selected user's details beside the table (F9)"));
    connect(m_detailsPane, &QAction::toggled, m_users, &UsersPage::setDetailsVisible);
    connect(m_users, &UsersPage::detailsVisibilityChanged, m_detailsPane, &QAction::setChecked);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_changes->addMenus(helpMenu);
    QAction *help = helpMenu->addAction(tr("&Using ScimDesk"));
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, &MainWindow::showHelp);
    QAction *about = helpMenu->addAction(tr("&About ScimDesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    auto *connectionLabel = new QLabel(tr("Connection: "), toolBar);
    toolBar->addWidget(connectionLabel);
    m_connectionBox = new QComboBox(toolBar);
    connectionLabel->setBuddy(m_connectionBox);
    m_connectionBox->setObjectName(QStringLiteral("connectionSwitcher"));
    m_connectionBox->setAccessibleName(tr("Connection"));
    m_connectionBox->setMinimumContentsLength(16);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolBar->addWidget(m_connectionBox);
    // What an admin does most, in the order they do it; the rest (Columns) is in the menus.
    // Short texts, so that everything fits a 1024-pixel window; a narrower one folds the last
    // actions away first, and Apply must not be among them.
    toolBar->addAction(m_newConnection);
    toolBar->addAction(m_settings);
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);
    toolBar->addAction(m_cancel);
    toolBar->addSeparator();
    toolBar->addAction(m_changes->importAction());
    toolBar->addAction(m_changes->reviewAction());
    toolBar->addAction(m_changes->applyAction());
    toolBar->addSeparator();
    toolBar->addAction(m_export);
    Accessibility::nameExtensionButton(toolBar, tr("More toolbar actions"));
    connect(m_connectionBox, &QComboBox::activated, this, &MainWindow::switchTo);
}

void MainWindow::reloadConnectionList()
{
    const QString current = m_session->profile().id;
    m_connectionBox->clear();
    const auto profiles = m_connections->list();
    for (const auto &profile : profiles)
        m_connectionBox->addItem(profile.name, profile.id);
    m_connectionBox->setEnabled(!profiles.isEmpty());
    if (profiles.isEmpty())
        m_connectionBox->setPlaceholderText(tr("No connections"));
    m_connectionBox->setCurrentIndex(m_connectionBox->findData(current));
}

bool MainWindow::openInitialConnection(const QString &name, const QString &file)
{
    m_pendingFile = file;
    std::optional<ConnectionProfile> profile;
    if (name.isEmpty() && ChangesController::isPlanFile(file)) {
        // A plan names its service: open the connection it was made for. (A plan that does not
        // load is reported once a connection is open.)
        QString unreadable;
        if (const auto plan = Plan::load(file, &unreadable)) {
            profile = m_connections->findForService(plan->connectionName, plan->baseUrl);
            if (!profile) {
                m_stateLabel->setText(
                    tr("No saved connection for the plan \"%1\" (%2) — add one with "
                       "Connection > New connection (Ctrl+N).")
                        .arg(QFileInfo(file).fileName(), plan->baseUrl.toDisplayString()));
                return false;
            }
        }
    }
    if (!profile) {
        profile = name.isEmpty() ? m_connections->findById(m_connections->lastUsedId())
                                 : m_connections->find(name);
    }
    if (!profile && name.isEmpty()) {
        const auto all = m_connections->list();
        if (!all.isEmpty())
            profile = all.first();
    }
    if (!profile) {
        m_stateLabel->setText(
            name.isEmpty()
                ? tr("No connection yet — add one with Connection > New connection (Ctrl+N).")
                : tr("No connection named \"%1\".").arg(name));
        if (name.isEmpty())
            m_users->setNoUsersText(
                tr("No connection yet.\n\nAdd one with Connection > New connection (Ctrl+N): "
                   "the service's SCIM base URL and an API token from its admin panel (Lucid: "
                   "Admin > App Integration > SCIM)."));
        return false;
    }
    openConnection(*profile);
    return true;
}

void MainWindow::openConnection(const ConnectionProfile &profile)
{
    if (profile.id != m_session->profile().id
        && !mayDiscardChanges(tr("Switching to \"%1\" drops them.").arg(profile.name))) {
        m_connectionBox->setCurrentIndex(m_connectionBox->findData(m_session->profile().id));
        return;
    }
    m_users->saveViewState(m_viewStateFor);
    m_viewStateFor.clear();
    m_users->setNoUsersText({});
    m_directory->detach();
    m_connectionBox->setCurrentIndex(m_connectionBox->findData(profile.id));
    m_connections->setLastUsedId(profile.id);
    m_session->open(profile);
}

void MainWindow::switchTo(int index)
{
    const QString id = m_connectionBox->itemData(index).toString();
    if (id.isEmpty() || id == m_session->profile().id)
        return;
    if (const auto profile = m_connections->findById(id))
        openConnection(*profile);
}

void MainWindow::onSessionState()
{
    const QString name = m_session->profile().name;
    setWindowTitle(name.isEmpty() ? tr("ScimDesk") : tr("%1 — ScimDesk").arg(name));
    if (m_session->state() == ConnectionSession::State::Connected) {
        m_directory->attach(m_session->client(), m_session->report().capabilities,
                            m_session->profile(), m_session->report().userCount);
        m_viewStateFor = m_session->profile().id;
        m_users->restoreViewState(m_viewStateFor);
        m_directory->load();
        // Once the window is up: an apply that was cut short is offered to be finished, then a
        // file given at start is opened.
        QTimer::singleShot(0, m_changes, [this] {
            m_changes->checkInterrupted();
            if (!m_pendingFile.isEmpty())
                m_changes->openFile(std::exchange(m_pendingFile, QString()));
        });
    } else if (m_session->state() == ConnectionSession::State::Failed) {
        m_pages->setCurrentWidget(m_overview); // the page that says what to do
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const bool connected = m_session->state() == ConnectionSession::State::Connected;
    const Directory::State state = m_directory->state();
    QString text = m_session->statusText();
    if (connected && state != Directory::State::Empty)
        text = tr("%1 — %2").arg(m_session->profile().name, m_directory->statusText());
    m_stateLabel->setText(text);
    m_progress->setVisible(state == Directory::State::Loading);
    m_cancel->setEnabled(state == Directory::State::Loading);
    const bool connecting = m_session->state() == ConnectionSession::State::ReadingToken
        || m_session->state() == ConnectionSession::State::Discovering;
    m_refresh->setEnabled(!m_session->profile().id.isEmpty() && !connecting);
    m_settings->setEnabled(!m_session->profile().id.isEmpty());
    m_export->setEnabled(m_directory->users()->rowCount() > 0);

    const int shown = m_users->proxy()->rowCount();
    const int loaded = m_directory->users()->rowCount();
    const qsizetype selected = m_users->view()->selectionModel()->selectedRows().size();
    m_selectedLabel->setText(selected > 0 ? tr("%L1 selected").arg(selected) : QString());
    m_selectedLabel->setVisible(selected > 0);
    m_rowsLabel->setText(shown == loaded ? tr("Users: %L1").arg(loaded)
                                         : tr("Users shown: %L1 of %L2").arg(shown).arg(loaded));
}

QString MainWindow::exportUsers(const QString &path, bool excelBom)
{
    return TableExport::write(*m_users->proxy(), path, {m_users->visibleColumns(), excelBom});
}

void MainWindow::exportWithDialog()
{
    QFileDialog dialog(this, tr("Export users to CSV"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("CSV files (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(rememberedFolder());
    dialog.selectFile(tr("%1 users.csv").arg(m_session->profile().name));
    // Qt's own dialog, so the Excel option can sit under the file list.
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    auto *bom = new QCheckBox(tr("Add a byte-order mark (for Excel)"), &dialog);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(bom, grid->rowCount(), 0, 1, -1);
    bom->setChecked(QSettings().value(QStringLiteral("export/excelBom"), true).toBool());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QSettings().setValue(QStringLiteral("export/excelBom"), bom->isChecked());
    const QString path = dialog.selectedFiles().first();
    rememberFolderOf(path);
    const QString error = exportUsers(path, bom->isChecked());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(
            tr("Exported %Ln user(s) to %1", nullptr, m_users->proxy()->rowCount()).arg(path),
            8000);
}

ConnectionDialog *MainWindow::editConnection(bool newConnection)
{
    ConnectionProfile profile = newConnection ? ConnectionProfile {} : m_session->profile();
    auto *dialog = new ConnectionDialog(m_connections, m_tokens, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!newConnection && m_directory->isAttached())
        dialog->setDirectory(m_directory);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadConnectionList();
        openConnection(dialog->profile());
    });
    returnFocusAfter(dialog);
    dialog->open();
    return dialog;
}

void MainWindow::returnFocusAfter(QDialog *dialog)
{
    // Back to the window, and to where the keyboard was unless the dialog sent it elsewhere
    // (an import that was added goes on to the review).
    const QPointer<QWidget> before = QApplication::focusWidget();
    connect(dialog, &QDialog::finished, this, [this, before](int result) {
        activateWindow();
        if (result == QDialog::Rejected && before)
            before->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::showHelp()
{
    // Scrollable: the whole text is taller than a 800-pixel screen.
    QDialog box(this);
    box.setObjectName(QStringLiteral("helpDialog"));
    box.setWindowTitle(tr("Using ScimDesk"));
    auto *text = new QTextBrowser(&box);
    text->setObjectName(QStringLiteral("helpText"));
    text->setHtml(
        tr("<h3>Using ScimDesk</h3>"
           "<p><b>Connections.</b> New connection (the toolbar, or Connection &gt; New connection, "
           "Ctrl+N) asks for the service's "
           "SCIM base URL and bearer token. The token goes to the OS keychain and is never shown "
           "again; Connection settings can replace it. Test connection reports what the service "
           "supports and how many users it lists. Its Licences tab says whether licences go by "
           "attribute (the user's licence settings) or by group (membership in a group grants "
           "each licence, as on Lucid accounts with organisational groups), and proposes each "
           "licence's group from the directory: the group whose members are exactly its active "
           "holders. When the service ignored licence changes, the apply window offers these "
           "settings. On a Lucid connection, its Documents tab signs in to Lucid's REST API (Sign "
           "in for document hand-over…, in your browser), so that a plan can hand a leaver's "
           "documents to someone before deactivating or deleting them.</p>"
           "<p><b>Users.</b> Rows appear as pages arrive; Esc stops loading (the list is then "
           "marked partial) and F5 loads again. Type in the search box (Ctrl+F) to filter the "
           "loaded users; click a column header to sort. \"On the service\" asks the service "
           "itself for an exact match — the way to find users a list leaves out, such as "
           "deactivated Lucid users; it clears the search so that nothing hides what it finds. "
           "Down goes from the search box to the table; the status bar counts the selected "
           "users. Right-click a header or use View &gt; Columns to choose columns; they, the "
           "column widths and the panes are remembered per connection.</p>"
           "<p><b>Details.</b> Selecting a user shows what is pending for it, its attributes, "
           "licences, groups and the raw SCIM JSON as the service returns it now (Copy JSON); "
           "it follows the user through an apply. F9 (View &gt; Details pane) hides or shows "
           "the pane.</p>"
           "<p><b>Groups and Licences.</b> Groups lists each group's members. Licences shows, "
           "per product, how many active users hold it and how many do not, and the group that "
           "grants it when licences go by group. Click a bar's coloured or grey part (or Show "
           "holders, Show users without it) to list those users on the Users page; the chip by "
           "the search box shows the filter, and its &#x2715; clears it.</p>"
           "<p><b>Pending changes.</b> Select users, then use the Changes menu or the "
           "right-click menu (also Shift+F10 or the Menu key): Deactivate (Ctrl+D), Reactivate, "
           "Delete, Grant or Revoke a licence, Add to or Remove from a group. Nothing is sent "
           "yet, and Ctrl+Z / Ctrl+Shift+Z undo and redo. In the users table, a cell a pending "
           "change will change reads before &rarr; after, in italics on amber. The Pending changes "
           "page (Ctrl+R) shows each change before &rarr; after and the "
           "exact request; untick a change to leave it out. By group, a licence grant or revoke "
           "is a membership change of the licence's group. A deactivation says which licences "
           "the service takes away, and a reactivation gives back those ScimDesk recorded (or last "
           "saw the user hold), in a change of its own you can untick. Apply (Ctrl+Shift+A) checks "
           "that no "
           "other window or scimdesk-cli is applying to the connection, then the guards, asks for "
           "confirmation (typed, when many users would be deprovisioned; "
           "separately, for deletes), then shows progress and what did not apply. Where the "
           "service publishes rate limits (Slack, Zoom, GitHub, Miro, Databricks), every request "
           "waits for room within them, and the Pending changes page and the confirmation say "
           "beforehand how long applying will take at those limits. Plans can be "
           "saved and opened (Ctrl+S, Ctrl+O, or drop the file on the window) to share with "
           "<tt>scimdesk-cli</tt>. An apply that "
           "was interrupted is offered to be finished when the connection opens; nothing is sent "
           "twice. One that cannot be finished (its journal cannot be read, or its plan is "
           "refused) can be set aside, which frees the connection. Changes &gt; Audit log lists "
           "every apply (run) and its changes, and exports them. Revert run… there plans the "
           "opposite of a run (or of its selected changes) for review: deactivated users come "
           "back with their licences, updates go back to what they were; what someone changed "
           "on the service since is left unticked.</p>"
           "<p><b>One person everywhere.</b> Connection &gt; Find a person everywhere "
           "(Ctrl+Shift+F) looks for an email address or userName on every saved connection at "
           "once, or for everyone in a leavers file, and lists each connection's answer: found "
           "or not, active or deactivated, licences and groups, or why a connection could not "
           "be searched. Offboard… makes one plan with a section per connection that knows the "
           "person (deactivate, or delete), with each service's licence consequences. Apply "
           "sends each section to its own connection at the same time, each with its own guards, "
           "journal and audit run; one service refusing or failing does not stop the others, "
           "and the review then says per connection what happened. Save plan… keeps it for "
           "<tt>scimdesk-cli show</tt> and <tt>apply</tt>.</p>"
           "<p><b>Import CSV.</b> Ctrl+I, or drop the file on the window: check the preview "
           "(encoding and delimiter are detected; the row numbers are the spreadsheet's), the "
           "columns and what each fills (save the mapping for next time), then choose provision, "
           "deprovision or sync and read the outcome: the counts (what takes access away in red, "
           "with a warning past the connection's limit) and every change per user, which opens "
           "to its attributes before &rarr; after. Fix a row with errors in the grid (Enter on "
           "an error goes there) or leave it out, then Add to pending changes: the import joins "
           "what is pending. A user both change gets one change with both; where the file and "
           "a pending change disagree, you choose for each user which stays, and going back "
           "keeps everything you did in the import. A mapping you saved is used at once for a "
           "file with the same columns; German, French, Spanish and Dutch headers are "
           "recognised. New users get a display name from their given and family names unless "
           "the file gives one. The outcome needs every user loaded: while users "
           "load, the dialog waits for them; when only some are (stopped, or filtered on the "
           "service) it says what to do.</p>"
           "<p><b>Export.</b> Ctrl+E saves the users as filtered and sorted, with the visible "
           "columns, as CSV (optionally with a byte-order mark for Excel). Values that a "
           "spreadsheet would run as formulas are neutralised.</p>"
           "<p><b>Opening files.</b> <tt>scimdesk FILE</tt>, or Open with ScimDesk in a file "
           "manager, opens a CSV in the import dialog and a plan in Pending changes (a plan "
           "opens the connection it was made for).</p>"
           "<p>The same is available to scripts through <tt>scimdesk-cli</tt> (see "
           "<tt>scimdesk-cli --help</tt>).</p>")
        + tr("<p><b>Keyboard and screen readers.</b> Every command is in the menus (Alt with "
             "the underlined letter opens one) and most have a shortcut; Tab moves between "
             "controls and leaves a table, whose rows and cells the arrow keys move through. "
             "Screen readers (Orca) name every control, announce the tables' column headers and "
             "each row's user, group or row number, and read each licence bar's counts. Red is "
             "never the only sign: errors and deprovisioning also have a warning icon or say "
             "so in words.</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &box);
    connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    auto *layout = new QVBoxLayout(&box);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resizeOnScreen(&box, QSize(640, 600));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ScimDesk"),
                       tr("<h3>ScimDesk %1</h3><p>Provision and deprovision users and licences in "
                          "SaaS applications over SCIM 2.0.</p><p>Tokens are kept in the OS "
                          "keychain only.</p><p>MIT licence.</p>")
                           .arg(AppInfo::version()));
}

namespace {

// A CSV to import or a plan to review, dropped on the window.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1
        || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"txt" || suffix == u"tsv"
            || ChangesController::isPlanFile(path)
        ? path
        : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_changes->openFile(path);
}

bool MainWindow::mayDiscardChanges(const QString &why)
{
    const int pending = int(m_changes->queue()->plan().changes.size());
    if (pending == 0)
        return true;
    QMessageBox box(
        QMessageBox::Question, tr("Discard pending changes?"),
        tr("%Ln pending change(s) have not been applied. %1", nullptr, pending).arg(why),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardQuestion"));
    box.setInformativeText(tr("Save the plan (Changes > Save plan) to keep them for later."));
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

void MainWindow::updateReviewTab()
{
    const int pending = int(m_changes->queue()->plan().changes.size());
    m_pages->setTabText(m_pages->indexOf(m_review),
                        pending > 0 ? tr("&Pending changes (%L1)").arg(pending)
                                    : tr("&Pending changes"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDiscardChanges(tr("Quitting drops them."))) {
        event->ignore();
        return;
    }
    m_users->saveViewState(m_viewStateFor);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/groupsSplitter"), m_groups->splitter()->saveState());
    settings.setValue(QStringLiteral("window/reviewSplitter"), m_review->splitter()->saveState());
    event->accept();
}

} // namespace ScimDesk
