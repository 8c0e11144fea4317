#include "ImportDialog.h"

#include "connections/ConnectionSession.h"
#include "csv/CsvTableModel.h"
#include "directory/Directory.h"
#include "scim/ServiceDiscovery.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {

// Rows with errors in red, rows left out in grey.
class ProblemColours final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            if (index.data(CsvTableModel::ExcludedRole).toBool())
                return QBrush(Qt::gray);
            if (!index.data(CsvTableModel::ProblemRole).toString().isEmpty())
                return QBrush(QColor(0xaa, 0x22, 0x22));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportDialog::ImportDialog(ConnectionSession *session, Directory *directory, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_directory(directory)
    , m_preview(new CsvTableModel(this))
    , m_stepTitle(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_fileLabel(wrappingLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_fileInfo(wrappingLabel(this))
    , m_grid(new QTableView(this))
    , m_mapping(new QTableWidget(this))
    , m_match(new QComboBox(this))
    , m_templates(new QComboBox(this))
    , m_mappingNotes(wrappingLabel(this))
    , m_mode(new QButtonGroup(this))
    , m_deprovisionAction(new QComboBox(this))
    , m_revoke(new QCheckBox(tr("Also revoke their licences"), this))
    , m_outcome(wrappingLabel(this))
    , m_errors(new QTreeWidget(this))
    , m_notes(wrappingLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_add(new QPushButton(tr("&Add to pending changes"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV — %1").arg(session->profile().name));
    resize(1000, 640);
    // A plan rests on every user being loaded: plan again when that changes (a load finishes,
    // or the admin reloads or filters).
    connect(directory, &Directory::stateChanged, this, [this](Directory::State state) {
        if (state == Directory::State::Loading)
            m_lookedUp.clear(); // a reload drops the users found by looking up: look again
        replan();
    });

    // 1. The file.
    auto *filePage = new QWidget(m_steps);
    auto *choose = new QPushButton(tr("&Choose file…"), filePage);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a CSV file"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), int(CsvEncoding::Detect));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16 LE (Excel Unicode text)"), int(CsvEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), int(CsvEncoding::Utf16BE));
    m_encoding->addItem(tr("Windows-1252 (Western)"), int(CsvEncoding::Windows1252));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::reread);
    connect(m_delimiter, &QComboBox::activated, this, &ImportDialog::reread);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(new QLabel(tr("&Encoding:"), filePage));
    readRow->addWidget(m_encoding);
    readRow->addSpacing(12);
    readRow->addWidget(new QLabel(tr("&Delimiter:"), filePage));
    readRow->addWidget(m_delimiter);
    readRow->addStretch(1);
    qobject_cast<QLabel *>(readRow->itemAt(0)->widget())->setBuddy(m_encoding);
    qobject_cast<QLabel *>(readRow->itemAt(3)->widget())->setBuddy(m_delimiter);
    auto *colours = new ProblemColours(this);
    colours->setSourceModel(m_preview);
    m_grid->setObjectName(QStringLiteral("previewGrid"));
    m_grid->setAccessibleName(tr("The file's rows; edit a cell to fix it"));
    m_grid->setModel(colours);
    m_grid->setAlternatingRowColors(true);
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setResizeContentsPrecision(200);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addLayout(readRow);
    fileLayout->addWidget(m_fileInfo);
    fileLayout->addWidget(m_grid, 1);
    m_steps->addWidget(filePage);

    // 2. The columns.
    auto *mappingPage = new QWidget(m_steps);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Attribute")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->resizeSection(0, 200);
    m_mapping->horizontalHeader()->resizeSection(1, 300);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_match->setObjectName(QStringLiteral("matchKey"));
    m_match->addItem(tr("User name (case-insensitive)"), QStringLiteral("userName"));
    m_match->addItem(tr("External ID"), QStringLiteral("externalId"));
    m_match->addItem(tr("Email"), QStringLiteral("email"));
    connect(m_match, &QComboBox::activated, this, &ImportDialog::replan);
    m_templates->setObjectName(QStringLiteral("templates"));
    m_templates->setPlaceholderText(tr("Saved mappings"));
    m_templates->addItems(ImportMapping::templateNames(session->profile().id));
    m_templates->setCurrentIndex(-1);
    connect(m_templates, &QComboBox::textActivated, this, &ImportDialog::applyTemplate);
    auto *saveTemplate = new QPushButton(tr("Save &mapping…"), mappingPage);
    connect(saveTemplate, &QPushButton::clicked, this, &ImportDialog::saveTemplate);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(new QLabel(tr("Match users by:"), mappingPage));
    mappingRow->addWidget(m_match);
    mappingRow->addStretch(1);
    mappingRow->addWidget(m_templates);
    mappingRow->addWidget(saveTemplate);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addLayout(mappingRow);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_mappingNotes);
    m_steps->addWidget(mappingPage);

    // 3. The review.
    auto *reviewPage = new QWidget(m_steps);
    auto *modes = new QGroupBox(tr("What the file means"), reviewPage);
    auto *modesLayout = new QVBoxLayout(modes);
    const std::pair<ImportPlanner::Mode, QString> modeTexts[] = {
        {ImportPlanner::Mode::Provision,
         tr("&Provision: create who is missing, update what differs, reactivate who is listed")},
        {ImportPlanner::Mode::Deprovision, tr("D&eprovision: everyone listed loses access")},
        {ImportPlanner::Mode::Sync,
         tr("&Sync: the file is the complete list — also deprovision every active user it leaves "
            "out")},
    };
    for (const auto &[mode, text] : modeTexts) {
        auto *button = new QRadioButton(text, modes);
        m_mode->addButton(button, int(mode));
        modesLayout->addWidget(button);
    }
    m_mode->button(int(ImportPlanner::Mode::Provision))->setChecked(true);
    connect(m_mode, &QButtonGroup::idClicked, this, &ImportDialog::replan);
    m_deprovisionAction->setObjectName(QStringLiteral("deprovisionAction"));
    m_deprovisionAction->addItem(tr("Deactivate (can be undone)"), false);
    m_deprovisionAction->addItem(tr("Delete (permanent)"), true);
    connect(m_deprovisionAction, &QComboBox::activated, this, &ImportDialog::replan);
    connect(m_revoke, &QCheckBox::toggled, this, &ImportDialog::replan);
    auto *deprovisionRow = new QHBoxLayout;
    deprovisionRow->addWidget(new QLabel(tr("Deprovision by:"), modes));
    deprovisionRow->addWidget(m_deprovisionAction);
    deprovisionRow->addWidget(m_revoke);
    deprovisionRow->addStretch(1);
    modesLayout->addLayout(deprovisionRow);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_errors->setObjectName(QStringLiteral("rowErrors"));
    m_errors->setHeaderLabels({tr("Row"), tr("Problem")});
    m_errors->setRootIsDecorated(false);
    m_errors->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_errors->header()->resizeSection(0, 60);
    connect(m_errors, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        // To the grid, on the row, to fix it there.
        const int row = m_preview->rowOf(item->text(0).toInt());
        showStep(0);
        m_grid->setCurrentIndex(m_grid->model()->index(row, 1));
        m_grid->setFocus();
    });
    auto *exclude = new QPushButton(tr("Leave the selected rows &out"), reviewPage);
    connect(exclude, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_errors->selectedItems())
            m_preview->setExcluded(item->text(0).toInt(), true);
    });
    m_notes->setObjectName(QStringLiteral("importNotes"));
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->addWidget(modes);
    reviewLayout->addWidget(m_outcome);
    reviewLayout->addWidget(
        new QLabel(tr("Rows with errors are not planned. Double-click one to fix it in the file's "
                      "grid, or leave it out:"),
                   reviewPage));
    reviewLayout->addWidget(m_errors, 1);
    reviewLayout->addWidget(exclude, 0, Qt::AlignLeft);
    reviewLayout->addWidget(m_notes);
    m_steps->addWidget(reviewPage);

    m_add->setObjectName(QStringLiteral("addToPending"));
    m_add->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(step() + 1); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        Q_EMIT planReady(m_result.plan);
        accept();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_add);
    buttons->addWidget(cancel);

    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    QFont title = m_stepTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_stepTitle->setFont(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);

    // Fixing a cell or leaving a row out makes the plan again (once per burst of edits).
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(150);
    connect(later, &QTimer::timeout, this, &ImportDialog::replan);
    connect(m_preview, &CsvTableModel::edited, later, qOverload<>(&QTimer::start));

    m_fileLabel->setText(tr("Choose the file HR sent (CSV or Excel \"Unicode text\"), or drop it "
                            "on the main window."));
    showStep(0);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_lookedUp.clear();
    reread();
    return m_preview->table().ok();
}

