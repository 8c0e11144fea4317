#include "RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace ScimDesk {

void setUpRecordTable(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // The style's own row height is taller than a line of text.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace ScimDesk
