#pragma once

#include "directory/UserFilterProxy.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QLayout;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;

namespace ScimDesk {

class DetailsPane;
class Directory;
// Users: quick search and a licence filter over loaded rows, a server-side lookup for what is
// not listed, the table, and the selected user's details.
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
    // The chip beside the search box that says which licence filter is on; hidden when none is.
    QFrame *licenceChip() const { return m_licenceChip; }
    // Visible columns in view order (for export).
    QList<int> visibleColumns() const;
    // The selected users as (id, userName), in view order.
    QList<std::pair<QString, QString>> selectedUsers() const;
    QMenu *columnMenu();

    // Column layout and splitter, per connection.
    void restoreViewState(const QString &connectionId);
    void saveViewState(const QString &connectionId) const;

    void focusSearch();
    // What the table says in its middle while no user is loaded ("No connection yet…"); when
    // users are loaded and none is shown, it says the search or the licence filter hides them.
    void setNoUsersText(const QString &text);
    // What the table says in its middle when it shows no row.
    QString emptyText() const;
    // Shows only the active users holding `licence`, or only those without it: the rows behind
    // a bar of the Licences page, so the search is cleared. The chip says so and clears it.
    void showLicence(const QString &licence, UserFilterProxy::LicenceFilter filter);
    void clearLicenceFilter();
    // Asks the service for users matching attribute = value (escaped filter). The quick search
    // and the licence filter are cleared: they would hide what the service found.
    void lookUp(const QString &attribute, const QString &value);
    // The details pane collapses to give the table the width (View > Details pane).
    bool detailsVisible() const;
    void setDetailsVisible(bool visible);
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void detailsVisibilityChanged(bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Builders for the constructor: the row of search and look-up fields, and the table.
    QLayout *buildSearchRow();
    QFrame *buildLicenceChip();
    void updateLicenceChip();
    // Runs `refilter`, keeping the selected users (and the current one) selected if they are
    // still shown: a big change rebuilds the proxy, which forgets the selection.
    void keepSelection(const std::function<void()> &refilter);
    void setUpView();
    // Filters the loaded rows, keeping the selection where it is still shown.
    void setQuickSearch(const QString &text);
    void onDirectoryState();
    void onSelection();
    int defaultWidth(int column) const;

    Directory *m_directory;
    UserFilterProxy *m_proxy;
    QLineEdit *m_search;
    QFrame *m_licenceChip = nullptr;
    QLabel *m_licenceChipText = nullptr;
    QPushButton *m_licenceChipClear = nullptr;
    QComboBox *m_filterAttribute;
    QLineEdit *m_filterValue;
    QLabel *m_notice;
    QTableView *m_view;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    QMenu *m_columnMenu = nullptr;
    QString m_noUsersText;
};

} // namespace ScimDesk