void ImportDialog::reread()
{
    if (m_path.isEmpty())
        return;
    CsvReader::Options options;
    options.encoding = CsvEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    m_preview->setTable(CsvReader::readFile(m_path, options));
    // Columns as wide as what they hold (judged on the first rows), within reason.
    QHeaderView *columns = m_grid->horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_preview->columnCount(); ++column) {
        m_grid->resizeColumnToContents(column);
        columns->resizeSection(column, qMin(columns->sectionSize(column), widest));
    }
    const CsvTable &table = m_preview->table();
    m_fileLabel->setText(QDir::toNativeSeparators(m_path));
    if (!table.ok()) {
        m_fileInfo->setText(table.error);
    } else {
        const QString delimiterName
            = table.delimiter == u'\t' ? tr("tab") : QString(table.delimiter);
        QString info = tr("%L1 rows and %L2 columns; read as %3, separated by \"%4\".")
                           .arg(table.rows.size())
                           .arg(table.header.size())
                           .arg(table.encoding, delimiterName);
        if (!table.warnings.isEmpty())
            info += u'\n' + table.warnings.mid(0, 5).join(u'\n')
                + (table.warnings.size() > 5
                       ? u'\n' + tr("… and %L1 more.").arg(table.warnings.size() - 5)
                       : QString());
        m_fileInfo->setText(info);
    }
    rebuildMapping();
    showStep(step());
}

