#include "ImportDialog.h"

#include "Accessibility.h"
#include "AttributeDelegate.h"
#include "FileChooser.h"
#include "ImportColours.h"
#include "ImportConflictDialog.h"
#include "WindowSize.h"
#include "audit/LicenceHistory.h"
#include "changes/Guards.h"
#include "changes/ImportSession.h"
#include "changes/PlanDiffModel.h"
#include "connections/ConnectionSession.h"
#include "csv/CsvTableModel.h"
#include "csv/ImportMappingModel.h"
#include "directory/Directory.h"
#include "directory/UserTableModel.h"
#include "scim/ServiceDiscovery.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportDialog::ImportDialog(ConnectionSession *session, Directory *directory, ChangeQueue *queue,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_directory(directory)
    , m_import(
          new ImportSession(session->profile(), session->report().capabilities, directory, this))
    , m_queue(queue)
    , m_stepTitle(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_fileLabel(wrappingLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_fileInfo(wrappingLabel(this))
    , m_rowProblem(wrappingLabel(this))
    , m_grid(new QTableView(this))
    , m_mapping(new QTableView(this))
    , m_match(new QComboBox(this))
    , m_templates(new QComboBox(this))
    , m_mappingNotes(wrappingLabel(this))
    , m_mode(new QButtonGroup(this))
    , m_deprovisionAction(new QComboBox(this))
    , m_revoke(new QCheckBox(tr("Also re&voke their licences"), this))
    , m_outcome(new QLabel(this))
    , m_warning(wrappingLabel(this))
    , m_results(new QTabWidget(this))
    , m_diff(new PlanDiffModel(this))
    , m_changeList(new QTreeView(this))
    , m_errors(new QTreeWidget(this))
    , m_notes(wrappingLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_add(new QPushButton(tr("&Add to pending changes"), this))
{
    // A reactivated user gets back the licences they held before their deactivation.
    m_import->options().licenceHistory = LicenceHistory(session->profile().id).read();
    m_import->setUsesSavedMappings(true);
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV — %1").arg(session->profile().name));
    if (!restoreGeometry(QSettings().value(QStringLiteral("importDialog/geometry")).toByteArray()))
        resizeOnScreen(this, QSize(1000, 640));
    m_steps->addWidget(buildFilePage());
    m_steps->addWidget(buildMappingPage());
    m_steps->addWidget(buildReviewPage());
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    QFont title = m_stepTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_stepTitle->setFont(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buildButtons());
    orderTabs();

    // A plan rests on every user being loaded: plan again when that changes (a load finishes,
    // or the admin reloads or filters).
    connect(directory, &Directory::stateChanged, this, [this](Directory::State state) {
        if (state == Directory::State::Loading)
            m_import->forgetLookups(); // a reload drops the users found by looking up
        replan();
    });
    connect(m_import, &ImportSession::lookingUp, this, [this](int users) {
        m_add->setEnabled(false);
        m_outcomeText = tr("Looking up %Ln user(s) the service does not list…", nullptr, users);
        m_outcome->setText(m_outcomeText.toHtmlEscaped());
    });
    connect(m_import, &ImportSession::planned, this, &ImportDialog::showPlan);
    connect(m_import->mapping(), &ImportMappingModel::mappingChanged, this, &ImportDialog::replan);
    connect(m_import->mapping(), &QAbstractItemModel::modelReset, this,
            &ImportDialog::openMappingEditors);
    // Fixing a cell or leaving a row out makes the plan again (once per burst of edits).
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(150);
    connect(later, &QTimer::timeout, this, &ImportDialog::replan);
    connect(preview(), &CsvTableModel::edited, later, qOverload<>(&QTimer::start));
    connect(preview(), &CsvTableModel::edited, this, [this] { m_rowsEdited = true; });
    connect(m_import->mapping(), &ImportMappingModel::mappingChanged, this,
            [this] { m_mappingEdited = true; });

    m_fileLabel->setText(tr("Choose the file HR sent (CSV or Excel \"Unicode text\"), or drop it "
                            "on the main window."));
    showStep(0);
}

ImportDialog::~ImportDialog()
{
    QSettings().setValue(QStringLiteral("importDialog/geometry"), saveGeometry());
}

QWidget *ImportDialog::buildFilePage()
{
    auto *page = new QWidget(m_steps);
    auto *choose = new QPushButton(tr("&Choose file…"), page);
    choose->setObjectName(QStringLiteral("chooseFile"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Detect"), int(CsvEncoding::Detect));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16 LE (Excel Unicode text)"), int(CsvEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), int(CsvEncoding::Utf16BE));
    m_encoding->addItem(tr("Windows-1252 (Western)"), int(CsvEncoding::Windows1252));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::readOptionsChosen);
    connect(m_delimiter, &QComboBox::activated, this, &ImportDialog::readOptionsChosen);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), page);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), page);
    delimiterLabel->setBuddy(m_delimiter);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(encodingLabel);
    readRow->addWidget(m_encoding);
    readRow->addSpacing(12);
    readRow->addWidget(delimiterLabel);
    readRow->addWidget(m_delimiter);
    readRow->addStretch(1);
    auto *colours = new ProblemColours(m_grid);
    colours->setSourceModel(preview());
    m_grid->setObjectName(QStringLiteral("previewGrid"));
    m_grid->setAccessibleName(tr("The file's rows; edit a cell to fix it"));
    m_grid->setModel(colours);
    m_grid->setAlternatingRowColors(true);
    m_grid->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move in it
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setResizeContentsPrecision(200);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    // The current row's problems, said in words under the grid (and as its cells' tooltip).
    m_rowProblem->setObjectName(QStringLiteral("rowProblem"));
    m_rowProblem->setStyleSheet(
        QStringLiteral("color: %1;").arg(Accessibility::alertCss(palette())));
    const auto showRowProblem = [this] {
        const QModelIndex current = m_grid->currentIndex();
        const QString problem = current.data(CsvTableModel::ProblemRole).toString();
        m_rowProblem->setText(
            problem.isEmpty()
                ? QString()
                : tr("Row %1: %2")
                      .arg(preview()->headerData(current.row(), Qt::Vertical).toString(), problem));
    };
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            showRowProblem);
    // A fixed cell is checked again (the rows' problems change): the words follow, rather
    // than still naming the value just corrected.
    connect(preview(), &QAbstractItemModel::dataChanged, this, showRowProblem);
    connect(preview(), &QAbstractItemModel::modelReset, this, showRowProblem);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(fileRow);
    layout->addLayout(readRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_rowProblem);
    return page;
}

