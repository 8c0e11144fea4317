#include "UsersPage.h"

#include "Accessibility.h"
#include "DetailsPane.h"
#include "RecordTable.h"
#include "directory/Directory.h"
#include "directory/UserFilterProxy.h"
#include "scim/Filter.h"
#include "scim/UserAttributes.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {

// Cells a pending change will change, in italics on amber, so a queued deactivation or
// licence change shows where the admin looks.
class PendingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(UserTableModel::PendingRole).toBool())
            return;
        option->font.setItalic(true);
        option->backgroundBrush = QColor(0xff, 0xe9, 0xa8);
        option->palette.setColor(QPalette::Text, QColor(0x5a, 0x3a, 0x00));
    }
};

// "LucidscaleExplorer" -> "Lucidscale\nExplorer": long licence names take two short lines, so
// that every licence column fits beside the user name and status at 1024 pixels.
QString headerLines(const QString &title)
{
    QString lines;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (i > 0 && title.at(i).isUpper() && title.at(i - 1).isLower())
            lines.append(u'\n');
        lines.append(title.at(i));
    }
    return lines;
}

// A header whose titles break where their words join.
class LineBreakingHeader final : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        option->text = headerLines(option->text);
    }

    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        const QString title = model()->headerData(logicalIndex, orientation()).toString();
        const QString lines = headerLines(title);
        if (lines == title)
            return size;
        const QFontMetrics metrics = fontMetrics();
        const QSize one = metrics.size(0, title);
        const QSize two = metrics.size(0, lines);
        return {size.width() - one.width() + two.width(),
                size.height() - one.height() + two.height()};
    }
};

} // namespace

namespace {

// A table that says in its middle why it shows no row, when `explain` says so.
class ExplainedTable final : public QTableView
{
public:
    ExplainedTable(std::function<QString()> explain, QWidget *parent)
        : QTableView(parent)
        , m_explain(std::move(explain))
    { }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (!model() || model()->rowCount() > 0)
            return;
        const QString text = m_explain();
        if (text.isEmpty())
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                         Qt::AlignCenter | Qt::TextWordWrap, text);
    }

private:
    std::function<QString()> m_explain;
};

} // namespace