void ImportDialog::rebuildMapping()
{
    const CsvTable &table = m_preview->table();
    const ServiceCapabilities &caps = m_session->report().capabilities;
    const ImportMapping guess = ImportMapping::automatic(table.header, caps);
    const auto choices = ImportMapping::choices(caps);
    m_mapping->setRowCount(int(table.header.size()));
    for (int column = 0; column < table.header.size(); ++column) {
        m_mapping->setItem(column, 0, new QTableWidgetItem(table.header.at(column)));
        QStringList samples;
        for (int row = 0; row < table.rows.size() && samples.size() < 3; ++row) {
            const QString cell = table.rows.at(row).cells.at(column).trimmed();
            if (!cell.isEmpty())
                samples.append(cell);
        }
        m_mapping->setItem(column, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *attribute = new QComboBox(m_mapping);
        attribute->addItem(tr("(ignore)"), QString());
        for (const auto &[path, label] : choices)
            attribute->addItem(label, path);
        attribute->setCurrentIndex(qMax(0, attribute->findData(guess.attributes.value(column))));
        attribute->setAccessibleName(tr("Attribute for %1").arg(table.header.at(column)));
        connect(attribute, &QComboBox::activated, this, &ImportDialog::replan);
        m_mapping->setCellWidget(column, 2, attribute);
    }
    replan();
}

ImportMapping ImportDialog::currentMapping() const
{
    ImportMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        mapping.attributes.append(combo ? combo->currentData().toString() : QString());
    }
    return mapping;
}

