#include "AuditDialog.h"

#include "Accessibility.h"
#include "FileChooser.h"
#include "RecordTable.h"
#include "WindowSize.h"
#include "audit/AuditLog.h"
#include "audit/AuditModel.h"
#include "common/Translations.h"
#include "connections/ConnectionProfile.h"
#include "csv/TableExport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
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
    , m_runsView(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log — %1").arg(profile.name));
    resizeOnScreen(this, QSize(1100, 560));

    const AuditLog log(profile.id);
    QString error;
    m_records = log.records(&error);
    m_runs = AuditLog::runs(m_records);
    m_model->setRecords(m_records);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setText(error.isEmpty()
                        ? tr("%1, %2, newest first. Kept in %3. Choose a run to see its changes; "
                             "hover a change for the attributes before and after.")
                              .arg(tr("%Ln run(s)", nullptr, int(m_runs.size())),
                                   tr("%Ln record(s)", nullptr, m_model->rowCount()))
                              .arg(log.path())
                        : error);

    setUpRecords();
    setUpRuns();
    QDialogButtonBox *buttons = makeButtons();

    auto *records = new QWidget(this);
    auto *recordsLayout = new QVBoxLayout(records);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addWidget(m_search);
    recordsLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runsView);
    splitter->addWidget(records);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    selectRun(m_runs.isEmpty() ? -1 : 0);
}

// The records of the chosen run: searched, one row each.
void AuditDialog::setUpRecords()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_search->setPlaceholderText(tr("Search the audit log"));
    m_search->setAccessibleName(tr("Search the audit log"));
    Accessibility::nameClearButton(m_search, tr("Clear the search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit records"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
}

// The runs: one row per apply, and one for everything.
void AuditDialog::setUpRuns()
{
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setRootIsDecorated(false);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->setHeaderLabels(
        {tr("Run"), tr("Started"), tr("By"), tr("Plan"), tr("Changes"), tr("Outcome")});
    auto *all = new QTreeWidgetItem(
        m_runsView,
        {tr("All records"), QString(), QString(), QString(), QString::number(m_records.size())});
    all->setData(0, Qt::UserRole, -1);
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const AuditLog::Run &run = m_runs.at(i);
        auto *item
            = new QTreeWidgetItem(m_runsView,
                                  {run.id, displayTime(run.started), run.osUser, run.sourceText(),
                                   QString::number(run.records.size()), run.countsText()});
        item->setData(0, Qt::UserRole, int(i));
    }
    for (int column = 0; column < m_runsView->columnCount(); ++column)
        m_runsView->resizeColumnToContents(column);
    connect(m_runsView, &QTreeWidget::currentItemChanged, this, &AuditDialog::showRun);
}

QDialogButtonBox *AuditDialog::makeButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // No button answers Enter: it is what ends a search here, not a request to revert a run.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_revert = buttons->addButton(tr("&Revert…"), QDialogButtonBox::ActionRole);
    m_revert->setAutoDefault(false);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Plan the opposite of the chosen run (or of its selected changes) "
                            "for review: nothing is sent until you apply it"));
    connect(m_revert, &QPushButton::clicked, this, &AuditDialog::requestRevert);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditDialog::updateRevert);
    QPushButton *exportButton
        = buttons->addButton(tr("&Export to CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setAutoDefault(false);
    exportButton->setEnabled(m_model->rowCount() > 0);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void AuditDialog::requestRevert()
{
    const AuditLog::Run *run = currentRun();
    if (!run)
        return;
    QSet<QString> changeIds;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        changeIds.insert(
            m_model->record(m_proxy->mapToSource(index).row()).value(u"changeId").toString());
    if (changeIds.size() == m_model->rowCount())
        changeIds.clear(); // all of it
    Q_EMIT revertRequested(*run, changeIds);
}

void AuditDialog::selectRun(int row)
{
    m_runsView->setCurrentItem(m_runsView->topLevelItem(row + 1));
}

const AuditLog::Run *AuditDialog::currentRun() const
{
    const QTreeWidgetItem *item = m_runsView->currentItem();
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    return index >= 0 && index < m_runs.size() ? &m_runs.at(index) : nullptr;
}

void AuditDialog::showRun()
{
    const AuditLog::Run *run = currentRun();
    m_model->setRecords(run ? run->records : m_records);
    m_view->resizeColumnsToContents();
    updateRevert();
}

void AuditDialog::updateRevert()
{
    const AuditLog::Run *run = currentRun();
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_revert->setEnabled(run && run->count(QStringLiteral("applied")) > 0);
    m_revert->setText(run && selected > 0 && selected < m_model->rowCount()
                          ? tr("&Revert %n selected change(s)…", nullptr, int(selected))
                          : tr("&Revert run…"));
}

QString AuditDialog::exportTo(const QString &path, bool excelBom) const
{
    return TableExport::write(*m_proxy, path, {{}, excelBom});
}

void AuditDialog::exportWithDialog()
{
    const QString path
        = chooseFileToSave(this, tr("Export the audit log to CSV"),
                           tr("%1 audit.csv").arg(m_connectionName), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path, true); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace ScimDesk
