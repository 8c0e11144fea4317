#include "CsvWriter.h"

namespace ScimDesk::Csv {

namespace {

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\uFF1D': // full-width = + - @
    case u'\uFF0B':
    case u'\uFF0D':
    case u'\uFF20':
        return true;
    default:
        return false;
    }
}

// Whether the text from `from` on, after any spaces, starts a formula.
bool formulaAfterSpaces(const QString &text, qsizetype from)
{
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    return from < text.size() && isFormulaStart(text.at(from));
}

bool runsAsFormula(const QString &text, QChar delimiter)
{
    if (text.isEmpty())
        return false;
    if (text.front() == u'\t' || text.front() == u'\r' || formulaAfterSpaces(text, 0))
        return true;
    for (qsizetype at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, at + 1)) {
        if (formulaAfterSpaces(text, at + 1))
            return true;
    }
    return false;
}

} // namespace

QString field(const QString &value, bool neutraliseFormulas, QChar delimiter)
{
    QString text = value;
    if (neutraliseFormulas && runsAsFormula(text, delimiter))
        text.prepend(u'\'');
    const bool quote = text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QString record(const QStringList &values, bool neutraliseFormulas, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += field(values.at(i), neutraliseFormulas, delimiter);
    }
    line += u"\r\n";
    return line;
}

} // namespace ScimDesk::Csv