ImportPlanner::Options ImportDialog::currentOptions() const
{
    ImportPlanner::Options options;
    options.mode = ImportPlanner::Mode(m_mode->checkedId());
    ImportPlanner::matchFromName(m_match->currentData().toString(), &options.match);
    options.deleteOnDeprovision = m_deprovisionAction->currentData().toBool();
    options.revokeLicences = m_revoke->isChecked();
    options.excludedRows = m_preview->excludedRows();
    options.source = QStringLiteral("csv:") + QFileInfo(m_path).fileName();
    return options;
}

void ImportDialog::setMode(ImportPlanner::Mode mode)
{
    m_mode->button(int(mode))->setChecked(true);
    replan();
}

void ImportDialog::replan()
{
    const CsvTable &table = m_preview->table();
    const ImportMapping mapping = currentMapping();
    const ImportPlanner::Options options = currentOptions();
    const bool deprovisioning = options.mode != ImportPlanner::Mode::Provision;
    m_deprovisionAction->setEnabled(deprovisioning);
    m_revoke->setEnabled(deprovisioning && !options.deleteOnDeprovision);

    QStringList notes;
    if (mapping.userNameFromEmail())
        notes << tr("No column is mapped to userName: the email column is used as userName, as "
                    "Lucid and most services expect.");
    if (const QStringList ignored = mapping.unmapped(table.header); !ignored.isEmpty())
        notes << tr("Ignored columns: %1.").arg(ignored.join(QStringLiteral(", ")));
    m_mappingNotes->setText(notes.join(u'\n'));

    const bool ready = table.ok() && !table.rows.isEmpty();
    const bool haveKey = options.match == ImportPlanner::MatchKey::UserName
        ? mapping.userNameColumn() >= 0
        : mapping.columnOf(options.match == ImportPlanner::MatchKey::Email
                               ? QString::fromUtf16(ImportMapping::WorkEmail)
                               : QStringLiteral("externalId"))
            >= 0;
    if (!ready || !haveKey) {
        m_result = {};
        m_outcome->setText(!ready ? tr("Choose a file with a header row and at least one row.")
                                  : tr("Map a column to the matching key (user name, email or "
                                       "external ID) on the Columns step."));
        m_errors->clear();
        m_notes->clear();
        m_add->setEnabled(false);
        return;
    }

    const bool needsGroups = mapping.columnOf(QString::fromUtf16(ImportMapping::Groups)) >= 0;
    if (const QString problem = directoryProblem(needsGroups); !problem.isEmpty()) {
        // Planned again when the directory's state changes.
        m_result = {};
        m_outcome->setText(problem);
        m_errors->clear();
        m_notes->clear();
        m_add->setEnabled(false);
        return;
    }
    if (m_lookingUp) {
        // A plan made now would miss the users being looked up: wait for them.
        m_add->setEnabled(false);
        return;
    }
    const ConnectionProfile &profile = m_session->profile();
    const ServiceCapabilities &caps = m_session->report().capabilities;
    ImportPlanner planner(profile, caps);
    if (m_directory->hidesDeactivatedUsers() && options.mode != ImportPlanner::Mode::Deprovision) {
        // Lucid leaves deactivated users out of lists: look listed-but-missing users up first,
        // so a reactivation is not planned as a create.
        QStringList keys;
        for (const QString &key :
             planner.unmatchedKeys(table, mapping, options, m_directory->users()->store())) {
            if (!m_lookedUp.contains(key))
                keys.append(key);
        }
        if (!keys.isEmpty()) {
            m_lookingUp = true;
            m_add->setEnabled(false);
            m_outcome->setText(
                tr("Looking up %L1 user(s) the service does not list…").arg(keys.size()));
            QStringList filters;
            for (const QString &key : keys)
                filters.append(planner.lookupFilter(key, options.match));
            m_directory->lookUpUsers(filters, this,
                                     [this, keys](const QStringList &, const ScimError &error) {
                                         m_lookingUp = false;
                                         m_lookedUp += keys;
                                         if (error.isError())
                                             m_notes->setText(error.message());
                                         replan();
                                     });
            return;
        }
    }

    m_result = planner.plan(table, mapping, options, m_directory->users()->store(),
                            m_directory->groups()->all());
    m_outcome->setText(m_result.summary() + u'.');
    m_errors->clear();
    QHash<int, QString> problems;
    for (const ImportPlanner::RowError &error : std::as_const(m_result.errors)) {
        auto *item = new QTreeWidgetItem(m_errors);
        item->setText(0, QString::number(error.row));
        item->setText(1, error.message);
        item->setToolTip(1, error.message);
        QString &text = problems[error.row];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + error.message;
    }
    m_preview->setProblems(problems);
    m_notes->setText(m_result.notes.join(u'\n'));
    m_add->setEnabled(!m_result.plan.changes.isEmpty());
}

