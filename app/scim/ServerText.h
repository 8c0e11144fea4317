#pragma once

#include <QString>

namespace ScimDesk {

// Text a service sends (scimType, detail, names, emails, ids) is data: before it reaches a
// terminal, a log, a journal or an export it is bounded and cleaned by this one function.

enum class TextUse {
    Line, // one line on a terminal or in a message: every control character, tab and newline go
    File, // a field in a file (CSV, audit, journal): tabs stay, other control characters go
};

// The longest server-provided string kept, in characters; longer ones end in "…".
inline constexpr qsizetype MaxServerTextLength = 500;

// `text` without ESC sequences, C0 and C1 control characters, DEL and bidirectional overrides
// (for Line, tabs and newlines become spaces and runs of spaces are collapsed), cut to
// `maxLength` characters with "…".
QString cleanServerText(const QString &text, TextUse use = TextUse::Line,
                        qsizetype maxLength = MaxServerTextLength);

// `text` with each control character (C0, DEL, C1) and bidirectional override written as
// \uXXXX, and nothing cut: for what a person must see whole on a terminal (a change under review,
// the request body that will be sent), where dropping a character would hide it.
QString visibleControls(const QString &text);

} // namespace ScimDesk
