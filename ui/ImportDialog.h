#pragma once

#include "changes/ImportPlanner.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace ScimDesk {

class ConnectionSession;
class CsvTableModel;
class Directory;
class ImportMappingModel;
class ImportSession;

// From an HR file to pending changes, in three steps: the file (a raw preview grid, encoding
// and delimiter), the mapping of columns to attributes (guessed, adjustable, saved as named
// templates per connection), and the review (mode, the outcome in numbers, every row error with
// its row number; fix a cell in the grid or leave the row out). "Add to pending changes" hands
// the plan to the queue; nothing is sent from here. The import itself is an ImportSession.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(ConnectionSession *session, Directory *directory, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads `path` (with the chosen encoding and delimiter); false (and says why) if it cannot.
    bool openFile(const QString &path);
    void setMode(ImportPlanner::Mode mode);
    void showStep(int step);
    int step() const;

    CsvTableModel *preview() const;
    ImportMappingModel *mapping() const;
    QTableView *mappingView() const { return m_mapping; }
    QTreeWidget *errorList() const { return m_errors; }
    const ImportPlanner::Result &result() const;
    QString outcomeText() const;
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    // "Add to pending changes": the plan for the queue.
    void planReady(const ScimDesk::Plan &plan);

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildReviewPage();
    QWidget *buildModes(QWidget *parent);
    QLayout *buildButtons();
    void chooseFile();
    void reread();
    void showFileInfo();
    void openMappingEditors();
    void readOptions();
    void replan();
    void showPlan();
    void showNoPlan(const QString &why);
    // Why no plan can be made now (no rows, no matching key, the directory); empty: it can.
    QString whyNoPlan() const;
    // Why the loaded directory cannot be planned against now; empty when it can.
    QString directoryProblem(bool needsGroups) const;
    void saveTemplate();
    void applyTemplate(const QString &name);
    void goToRow(int rowNumber);

    ConnectionSession *m_session;
    Directory *m_directory;
    ImportSession *m_import;
    QString m_path;

    QLabel *m_stepTitle;
    QStackedWidget *m_steps;
    QLabel *m_fileLabel;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_fileInfo;
    QTableView *m_grid;
    QTableView *m_mapping;
    QComboBox *m_match;
    QComboBox *m_templates;
    QLabel *m_mappingNotes;
    QButtonGroup *m_mode;
    QComboBox *m_deprovisionAction;
    QCheckBox *m_revoke;
    QLabel *m_outcome;
    QTreeWidget *m_errors;
    QLabel *m_notes;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_add;
};

} // namespace ScimDesk