QWidget *ImportDialog::buildMappingPage()
{
    auto *page = new QWidget(m_steps);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setAccessibleName(tr("The file's columns and the attribute each fills"));
    m_mapping->setModel(m_import->mapping());
    m_mapping->setItemDelegateForColumn(ImportMappingModel::AttributeColumn,
                                        new AttributeDelegate(m_mapping));
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->resizeSection(ImportMappingModel::HeaderColumn, 200);
    m_mapping->horizontalHeader()->resizeSection(ImportMappingModel::SamplesColumn, 300);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers); // the combo boxes edit
    m_mapping->setTabKeyNavigation(false); // Tab goes through the combo boxes
    m_match->setObjectName(QStringLiteral("matchKey"));
    m_match->setAccessibleName(tr("Match users by"));
    m_match->addItem(tr("User name (case-insensitive)"), int(MatchKey::UserName));
    m_match->addItem(tr("External ID"), int(MatchKey::ExternalId));
    m_match->addItem(tr("Email"), int(MatchKey::Email));
    connect(m_match, &QComboBox::activated, this, &ImportDialog::replan);
    m_templates->setObjectName(QStringLiteral("templates"));
    m_templates->setAccessibleName(tr("Saved mappings"));
    m_templates->setPlaceholderText(tr("Saved mappings"));
    m_templates->addItems(m_import->templateNames());
    m_templates->setCurrentIndex(-1);
    connect(m_templates, &QComboBox::textActivated, this, &ImportDialog::applyTemplate);
    auto *save = new QPushButton(tr("Save &mapping…"), page);
    save->setObjectName(QStringLiteral("saveMapping"));
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveTemplate);
    auto *matchLabel = new QLabel(tr("Matc&h users by:"), page);
    matchLabel->setBuddy(m_match);
    // Two rows, so that the longer German texts still fit a 1024-pixel screen.
    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_match);
    matchRow->addStretch(1);
    auto *templatesLabel = new QLabel(tr("&Saved mappings:"), page);
    templatesLabel->setBuddy(m_templates);
    auto *templatesRow = new QHBoxLayout;
    templatesRow->addWidget(templatesLabel);
    templatesRow->addWidget(m_templates);
    templatesRow->addWidget(save);
    templatesRow->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(matchRow);
    layout->addLayout(templatesRow);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingNotes);
    return page;
}

