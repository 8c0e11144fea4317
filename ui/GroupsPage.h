#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QLabel;

namespace ScimDesk {

class Directory;
class GroupMembersModel;

// Groups and the members of the selected one, each resolved to its user where loaded.
class GroupsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    explicit GroupsPage(Directory *directory, QWidget *parent = nullptr);

    QTableView *groupsView() const { return m_groups; }
    QTableView *membersView() const { return m_members; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void onSelection();

    Directory *m_directory;
    QSortFilterProxyModel *m_proxy;
    GroupMembersModel *m_memberModel;
    QTableView *m_groups;
    QTableView *m_members;
    QLabel *m_membersTitle;
    QSplitter *m_splitter;
};

} // namespace ScimDesk