QString ImportDialog::directoryProblem(bool needsGroups) const
{
    // A plan compares the file with every user: with only some loaded, the others would look
    // new, and a sync could not see who is missing.
    const qint64 loaded = m_directory->users()->rowCount();
    const qint64 expected = m_directory->expectedUsers();
    const QString counted = expected > loaded
        ? tr("Only %L1 of %L2 users are loaded").arg(loaded).arg(expected)
        : tr("Only %L1 users are loaded").arg(loaded);
    switch (m_directory->state()) {
    case Directory::State::Empty:
    case Directory::State::Loading:
        return tr("Users are still loading: the outcome is worked out once they are all in.");
    case Directory::State::Cancelled:
        return tr("%1 (loading was stopped): users not loaded would look new, and a sync could "
                  "not see who is missing. Close this dialog, load everything (F5), then import "
                  "again.")
            .arg(counted);
    case Directory::State::Failed:
        return tr("%1: loading failed. %2 Close this dialog, load everything (F5), then import "
                  "again.")
            .arg(counted, m_directory->error().message());
    case Directory::State::Complete:
        break;
    }
    if (!m_directory->serverFilter().isEmpty())
        return tr("Only the users matching the filter %1 are loaded. Close this dialog, choose "
                  "Show all on the Users page, then import again.")
            .arg(m_directory->serverFilter());
    if (needsGroups && !m_directory->groupsStatus().isEmpty())
        return m_directory->groupsStatus() + u' '
            + tr("The file has a groups column: load the groups first, or set that column to "
                 "\"(ignore)\" on the Columns step.");
    return {};
}

QString ImportDialog::outcomeText() const
{
    return m_outcome->text();
}

void ImportDialog::showStep(int index)
{
    index = qBound(0, index, m_steps->count() - 1);
    m_steps->setCurrentIndex(index);
    const QString titles[] = {tr("Step 1 of 3 — the file"), tr("Step 2 of 3 — the columns"),
                              tr("Step 3 of 3 — what will change")};
    m_stepTitle->setText(titles[index]);
    const bool readable = m_preview->table().ok() && !m_path.isEmpty();
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index < m_steps->count() - 1 && readable);
    m_next->setVisible(index < m_steps->count() - 1);
    m_add->setVisible(index == m_steps->count() - 1);
}

int ImportDialog::step() const
{
    return m_steps->currentIndex();
}

void ImportDialog::saveTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the mapping"),
                                               tr("Name (to use it for the next file like this):"),
                                               QLineEdit::Normal, QFileInfo(m_path).baseName(), &ok)
                             .trimmed()
                             .remove(u'/');
    if (!ok || name.isEmpty())
        return;
    ImportMapping::saveTemplate(m_session->profile().id, name,
                                currentMapping().toTemplate(m_preview->table().header));
    if (m_templates->findText(name) < 0)
        m_templates->addItem(name);
    m_templates->setCurrentText(name);
}

void ImportDialog::applyTemplate(const QString &name)
{
    const auto saved = ImportMapping::loadTemplate(m_session->profile().id, name);
    if (!saved)
        return;
    const ImportMapping mapping = ImportMapping::fromTemplate(*saved, m_preview->table().header,
                                                              m_session->report().capabilities);
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2)))
            combo->setCurrentIndex(qMax(0, combo->findData(mapping.attributes.value(row))));
    }
    replan();
}

} // namespace ScimDesk
