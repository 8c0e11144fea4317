#include "AuditDialog.h"

#include "audit/AuditLog.h"
#include "audit/AuditModel.h"
#include "connections/ConnectionProfile.h"
#include "csv/TableExport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ScimDesk {

AuditDialog::AuditDialog(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(profile.name)
    , m_model(new AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log — %1").arg(profile.name));
    resize(1100, 560);

    const AuditLog log(profile.id);
    QString error;
    m_model->setRecords(log.records(&error));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setText(error.isEmpty()
                        ? tr("%L1 record(s), newest first. Kept in %2. Hover a row for the "
                             "attributes before and after.")
                              .arg(m_model->rowCount())
                              .arg(log.path())
                        : error);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_search->setPlaceholderText(tr("Search the audit log"));
    m_search->setAccessibleName(tr("Search the audit log"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit records"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton
        = buttons->addButton(tr("&Export to CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setEnabled(m_model->rowCount() > 0);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QString AuditDialog::exportTo(const QString &path, bool excelBom) const
{
    return TableExport::write(*m_proxy, path, {{}, excelBom});
}

void AuditDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log to CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
            + tr("%1 audit.csv").arg(m_connectionName),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path, true); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace ScimDesk
