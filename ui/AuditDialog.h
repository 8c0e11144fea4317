#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ScimDesk {

class AuditModel;
struct ConnectionProfile;

// The audit log of one connection, newest first: who applied what, when, the request, the
// HTTP status and the result. Searchable; exports to CSV as the table shows it.
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    AuditDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Writes the rows shown to `path`; empty on success, else why not.
    QString exportTo(const QString &path, bool excelBom) const;

private:
    void exportWithDialog();

    QString m_connectionName;
    AuditModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_info;
};

} // namespace ScimDesk
