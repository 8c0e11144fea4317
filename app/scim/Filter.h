#pragma once

#include <QString>
#include <QStringList>

namespace ScimDesk::Filter {

// Builds SCIM filter expressions (RFC 7644 §3.4.2.2) from values people typed or files held.
// Values become JSON string literals, so a userName containing `"` or `\` cannot change the
// filter's meaning (`a" or userName pr or "` stays one string). Attribute paths are checked
// against the ABNF's characters; an invalid one yields an empty filter.

// A JSON string literal for `value`, quotes included.
QString quote(const QString &value);
// Whether `path` is a plausible attribute path: ATTRNAME *("." ATTRNAME), optionally behind a
// schema URN ("urn:...:User:department"), with an optional [valueFilter] left out on purpose.
bool isValidAttributePath(const QString &path);
// `path eq "value"`; empty if the path is not valid.
QString eq(const QString &path, const QString &value);
// Any binary comparison operator: eq ne co sw ew gt ge lt le. Empty if invalid.
QString compare(const QString &path, const QString &op, const QString &value);
// `(a) and (b)` for each non-empty part; Lucid accepts only a single eq.
QString allOf(const QStringList &parts);

} // namespace ScimDesk::Filter
