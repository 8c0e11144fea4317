#include "ImportConflictDialog.h"
#include "WindowSize.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ScimDesk {

// The conflicts, one a row, with a check box saying the file's side wins.
class ConflictChoiceModel final : public QAbstractTableModel
{
public:
    enum Column { UserColumn, PendingColumn, FileColumn, UseFileColumn, ColumnCount };

    ConflictChoiceModel(const QList<ImportMerge::Conflict> &conflicts, QObject *parent)
        : QAbstractTableModel(parent)
        , m_conflicts(conflicts)
        , m_useFile(conflicts.size(), false)
    { }

    QHash<QString, ImportMerge::Choice> choices() const
    {
        QHash<QString, ImportMerge::Choice> choices;
        for (int i = 0; i < m_conflicts.size(); ++i)
            choices.insert(m_conflicts.at(i).userKey,
                           m_useFile.at(i) ? ImportMerge::Choice::UseFile
                                           : ImportMerge::Choice::KeepPending);
        return choices;
    }

    void setAll(bool useFile)
    {
        m_useFile.fill(useFile);
        Q_EMIT dataChanged(index(0, UseFileColumn), index(rowCount() - 1, UseFileColumn),
                           {Qt::CheckStateRole, Qt::DisplayRole});
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_conflicts.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const ImportMerge::Conflict &conflict = m_conflicts.at(index.row());
        const bool useFile = m_useFile.at(index.row());
        if (index.column() == UseFileColumn) {
            if (role == Qt::CheckStateRole)
                return useFile ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::DisplayRole)
                return useFile ? ImportConflictDialog::tr("The file's")
                               : ImportConflictDialog::tr("Pending");
            return {};
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case UserColumn:
            return conflict.userName;
        case PendingColumn:
            return conflict.pending.join(QStringLiteral("; "));
        case FileColumn:
            return conflict.file.join(QStringLiteral("; "));
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (index.column() != UseFileColumn || role != Qt::CheckStateRole)
            return false;
        m_useFile[index.row()] = value.value<Qt::CheckState>() == Qt::Checked;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.column() == UseFileColumn)
            flags |= Qt::ItemIsUserCheckable;
        return flags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        // A row's header is the user, as a screen reader announces it with each cell.
        if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
            && section < rowCount())
            return index(section, UserColumn).data();
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case UserColumn:
            return ImportConflictDialog::tr("User");
        case PendingColumn:
            return ImportConflictDialog::tr("Pending now");
        case FileColumn:
            return ImportConflictDialog::tr("The file asks");
        case UseFileColumn:
            return ImportConflictDialog::tr("What stays");
        default:
            return {};
        }
    }

private:
    QList<ImportMerge::Conflict> m_conflicts;
    QList<bool> m_useFile;
};

ImportConflictDialog::ImportConflictDialog(const QList<ImportMerge::Conflict> &conflicts,
                                           const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_model(new ConflictChoiceModel(conflicts, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("importConflicts"));
    setWindowTitle(tr("Pending changes and %1 disagree").arg(fileName));
    const QString who = tr("%Ln user(s) in %1 already have pending changes that the file "
                           "contradicts.",
                           nullptr, int(conflicts.size()))
                            .arg(fileName);
    auto *intro = new QLabel(who + u' '
                                 + tr("Everything else in the file joins the pending changes. "
                                      "For each user below, tick \"What stays\" to use the "
                                      "file's changes instead of the pending ones (Space ticks "
                                      "the current row)."),
                             this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("conflictList"));
    m_view->setAccessibleName(tr("Users whose pending changes the file contradicts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows move in it
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConflictChoiceModel::FileColumn,
                                                     QHeaderView::Stretch);
    m_view->setCurrentIndex(m_model->index(0, ConflictChoiceModel::UseFileColumn));
    auto *keepAll = new QPushButton(tr("&Keep all pending"), this);
    connect(keepAll, &QPushButton::clicked, this,
            [this] { chooseAll(ImportMerge::Choice::KeepPending); });
    auto *fileAll = new QPushButton(tr("Use the &file for all"), this);
    connect(fileAll, &QPushButton::clicked, this,
            [this] { chooseAll(ImportMerge::Choice::UseFile); });
    auto *all = new QHBoxLayout;
    all->addWidget(keepAll);
    all->addWidget(fileAll);
    all->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *add
        = buttons->addButton(tr("&Add with these choices"), QDialogButtonBox::AcceptRole);
    add->setDefault(true);
    QPushButton *back = buttons->addButton(tr("&Back to the import"), QDialogButtonBox::RejectRole);
    back->setToolTip(tr("Nothing is added; the import keeps your fixes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(all);
    layout->addWidget(buttons);
    resizeOnScreen(this, QSize(820, 360));
}

QHash<QString, ImportMerge::Choice> ImportConflictDialog::choices() const
{
    return m_model->choices();
}

void ImportConflictDialog::chooseAll(ImportMerge::Choice choice)
{
    m_model->setAll(choice == ImportMerge::Choice::UseFile);
}

} // namespace ScimDesk