QWidget *ImportDialog::buildModes(QWidget *parent)
{
    auto *modes = new QGroupBox(tr("What the file means"), parent);
    auto *layout = new QVBoxLayout(modes);
    const std::pair<ImportPlanner::Mode, QString> texts[] = {
        {ImportPlanner::Mode::Provision,
         tr("&Provision: create who is missing, update what differs, reactivate who is listed")},
        {ImportPlanner::Mode::Deprovision, tr("D&eprovision: everyone listed loses access")},
        {ImportPlanner::Mode::Sync,
         tr("&Sync: the file is the complete list — also deprovision every active user it leaves "
            "out")},
    };
    for (const auto &[mode, text] : texts) {
        auto *button = new QRadioButton(text, modes);
        m_mode->addButton(button, int(mode));
        layout->addWidget(button);
    }
    m_mode->button(int(ImportPlanner::Mode::Provision))->setChecked(true);
    connect(m_mode, &QButtonGroup::idClicked, this, &ImportDialog::replan);
    m_deprovisionAction->setObjectName(QStringLiteral("deprovisionAction"));
    m_deprovisionAction->setAccessibleName(tr("Deprovision by"));
    m_deprovisionAction->addItem(tr("Deactivate (can be undone)"), false);
    m_deprovisionAction->addItem(tr("Delete (permanent)"), true);
    connect(m_deprovisionAction, &QComboBox::activated, this, &ImportDialog::replan);
    connect(m_revoke, &QCheckBox::toggled, this, &ImportDialog::replan);
    auto *deprovisionRow = new QHBoxLayout;
    auto *deprovisionLabel = new QLabel(tr("Deprovision b&y:"), modes);
    deprovisionLabel->setBuddy(m_deprovisionAction);
    deprovisionRow->addWidget(deprovisionLabel);
    deprovisionRow->addWidget(m_deprovisionAction);
    deprovisionRow->addWidget(m_revoke);
    deprovisionRow->addStretch(1);
    layout->addLayout(deprovisionRow);
    return modes;
}

QWidget *ImportDialog::buildReviewPage()
{
    auto *page = new QWidget(m_steps);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_warning->setObjectName(QStringLiteral("importWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(Accessibility::alertCss(palette())));
    m_warning->setVisible(false);

    // Every change, per user, deprovisioning first; expand a row for its attributes.
    auto *colours = new DeprovisionColours(m_changeList);
    colours->setSourceModel(m_diff);
    m_changeList->setObjectName(QStringLiteral("importChanges"));
    m_changeList->setAccessibleName(tr("What will change, per user"));
    m_changeList->setModel(colours);
    m_changeList->setUniformRowHeights(true);
    m_changeList->setAlternatingRowColors(true);
    m_changeList->header()->setStretchLastSection(true);
    // A user's attributes show when it is expanded: their values must be readable then.
    connect(m_changeList, &QTreeView::expanded, this, &ImportDialog::fitChangeColumns);

    auto *errors = new QWidget(page);
    m_errors->setObjectName(QStringLiteral("rowErrors"));
    m_errors->setAccessibleName(tr("Rows with errors"));
    m_errors->setHeaderLabels({tr("Row"), tr("Problem")});
    m_errors->setRootIsDecorated(false);
    m_errors->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_errors->header()->resizeSection(0, 60);
    // Enter, as a double-click, goes to the row in the grid.
    connect(m_errors, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { goToRow(item->data(0, Qt::UserRole).toInt()); });
    auto *exclude = new QPushButton(tr("Leave the selected rows &out"), errors);
    exclude->setObjectName(QStringLiteral("excludeRows"));
    connect(exclude, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_errors->selectedItems())
            preview()->setExcluded(item->data(0, Qt::UserRole).toInt(), true);
    });
    auto *errorsLayout = new QVBoxLayout(errors);
    QLabel *hint = wrappingLabel(errors);
    hint->setText(tr("Rows with errors are not planned. Press Enter or double-click one to fix it "
                     "in the file's grid, or leave it out:"));
    errorsLayout->addWidget(hint);
    errorsLayout->addWidget(m_errors, 1);
    errorsLayout->addWidget(exclude, 0, Qt::AlignLeft);

    m_results->setObjectName(QStringLiteral("importResults"));
    m_results->setAccessibleName(tr("Outcome"));
    m_results->addTab(m_changeList, tr("&What will change"));
    m_results->addTab(errors, tr("Rows with e&rrors"));
    m_notes->setObjectName(QStringLiteral("importNotes"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(buildModes(page));
    layout->addWidget(m_outcome);
    layout->addWidget(m_warning);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_notes);
    return page;
}

QLayout *ImportDialog::buildButtons()
{
    m_add->setObjectName(QStringLiteral("addToPending"));
    m_add->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelImport"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(step() + 1); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addToQueue())
            accept();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_add);
    buttons->addWidget(cancel);
    return buttons;
}

