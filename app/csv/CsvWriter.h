#pragma once

#include <QString>
#include <QStringList>

namespace ScimDesk::Csv {

// One RFC 4180 field: quoted when it holds the delimiter, a quote, CR or LF. With
// `neutraliseFormulas`, a value a spreadsheet could run as a formula gets a leading apostrophe,
// as OWASP recommends for CSV exports: one starting with tab or CR, or with =, +, -, @ (or
// their full-width forms, which some spreadsheets fold) after any spaces; and one holding the
// delimiter followed by such a character, which a spreadsheet that splits on it would run.
QString field(const QString &value, bool neutraliseFormulas = true, QChar delimiter = u',');
// A whole record, fields joined by `delimiter`, ending in CRLF.
QString record(const QStringList &values, bool neutraliseFormulas = true, QChar delimiter = u',');

} // namespace ScimDesk::Csv