UsersPage::UsersPage(Directory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_proxy(new UserFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_filterAttribute(new QComboBox(this))
    , m_filterValue(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_view(new ExplainedTable([this] { return emptyText(); }, this))
    , m_details(new DetailsPane(directory, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_directory->users());

    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setPlaceholderText(tr("Search loaded users (Ctrl+F)"));
    Accessibility::nameClearButton(m_search, tr("Clear the search"));
    m_search->setAccessibleName(tr("Quick search"));
    m_search->setToolTip(tr("Filters the loaded users as you type; Down goes to the table"));
    m_search->installEventFilter(this); // Down goes to the table
    connect(m_search, &QLineEdit::textChanged, this, &UsersPage::setQuickSearch);

    QLayout *top = buildSearchRow();

    m_notice->setObjectName(QStringLiteral("usersNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    setUpView();

    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    // The table keeps its columns readable; the details pane yields, down to nothing.
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Q_EMIT detailsVisibilityChanged(detailsVisible()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connect(m_directory, &Directory::stateChanged, this, &UsersPage::onDirectoryState);
    connect(m_directory->users(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_columnMenu)
            m_columnMenu->deleteLater(); // licence columns may differ
        m_columnMenu = nullptr;
        m_details->showUser({});
    });
}

QLayout *UsersPage::buildSearchRow()
{
    m_filterAttribute->setObjectName(QStringLiteral("serverFilterAttribute"));
    m_filterAttribute->setAccessibleName(tr("Attribute to look up on the service"));
    for (const UserAttribute::Id id : {UserAttribute::UserName, UserAttribute::Email,
                                       UserAttribute::ExternalId, UserAttribute::DisplayName}) {
        const UserAttribute &attribute = UserAttributes::get(id);
        m_filterAttribute->addItem(attribute.title(), attribute.filterPath);
    }
    m_filterValue->setObjectName(QStringLiteral("serverFilterValue"));
    m_filterValue->setPlaceholderText(tr("equals… (asks the service)"));
    m_filterValue->setAccessibleName(tr("Value to look up on the service"));
    auto *lookUpButton = new QPushButton(tr("Look up"), this);
    lookUpButton->setObjectName(QStringLiteral("lookUpButton"));
    lookUpButton->setToolTip(
        tr("Ask the service for users whose attribute equals this value — "
           "finds users the list leaves out, such as deactivated Lucid users."));
    auto *showAll = new QPushButton(tr("Show all"), this);
    showAll->setToolTip(tr("Load every listed user again"));
    connect(lookUpButton, &QPushButton::clicked, this,
            [this] { lookUp(m_filterAttribute->currentData().toString(), m_filterValue->text()); });
    connect(m_filterValue, &QLineEdit::returnPressed, lookUpButton, &QPushButton::click);
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_filterValue->clear();
        m_directory->load();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 2);
    row->addWidget(buildLicenceChip());
    row->addSpacing(16);
    auto *onService = new QLabel(tr("On the service:"), this);
    onService->setBuddy(m_filterAttribute);
    row->addWidget(onService);
    row->addWidget(m_filterAttribute);
    row->addWidget(m_filterValue, 1);
    row->addWidget(lookUpButton);
    row->addWidget(showAll);
    return row;
}

QFrame *UsersPage::buildLicenceChip()
{
    m_licenceChip = new QFrame(this);
    m_licenceChip->setObjectName(QStringLiteral("licenceChip"));
    m_licenceChip->setStyleSheet(QStringLiteral(
        "QFrame#licenceChip { background: palette(alternate-base); border: 1px solid "
        "palette(highlight); border-radius: 11px; }"
        "QFrame#licenceChip QPushButton { border: none; padding: 0 4px; }"
        "QFrame#licenceChip QPushButton:focus { border: 1px solid palette(highlight); "
        "border-radius: 4px; }"));
    m_licenceChipText = new QLabel(m_licenceChip);
    m_licenceChipText->setObjectName(QStringLiteral("licenceChipText"));
    m_licenceChipText->setTextFormat(Qt::PlainText);
    m_licenceChipClear = new QPushButton(QStringLiteral("\u2715"), m_licenceChip);
    m_licenceChipClear->setObjectName(QStringLiteral("clearLicenceFilter"));
    m_licenceChipClear->setAccessibleName(tr("Clear the licence filter"));
    m_licenceChipClear->setToolTip(tr("Clear the licence filter: show every loaded user"));
    m_licenceChipClear->setAutoDefault(true); // Enter clears it, as Space does
    m_licenceChipClear->setCursor(Qt::PointingHandCursor);
    connect(m_licenceChipClear, &QPushButton::clicked, this, [this] {
        clearLicenceFilter();
        m_view->setFocus(Qt::OtherFocusReason); // the chip, and its button, are gone
    });
    auto *layout = new QHBoxLayout(m_licenceChip);
    layout->setContentsMargins(10, 2, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_licenceChipText);
    layout->addWidget(m_licenceChipClear);
    m_licenceChip->setVisible(false);
    connect(m_proxy, &UserFilterProxy::licenceFilterChanged, this, &UsersPage::updateLicenceChip);
    return m_licenceChip;
}

void UsersPage::updateLicenceChip()
{
    const QString licence = m_proxy->licenceFilterName();
    switch (m_proxy->licenceFilter()) {
    case UserFilterProxy::LicenceFilter::None:
        m_licenceChip->setVisible(false);
        return;
    case UserFilterProxy::LicenceFilter::ActiveHolders:
        m_licenceChipText->setText(tr("Licence: %1 holders").arg(licence));
        m_licenceChip->setAccessibleName(
            tr("Licence filter: active users holding %1").arg(licence));
        break;
    case UserFilterProxy::LicenceFilter::ActiveWithout:
        m_licenceChipText->setText(tr("Licence: without %1").arg(licence));
        m_licenceChip->setAccessibleName(
            tr("Licence filter: active users without %1").arg(licence));
        break;
    }
    m_licenceChip->setToolTip(m_licenceChip->accessibleName());
    m_licenceChip->setVisible(true);
}

void UsersPage::showLicence(const QString &licence, UserFilterProxy::LicenceFilter filter)
{
    keepSelection([this, &licence, filter] {
        {
            const QSignalBlocker blocker(m_search); // the proxy is told below
            m_search->clear();
        }
        m_proxy->setQuickSearch({});
        m_proxy->setLicenceFilter(licence, filter);
    });
}

void UsersPage::clearLicenceFilter()
{
    keepSelection([this] { m_proxy->clearLicenceFilter(); });
}

void UsersPage::setUpView()
{
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setAccessibleName(tr("Users"));
    auto *header = new LineBreakingHeader(Qt::Horizontal, m_view);
    header->setSectionsClickable(true); // sorts, as the view's own header does
    m_view->setHorizontalHeader(header);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PendingDelegate(m_view));
    m_view->installEventFilter(this); // Shift+F10
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // arrival order until someone sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                columnMenu()->popup(m_view->horizontalHeader()->mapToGlobal(pos));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::onSelection);
}

void UsersPage::setQuickSearch(const QString &text)
{
    keepSelection([this, &text] { m_proxy->setQuickSearch(text); });
}

void UsersPage::keepSelection(const std::function<void()> &refilter)
{
    QList<QPersistentModelIndex> selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() <= 10'000) {
        for (const QModelIndex &index : rows)
            selected.append(m_proxy->mapToSource(index));
    }
    const QPersistentModelIndex current
        = m_proxy->mapToSource(m_view->selectionModel()->currentIndex());
    refilter();
    if (m_view->selectionModel()->hasSelection() || selected.isEmpty())
        return;
    QItemSelection restored;
    for (const QPersistentModelIndex &source : std::as_const(selected)) {
        const QModelIndex shown = m_proxy->mapFromSource(source);
        if (shown.isValid())
            restored.select(shown, shown);
    }
    m_view->selectionModel()->select(restored,
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (const QModelIndex shown = m_proxy->mapFromSource(current); shown.isValid())
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::NoUpdate);
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && key->modifiers() == Qt::NoModifier && m_proxy->rowCount() > 0) {
            QItemSelectionModel *selection = m_view->selectionModel();
            if (!selection->currentIndex().isValid())
                selection->setCurrentIndex(
                    m_proxy->index(0, m_view->horizontalHeader()->logicalIndex(0)),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            else if (!selection->hasSelection())
                selection->select(selection->currentIndex(),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Shift+F10 opens the right-click menu, on the current row, as the Menu key does.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
            const QRect cell = m_view->visualRect(m_view->currentIndex());
            Q_EMIT m_view->customContextMenuRequested(
                cell.isValid() ? cell.center() : m_view->viewport()->rect().center());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool UsersPage::detailsVisible() const
{
    return m_splitter->sizes().value(1) > 0;
}

void UsersPage::setDetailsVisible(bool visible)
{
    if (visible == detailsVisible())
        return;
    const int total = m_splitter->width();
    const int details = qMin(360, total / 3);
    m_splitter->setSizes(visible ? QList<int> {total - details, details} : QList<int> {total, 0});
    Q_EMIT detailsVisibilityChanged(visible);
}

void UsersPage::lookUp(const QString &attribute, const QString &value)
{
    // What the service finds must not be hidden by a filter of the loaded rows.
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_proxy->setQuickSearch({});
    m_proxy->clearLicenceFilter();
    if (value.trimmed().isEmpty()) {
        m_directory->load();
        return;
    }
    m_filterValue->setText(value);
    const int index = m_filterAttribute->findData(attribute);
    if (index >= 0)
        m_filterAttribute->setCurrentIndex(index);
    m_directory->load(Filter::eq(attribute, value.trimmed()));
}

QString UsersPage::emptyText() const
{
    if (m_directory->users()->rowCount() == 0)
        return m_noUsersText;
    const bool search = !m_proxy->quickSearch().trimmed().isEmpty();
    const bool licence = m_proxy->licenceFilter() != UserFilterProxy::LicenceFilter::None;
    const QString hides = search && licence ? tr("No loaded user matches the search and the "
                                                 "licence filter. Clear them to see everyone.")
        : licence ? tr("No loaded user matches the licence filter. Clear it to see everyone.")
                  : tr("No loaded user matches the search. Clear it to see everyone.");
    return hides + u' '
        + tr("A user the service's list leaves out can be looked up on the service, above.");
}

void UsersPage::setNoUsersText(const QString &text)
{
    m_noUsersText = text;
    m_view->viewport()->update();
}

void UsersPage::onDirectoryState()
{
    m_proxy->setLoading(m_directory->state() == Directory::State::Loading);
    QStringList notes;
    if (!m_directory->serverFilter().isEmpty())
        notes << tr("Showing only users matching %1 on the service. \"Show all\" loads everyone "
                    "again.")
                     .arg(m_directory->serverFilter());
    else if (m_directory->hidesDeactivatedUsers())
        notes << tr("This service does not list deactivated users. To find one, look it up by user "
                    "name on the service above.");
    if (m_directory->state() == Directory::State::Complete && m_directory->users()->rowCount() == 0)
        notes.prepend(m_directory->serverFilter().isEmpty()
                          ? tr("The service lists no users.")
                          : tr("No user matches on the service."));
    m_notice->setText(notes.join(u' '));
    m_notice->setVisible(!notes.isEmpty());
}

void UsersPage::onSelection()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_details->showUser(current.isValid() ? current.data(UserTableModel::IdRole).toString()
                                          : QString());
}

QList<std::pair<QString, QString>> UsersPage::selectedUsers() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<std::pair<QString, QString>> users;
    users.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        users.append({index.data(UserTableModel::IdRole).toString(),
                      index.data(UserTableModel::UserNameRole).toString()});
    return users;
}

QList<int> UsersPage::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QMenu *UsersPage::columnMenu()
{
    delete m_columnMenu;
    m_columnMenu = new QMenu(tr("Columns"), this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action
            = m_columnMenu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column, action](bool on) {
            // Never hide the last visible column: the table would become unusable.
            if (!on && header->count() - header->hiddenSectionCount() <= 1) {
                action->setChecked(true);
                return;
            }
            header->setSectionHidden(column, !on);
        });
    }
    return m_columnMenu;
}

int UsersPage::defaultWidth(int column) const
{
    const QFontMetrics metrics = m_view->fontMetrics();
    switch (column) {
    case UserTableModel::UserNameColumn:
    case UserTableModel::EmailColumn:
        return metrics.horizontalAdvance(QStringLiteral("firstname.lastname.12@example.com")) + 16;
    case UserTableModel::DisplayNameColumn:
    case UserTableModel::DepartmentColumn:
        return metrics.horizontalAdvance(QStringLiteral("Firstname Lastname")) + 16;
    case UserTableModel::ActiveColumn: // wide enough for what is pending
        return metrics.horizontalAdvance(
                   UserTableModel::tr("\u2192 %1").arg(UserTableModel::tr("Deactivated")))
            + 20;
    case UserTableModel::GroupsColumn:
        return metrics.horizontalAdvance(QStringLiteral("Groups")) + 24;
    default:
        break;
    }
    if (column >= UserTableModel::FixedColumnCount) // its title in two lines
        return metrics.size(0, headerLines(m_proxy->headerData(column, Qt::Horizontal).toString()))
                   .width()
            + 16;
    return 150;
}

void UsersPage::restoreViewState(const QString &connectionId)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("view/") + connectionId);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("usersSplitter")).toByteArray())) {
        const int details = qMin(340, width() / 4);
        m_splitter->setSizes({width() - details, details});
    }
    m_details->splitter()->restoreState(
        settings.value(QStringLiteral("detailsSplitter")).toByteArray());
    Q_EMIT detailsVisibilityChanged(detailsVisible());
    QHeaderView *header = m_view->horizontalHeader();
    // First time for this connection: what an admin scans for — who, status, licences.
    const QStringList hidden
        = settings
              .value(QStringLiteral("hiddenColumns"),
                     QStringList {QStringLiteral("givenName"), QStringLiteral("familyName"),
                                  QStringLiteral("externalId"), QStringLiteral("lastModified")})
              .toStringList();
    const UserTableModel *users = m_directory->users();
    for (int column = 0; column < users->columnCount(); ++column) {
        header->setSectionHidden(column, hidden.contains(users->columnKey(column)));
        header->resizeSection(column, defaultWidth(column));
    }
    // Order: the saved one, else who, the status and the licences first, where an admin
    // looks, so that they fit a 1024-pixel window.
    QStringList order = settings.value(QStringLiteral("columnOrder")).toStringList();
    if (order.isEmpty()) {
        order = {users->columnKey(UserTableModel::UserNameColumn),
                 users->columnKey(UserTableModel::ActiveColumn)};
        for (int licence = UserTableModel::FixedColumnCount; licence < users->columnCount();
             ++licence)
            order.append(users->columnKey(licence));
        for (int column = 0; column < UserTableModel::FixedColumnCount; ++column) {
            if (!order.contains(users->columnKey(column)))
                order.append(users->columnKey(column));
        }
    }
    int visual = 0;
    for (const QString &key : std::as_const(order)) {
        const int column = users->columnForKey(key);
        if (column >= 0)
            header->moveSection(header->visualIndex(column), visual++);
    }
    const QVariantMap widths = settings.value(QStringLiteral("columnWidths")).toMap();
    for (auto it = widths.begin(); it != widths.end(); ++it) {
        const int column = users->columnForKey(it.key());
        if (column >= 0 && it.value().toInt() > 10)
            header->resizeSection(column, it.value().toInt());
    }
    settings.endGroup();
}

void UsersPage::saveViewState(const QString &connectionId) const
{
    if (connectionId.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("view/") + connectionId);
    settings.setValue(QStringLiteral("usersSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("detailsSplitter"), m_details->splitter()->saveState());
    QStringList hidden;
    const UserTableModel *users = m_directory->users();
    for (int column = 0; column < users->columnCount(); ++column) {
        if (m_view->horizontalHeader()->isSectionHidden(column))
            hidden.append(users->columnKey(column));
    }
    settings.setValue(QStringLiteral("hiddenColumns"), hidden);
    QVariantMap widths;
    for (int column = 0; column < users->columnCount(); ++column)
        widths.insert(users->columnKey(column), m_view->horizontalHeader()->sectionSize(column));
    settings.setValue(QStringLiteral("columnWidths"), widths);
    QStringList order;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual)
        order.append(users->columnKey(header->logicalIndex(visual)));
    settings.setValue(QStringLiteral("columnOrder"), order);
    settings.endGroup();
}

} // namespace ScimDesk
