#pragma once

#include <QString>
#include <QStringList>

namespace ScimDesk::Csv {

// One RFC 4180 field: quoted when it holds the delimiter, a quote, CR or LF. With
// `neutraliseFormulas`, a value a spreadsheet would run as a formula (starting with =, +, -, @,
// tab or CR) gets a leading apostrophe, as OWASP recommends for CSV exports.
QString field(const QString &value, bool neutraliseFormulas = true, QChar delimiter = u',');
// A whole record, fields joined by `delimiter`, ending in CRLF.
QString record(const QStringList &values, bool neutraliseFormulas = true, QChar delimiter = u',');

} // namespace ScimDesk::Csv
