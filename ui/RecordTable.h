#pragma once

class QTableView;

namespace ScimDesk {

// A table of records, one a row (users, a group's members, the audit log): rows one line of
// text high, as many as fit, a text too long cut where the view says rather than wrapped onto
// a line nobody sees; no row numbers; alternating colours; Tab leaves the table and the arrows
// move in it.
void setUpRecordTable(QTableView *view);

} // namespace ScimDesk
