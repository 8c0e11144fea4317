#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

namespace ScimDesk {

class DetailsPane;
class Directory;
class UserFilterProxy;

// Users: quick search over loaded rows, a server-side lookup for what is not listed, the table,
// and the selected user's details.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Directory *directory, QWidget *parent = nullptr);

    UserFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    DetailsPane *details() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    // Visible columns in view order (for export).
    QList<int> visibleColumns() const;
    // The selected users as (id, userName), in view order.
    QList<std::pair<QString, QString>> selectedUsers() const;
    QMenu *columnMenu();

    // Column layout and splitter, per connection.
    void restoreViewState(const QString &connectionId);
    void saveViewState(const QString &connectionId) const;

    void focusSearch();
    // Asks the service for users matching attribute = value (escaped filter).
    void lookUp(const QString &attribute, const QString &value);

private:
    // Builders for the constructor: the row of search and look-up fields, and the table.
    QLayout *buildSearchRow();
    void setUpView();
    // Filters the loaded rows, keeping the selection where it is still shown.
    void setQuickSearch(const QString &text);
    void onDirectoryState();
    void onSelection();
    int defaultWidth(int column) const;

    Directory *m_directory;
    UserFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_filterAttribute;
    QLineEdit *m_filterValue;
    QLabel *m_notice;
    QTableView *m_view;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    QMenu *m_columnMenu = nullptr;
};

} // namespace ScimDesk
