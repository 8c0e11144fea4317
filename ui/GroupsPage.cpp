#include "GroupsPage.h"

#include "RecordTable.h"

#include "directory/Directory.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {
void styleTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpRecordTable(view);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(180);
}
} // namespace

GroupsPage::GroupsPage(Directory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_memberModel(new GroupMembersModel(directory->groups(), directory->users(), this))
    , m_groups(new QTableView(this))
    , m_members(new QTableView(this))
    , m_membersTitle(new QLabel(tr("Select a group to see its members."), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(directory->groups());
    m_proxy->setSortRole(GroupTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_groups->setObjectName(QStringLiteral("groupsView"));
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setModel(m_proxy);
    m_groups->setSortingEnabled(true);
    m_groups->sortByColumn(GroupTableModel::NameColumn, Qt::AscendingOrder);
    styleTable(m_groups);
    // Sized so that the members' status still shows in a 1024-pixel window.
    m_groups->horizontalHeader()->resizeSection(GroupTableModel::NameColumn, 200);
    m_groups->horizontalHeader()->resizeSection(GroupTableModel::MembersColumn, 80);
    m_groups->horizontalHeader()->resizeSection(GroupTableModel::ExternalIdColumn, 100);
    m_members->setObjectName(QStringLiteral("membersView"));
    m_members->setAccessibleName(tr("Members of the selected group"));
    m_members->setModel(m_memberModel);
    styleTable(m_members);
    // The addresses get the room the status does not need; one still too long is cut in its
    // middle, so that it still shows whose it is and where: "dennis.her…22@example.com".
    QHeaderView *memberColumns = m_members->horizontalHeader();
    memberColumns->setStretchLastSection(false);
    memberColumns->resizeSection(GroupMembersModel::NameColumn, 150);
    memberColumns->setSectionResizeMode(GroupMembersModel::UserNameColumn, QHeaderView::Stretch);
    memberColumns->setSectionResizeMode(GroupMembersModel::StatusColumn,
                                        QHeaderView::ResizeToContents);
    m_members->setTextElideMode(Qt::ElideMiddle);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPage::onSelection);
    // A reload clears the selection without a signal: reset the title with it.
    connect(directory->groups(), &QAbstractItemModel::modelReset, this, &GroupsPage::onSelection);
    connect(directory, &Directory::stateChanged, this, &GroupsPage::onSelection);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_membersTitle->setObjectName(QStringLiteral("membersTitle"));
    m_membersTitle->setTextFormat(Qt::PlainText);
    m_membersTitle->setWordWrap(true);
    QFont bold = m_membersTitle->font();
    bold.setBold(true);
    m_membersTitle->setFont(bold);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_members, 1);

    m_splitter->setObjectName(QStringLiteral("groupsSplitter"));
    m_splitter->addWidget(m_groups);
    m_splitter->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void GroupsPage::onSelection()
{
    const QModelIndex current = m_proxy->mapToSource(m_groups->selectionModel()->currentIndex());
    m_memberModel->setGroupRow(current.isValid() ? current.row() : -1);
    if (!current.isValid()) {
        const QString problem = m_directory->groupsStatus();
        m_membersTitle->setText(problem.isEmpty() ? tr("Select a group to see its members.")
                                                  : problem);
        return;
    }
    const GroupRecord &group = m_directory->groups()->group(current.row());
    m_membersTitle->setText(
        tr("%1 — members: %L2").arg(group.displayName).arg(group.memberIds.size()));
    // Members the list leaves out (Lucid's deactivated users) are read one by one, so the
    // table says who they are rather than "not loaded".
    if (m_directory->state() == Directory::State::Complete && m_directory->serverFilter().isEmpty())
        m_directory->lookUpIds(group.memberIds);
}

} // namespace ScimDesk
