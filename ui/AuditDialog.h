#pragma once

#include "audit/AuditLog.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace ScimDesk {

class AuditModel;
struct ConnectionProfile;

// The audit log of one connection, newest first: its runs (one per apply) above, the records of
// the chosen run (or all of them) below: who applied what, when, the request, the HTTP status
// and the result. Searchable; exports to CSV as the table shows it. "Revert…" asks for a plan
// that undoes the chosen run, or the chosen changes of it.
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    AuditDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *runsView() const { return m_runsView; }
    // Selects the run at `row` of the runs list (0: the newest; -1: all records).
    void selectRun(int row);

    // Writes the rows shown to `path`; empty on success, else why not.
    QString exportTo(const QString &path, bool excelBom) const;

Q_SIGNALS:
    // Revert `run`; only the changes with `changeIds` when not empty.
    void revertRequested(const ScimDesk::AuditLog::Run &run, const QSet<QString> &changeIds);

private:
    void setUpRecords();
    void setUpRuns();
    QDialogButtonBox *makeButtons();
    void requestRevert();
    void exportWithDialog();
    void showRun();
    void updateRevert();
    const AuditLog::Run *currentRun() const;

    QString m_connectionName;
    AuditModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_info;
    QTreeWidget *m_runsView;
    QPushButton *m_revert = nullptr;
    QList<QJsonObject> m_records; // oldest first
    QList<AuditLog::Run> m_runs; // newest first
};

} // namespace ScimDesk
