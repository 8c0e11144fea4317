#include "CsvWriter.h"

namespace ScimDesk::Csv {

QString field(const QString &value, bool neutraliseFormulas, QChar delimiter)
{
    QString text = value;
    if (neutraliseFormulas && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
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
