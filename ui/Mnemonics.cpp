#include "Mnemonics.h"

#include <QSet>

namespace ScimDesk {

QStringList withMnemonics(const QStringList &names)
{
    qsizetype shared = names.size() > 1 ? names.first().size() : 0;
    for (const QString &name : names) {
        qsizetype i = 0;
        while (i < shared && i < name.size()
               && name.at(i).toLower() == names.first().at(i).toLower())
            ++i;
        shared = i;
    }
    QSet<QChar> taken;
    QStringList texts;
    for (const QString &name : names) {
        QList<qsizetype> order;
        for (qsizetype i = 1; i < name.size(); ++i) {
            if (name.at(i).isUpper())
                order.append(i);
        }
        for (qsizetype i = shared; i < name.size(); ++i)
            order.append(i);
        for (qsizetype i = 0; i < name.size(); ++i)
            order.append(i);
        QString text = QString(name).replace(u'&', QStringLiteral("&&"));
        for (const qsizetype i : std::as_const(order)) {
            const QChar key = name.at(i).toLower();
            if (key.isLetterOrNumber() && !taken.contains(key)) {
                taken.insert(key);
                text = QString(name.left(i)).replace(u'&', QStringLiteral("&&")) + u'&'
                    + QString(name.mid(i)).replace(u'&', QStringLiteral("&&"));
                break;
            }
        }
        texts.append(text);
    }
    return texts;
}

} // namespace ScimDesk
