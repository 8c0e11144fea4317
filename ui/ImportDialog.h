#pragma once

#include "changes/ChangeQueue.h"
#include "changes/ImportPlanner.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace ScimDesk {

class ConnectionSession;
class CsvTableModel;
class Directory;
class ImportMappingModel;
class ImportSession;
class PlanDiffModel;

// From an HR file to pending changes, in three steps: the file (a raw preview grid, encoding
// and delimiter), the mapping of columns to attributes (guessed, adjustable, saved as named
// templates per connection), and the review (mode, the outcome in numbers with deprovisioning
// set apart, every change per user before → after, every row error with its row number; fix a
// cell in the grid or leave the row out). "Add to pending changes" merges the import into the
// queue, asking which side stays where the two disagree; nothing is sent from here, and no
// question's Cancel closes the wizard. The import itself is an ImportSession.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(ConnectionSession *session, Directory *directory, ChangeQueue *queue,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads `path` (with the chosen encoding and delimiter); false (and says why) if it cannot.
    bool openFile(const QString &path);
    void setMode(ImportPlanner::Mode mode);
    void showStep(int step);
    int step() const;

    CsvTableModel *preview() const;
    ImportMappingModel *mapping() const;
    QTableView *mappingView() const { return m_mapping; }
    QTableView *grid() const { return m_grid; }
    // Under the grid: what is wrong with the current row (empty when nothing is).
    QString rowProblemText() const;
    QString mappingNotesText() const;
    QString templateShown() const;
    QTreeWidget *errorList() const { return m_errors; }
    // Step 3's list of every change, per user, expandable to before → after.
    QTreeView *changeList() const { return m_changeList; }
    PlanDiffModel *changes() const { return m_diff; }
    const ImportPlanner::Result &result() const;
    // The outcome in words ("25 to create, …"), and the warning that goes with it (mass
    // deprovisioning, conflicts with pending changes), as plain text.
    QString outcomeText() const;
    QString warningText() const;
    QPushButton *addButton() const { return m_add; }

    // Cancel, Escape and the window's close button: asks first when closing would lose fixes
    // made in the grid or a mapping not saved.
    void reject() override;

Q_SIGNALS:
    // "Add to pending changes", conflicts settled: the queue with the import in it.
    void importReady(const ScimDesk::ChangeQueue::State &next, const QString &fileName);

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildReviewPage();
    QWidget *buildModes(QWidget *parent);
    QLayout *buildButtons();
    void orderTabs();
    void chooseFile();
    void reread();
    // Encoding or delimiter chosen: reads the file again, once the person agrees to lose
    // their fixes (else the choices go back).
    void readOptionsChosen();
    // Asks `question` before what would lose fixes made in the grid or a mapping not saved;
    // true to go ahead (at once when there is nothing to lose).
    bool mayDiscardEdits(const QString &question);
    void showFileInfo();
    void openMappingEditors();
    void readOptions();
    void replan();
    void showPlan();
    // Widens the change list's columns for what it shows (more when a user is expanded).
    void fitChangeColumns();
    void showNoPlan(const QString &why);
    // Why no plan can be made now (no rows, no matching key, the directory); empty: it can.
    QString whyNoPlan() const;
    // Why the loaded directory cannot be planned against now; empty when it can.
    QString directoryProblem(bool needsGroups) const;
    void saveTemplate();
    void applyTemplate(const QString &name);
    void goToRow(int rowNumber);
    // Merges the import into the queue, asking where needed; false: the admin went back.
    bool addToQueue();
    QString fileName() const;

    ConnectionSession *m_session;
    Directory *m_directory;
    ImportSession *m_import;
    ChangeQueue *m_queue;
    QString m_path;

    QLabel *m_stepTitle;
    QStackedWidget *m_steps;
    QLabel *m_fileLabel;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_fileInfo;
    QLabel *m_rowProblem;
    QTableView *m_grid;
    QTableView *m_mapping;
    QComboBox *m_match;
    QComboBox *m_templates;
    QLabel *m_mappingNotes;
    QButtonGroup *m_mode;
    QComboBox *m_deprovisionAction;
    QCheckBox *m_revoke;
    QLabel *m_outcome;
    QString m_outcomeText;
    QLabel *m_warning;
    QTabWidget *m_results;
    PlanDiffModel *m_diff;
    QTreeView *m_changeList;
    QTreeWidget *m_errors;
    QLabel *m_notes;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_add;
    // What closing would lose: cells fixed or rows left out (since the file was read), and a
    // mapping chosen by hand and not saved.
    bool m_rowsEdited = false;
    bool m_mappingEdited = false;
    int m_readEncoding = 0; // the choices the grid was read with
    int m_readDelimiter = 0;
};

} // namespace ScimDesk
