#pragma once

#include "changes/ImportMerge.h"

#include <QDialog>

class QTableView;

namespace ScimDesk {

class ConflictChoiceModel;

// The users an import and the pending changes disagree on, and for each the side that stays:
// what is pending (the default) or what the file asks. Cancel goes back to the import, which
// keeps everything it holds.
class ImportConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportConflictDialog)

public:
    ImportConflictDialog(const QList<ImportMerge::Conflict> &conflicts, const QString &fileName,
                         QWidget *parent = nullptr);

    // By user key: the choice for each conflict.
    QHash<QString, ImportMerge::Choice> choices() const;
    QTableView *view() const { return m_view; }
    // Chooses one side for every conflict.
    void chooseAll(ImportMerge::Choice choice);

private:
    ConflictChoiceModel *m_model;
    QTableView *m_view;
};

} // namespace ScimDesk
