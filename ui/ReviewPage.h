#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace ScimDesk {

class ChangeQueue;
class PlanModel;

// Pending changes: the plan the queue makes, grouped by kind with counts; for the selected
// change the attributes before → after and the exact HTTP request; a check box per change (or
// kind) to include or exclude it; a search over the plan; and the service's known blind spots
// as warnings. Editing is left to ChangesController (so every edit can be undone).
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(ChangeQueue *queue, QWidget *parent = nullptr);

    PlanModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QTextBrowser *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }
    // The keys of the selected changes (a kind row stands for all its changes).
    QStringList selectedKeys() const;
    // Buttons, for ChangesController to connect to its actions.
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *clearButton() const { return m_clear; }

    // Puts the keyboard on the list of changes, on the first change when none is current, so
    // that its request shows at once and the arrow keys walk the plan.
    void focusChanges();

    // The HTML the details pane shows for one change (for tests and the screenshot).
    QString detailsHtml() const;

private:
    void refresh();
    // Every change shown, under headings that span the row.
    void expandAll();
    void showSelected();

    ChangeQueue *m_queue;
    QTimer *m_refreshLater = nullptr; // rebuilds once per burst of edits
    PlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLabel *m_problems;
    QLineEdit *m_search;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
    QPushButton *m_apply;
    QPushButton *m_remove;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_clear;
};

} // namespace ScimDesk