CsvTableModel *ImportDialog::preview() const
{
    return m_import->preview();
}

ImportMappingModel *ImportDialog::mapping() const
{
    return m_import->mapping();
}

const ImportPlanner::Result &ImportDialog::result() const
{
    return m_import->result();
}

void ImportDialog::orderTabs()
{
    // Each step from top to bottom, then the dialog's buttons (the widgets were not created in
    // that order). Tab skips what the current step hides.
    QList<QWidget *> order {findChild<QPushButton *>(QStringLiteral("chooseFile")),
                            m_encoding,
                            m_delimiter,
                            m_grid,
                            m_match,
                            m_templates,
                            findChild<QPushButton *>(QStringLiteral("saveMapping")),
                            m_mapping};
    for (QAbstractButton *mode : m_mode->buttons())
        order.append(mode);
    // The results' tab widget brings its pages' lists and button along: a widget after its own
    // child would cut the chain in two.
    order << m_deprovisionAction << m_revoke << m_results << m_back << m_next << m_add
          << findChild<QPushButton *>(QStringLiteral("cancelImport"));
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void ImportDialog::chooseFile()
{
    const QString path = chooseFileToOpen(
        this, tr("Import a CSV file"), tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    activateWindow(); // the keyboard comes back here, whatever the file dialog did
    if (path.isEmpty())
        return;
    if (!mayDiscardEdits(tr("Open %1 instead?").arg(QFileInfo(path).fileName())))
        return;
    openFile(path);
    m_next->setFocus(Qt::OtherFocusReason);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    reread();
    return m_import->table().ok();
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
    m_import->readFile(m_path, options);
    m_readEncoding = m_encoding->currentIndex();
    m_readDelimiter = m_delimiter->currentIndex();
    // A new read starts from the file and a fresh guess: nothing of the person's is left.
    m_rowsEdited = false;
    m_mappingEdited = false;
    m_templates->setCurrentIndex(m_templates->findText(m_import->autoTemplate()));
    // Columns as wide as what they hold (judged on the first rows), within reason.
    QHeaderView *columns = m_grid->horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < preview()->columnCount(); ++column) {
        m_grid->resizeColumnToContents(column);
        columns->resizeSection(column, qMin(columns->sectionSize(column), widest));
    }
    showFileInfo();
    replan();
    showStep(step());
}

void ImportDialog::showFileInfo()
{
    const CsvTable &table = m_import->table();
    m_fileLabel->setText(QDir::toNativeSeparators(m_path));
    if (!table.ok()) {
        m_fileInfo->setText(table.error);
        return;
    }
    const QString delimiterName = table.delimiter == u'\t' ? tr("tab") : QString(table.delimiter);
    QString info = tr("%1 and %2; read as %3, separated by \"%4\".")
                       .arg(tr("%Ln row(s)", nullptr, int(table.rows.size())),
                            tr("%Ln column(s)", nullptr, int(table.header.size())), table.encoding,
                            delimiterName);
    if (!table.warnings.isEmpty())
        info += u'\n' + table.warnings.mid(0, 5).join(u'\n')
            + (table.warnings.size() > 5
                   ? u'\n' + tr("… and %L1 more.").arg(table.warnings.size() - 5)
                   : QString());
    m_fileInfo->setText(info);
}

void ImportDialog::openMappingEditors()
{
    // Tab goes from the table through its attributes, in their order, to the dialog's buttons.
    QWidget *previous = m_mapping;
    for (int row = 0; row < mapping()->rowCount(); ++row) {
        const QModelIndex index = mapping()->index(row, ImportMappingModel::AttributeColumn);
        m_mapping->openPersistentEditor(index);
        if (QWidget *editor = m_mapping->indexWidget(index)) {
            setTabOrder(previous, editor);
            previous = editor;
        }
    }
}

void ImportDialog::readOptions()
{
    ImportPlanner::Options &options = m_import->options();
    options.mode = ImportPlanner::Mode(m_mode->checkedId());
    options.match = MatchKey(m_match->currentData().toInt());
    options.deleteOnDeprovision = m_deprovisionAction->currentData().toBool();
    options.revokeLicences = m_revoke->isChecked();
}

void ImportDialog::setMode(ImportPlanner::Mode mode)
{
    m_mode->button(int(mode))->setChecked(true);
    replan();
}

void ImportDialog::replan()
{
    readOptions();
    const ImportPlanner::Options &options = m_import->options();
    const bool deprovisioning = options.mode != ImportPlanner::Mode::Provision;
    m_deprovisionAction->setEnabled(deprovisioning);
    m_revoke->setEnabled(deprovisioning && !options.deleteOnDeprovision);
    m_mappingNotes->setText(m_import->mappingNotes().join(u'\n'));

    if (const QString why = whyNoPlan(); !why.isEmpty()) {
        showNoPlan(why); // planned again when the directory's state changes
        return;
    }
    m_add->setEnabled(false); // until planned (after any look-ups)
    m_import->plan();
}

QString ImportDialog::whyNoPlan() const
{
    if (!m_import->hasRows())
        return tr("Choose a file with a header row and at least one row.");
    if (!m_import->hasMatchKey())
        return tr("Map a column to the matching key (user name, email or external ID) on the "
                  "Columns step.");
    return directoryProblem(m_import->needsGroups());
}

void ImportDialog::fitChangeColumns()
{
    // Each column but After (the last, which stretches) as wide as what is shown in it, never
    // narrower than it was. Before holds whatever the service has: up to a third of the view,
    // so that After stays in sight (a value cut short shows whole in its tooltip).
    for (int column = 0; column < PlanDiffModel::AfterColumn; ++column) {
        const int was = m_changeList->columnWidth(column);
        m_changeList->resizeColumnToContents(column);
        int wanted = m_changeList->columnWidth(column);
        if (column == PlanDiffModel::BeforeColumn && m_changeList->isVisible())
            wanted = qMin(wanted, qMax(m_changeList->viewport()->width() / 3, 120));
        m_changeList->setColumnWidth(column, qMax(was, wanted));
    }
}

void ImportDialog::showNoPlan(const QString &why)
{
    m_outcomeText = why;
    m_outcome->setText(why.toHtmlEscaped());
    m_warning->setVisible(false);
    m_diff->setPlan({});
    m_results->setTabText(0, tr("&What will change"));
    m_results->setTabText(1, tr("Rows with e&rrors"));
    m_errors->clear();
    m_notes->clear();
    m_add->setEnabled(false);
}

void ImportDialog::showPlan()
{
    // After look-ups, things may have changed meanwhile (a reload, the mapping).
    if (const QString why = whyNoPlan(); !why.isEmpty()) {
        showNoPlan(why);
        return;
    }
    const ImportPlanner::Result &result = m_import->result();
    m_outcomeText = result.summary() + u'.';
    // The counts in bold; what takes access away in red, so it is not read past.
    QString html = m_outcomeText.toHtmlEscaped();
    const QString deprovisioning[]
        = {tr("%L1 to deactivate").arg(result.deactivate), tr("%L1 to delete").arg(result.remove)};
    for (const QString &part : deprovisioning) {
        if (!part.startsWith(u'0'))
            html.replace(part,
                         QStringLiteral("<span style='color:%1'>%2</span>")
                             .arg(Accessibility::alertCss(palette()), part));
    }
    m_outcome->setText(u"<b>"_qs + html + u"</b>"_qs);
    QStringList warnings;
    const int deprovisions = result.deactivate + result.remove;
    // As the apply will judge it: against the number of users the service lists.
    const qint64 listed = m_session->report().userCount;
    const int threshold = Guards::threshold(m_session->profile(),
                                            listed > 0 ? listed : m_directory->users()->rowCount());
    if (deprovisions > threshold)
        warnings.append(
            tr("This takes access away from %L1 users, more than this connection's limit of %L2: "
               "check the red rows below. Applying will ask you to type a confirmation.")
                .arg(deprovisions)
                .arg(threshold));
    const QList<ImportMerge::Conflict> conflicts = m_queue->conflictsWith(result.queued);
    if (!conflicts.isEmpty())
        warnings.append(tr("%Ln user(s) in the file already have pending changes that the "
                           "file contradicts: you choose which stay when you add.",
                           nullptr, int(conflicts.size())));
    else if (!m_queue->acceptsOperations())
        warnings.append(tr("The pending changes are the plan file %1: adding the import replaces "
                           "it (you are asked first).")
                            .arg(m_queue->state().replacement->fileName));
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
    m_diff->setPlan(result.plan);
    fitChangeColumns();
    m_results->setTabText(0, tr("&What will change (%L1)").arg(result.plan.changes.size()));
    m_results->setTabText(1, tr("Rows with e&rrors (%L1)").arg(result.errors.size()));
    m_errors->clear();
    for (const ImportPlanner::RowError &error : result.errors) {
        auto *item = new QTreeWidgetItem(m_errors);
        item->setText(0, QString::number(error.row));
        item->setData(0, Qt::UserRole, error.row);
        item->setText(1, error.message);
        item->setToolTip(1, error.message);
    }
    preview()->setProblems(m_import->problemsByRow());
    QStringList notes = result.notes;
    if (const ScimError error = m_import->lookupError(); error.isError())
        notes.append(error.message());
    m_notes->setText(notes.join(u'\n'));
    m_add->setEnabled(!result.plan.changes.isEmpty());
}

void ImportDialog::goToRow(int rowNumber)
{
    // To the grid, on the row, to fix it there.
    showStep(0);
    m_grid->setCurrentIndex(m_grid->model()->index(preview()->rowOf(rowNumber), 1));
    m_grid->setFocus();
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
    return m_outcomeText;
}

QString ImportDialog::rowProblemText() const
{
    return m_rowProblem->text();
}

QString ImportDialog::mappingNotesText() const
{
    return m_mappingNotes->text();
}

QString ImportDialog::templateShown() const
{
    return m_templates->currentText();
}

QString ImportDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString ImportDialog::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool ImportDialog::addToQueue()
{
    const ImportedOperations &import = m_import->result().queued;
    if (!m_queue->acceptsOperations()) {
        QMessageBox box(QMessageBox::Question, tr("Replace the opened plan?"),
                        tr("The pending changes are the plan file %1, which cannot take other "
                           "changes. Replace it with this import?")
                            .arg(m_queue->state().replacement->fileName),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("replacePlanFile"));
        box.setInformativeText(tr("Undo (Ctrl+Z) brings the plan back. Cancel returns to the "
                                  "import."));
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    QHash<QString, ImportMerge::Choice> choices;
    if (const QList<ImportMerge::Conflict> conflicts = m_queue->conflictsWith(import);
        !conflicts.isEmpty()) {
        ImportConflictDialog ask(conflicts, fileName(), this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        choices = ask.choices();
    }
    Q_EMIT importReady(m_queue->withImport(import, choices), fileName());
    return true;
}

bool ImportDialog::mayDiscardEdits(const QString &question)
{
    if (!m_rowsEdited && !m_mappingEdited)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Discard this import?"), question,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardImport"));
    box.setInformativeText(tr("The cells you fixed, the rows you left out and the columns you "
                              "mapped are lost; a saved mapping is kept. Cancel returns to "
                              "the import."));
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    discard->setText(tr("&Discard")); // Qt's own has no access key
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == discard;
}

void ImportDialog::reject()
{
    if (mayDiscardEdits(tr("Discard the import of %1?").arg(fileName())))
        QDialog::reject();
}

void ImportDialog::readOptionsChosen()
{
    if (!mayDiscardEdits(tr("Read %1 again as chosen?").arg(fileName()))) {
        // Back to what the grid was read with (activated() comes from the person only).
        m_encoding->setCurrentIndex(m_readEncoding);
        m_delimiter->setCurrentIndex(m_readDelimiter);
        return;
    }
    reread();
}

void ImportDialog::showStep(int index)
{
    index = qBound(0, index, m_steps->count() - 1);
    m_steps->setCurrentIndex(index);
    const QString titles[] = {tr("Step 1 of 3 — the file"), tr("Step 2 of 3 — the columns"),
                              tr("Step 3 of 3 — what will change")};
    m_stepTitle->setText(titles[index]);
    const bool readable = m_import->table().ok() && !m_path.isEmpty();
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
    m_import->saveTemplate(name);
    m_mappingEdited = false; // kept: the next file like this one gets it
    if (m_templates->findText(name) < 0)
        m_templates->addItem(name);
    m_templates->setCurrentText(name);
}

void ImportDialog::applyTemplate(const QString &name)
{
    m_import->useTemplate(name); // the mapping changes: planned again
}

} // namespace ScimDesk
