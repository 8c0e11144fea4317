#include "LicenceHistory.h"

#include "common/PrivateFiles.h"
#include "directory/UserStore.h"

#include <QFileInfo>
#include <QSaveFile>

namespace ScimDesk {

// One user a line: the id, a tab, the licences separated by commas (names hold neither).

LicenceHistory::LicenceHistory(const QString &connectionId, const QString &directory)
    : m_audit(connectionId, directory)
{
    const QFileInfo log(m_audit.path());
    m_seenPath = log.path() + u'/' + connectionId + QStringLiteral(".licences-seen.tsv");
}

QHash<QString, QStringList> LicenceHistory::read(QString *error) const
{
    QHash<QString, QStringList> licences = readSeen();
    QString auditError;
    const QHash<QString, QStringList> recorded
        = AuditLog::licencesAtDeactivation(m_audit.records(&auditError));
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        licences.insert(it.key(), it.value()); // what an apply recorded wins over what was seen
    if (error)
        *error = auditError;
    return licences;
}

QHash<QString, QStringList> LicenceHistory::readSeen() const
{
    QHash<QString, QStringList> seen;
    QFile file(m_seenPath);
    if (!file.open(QIODevice::ReadOnly))
        return seen; // none yet
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const QStringList held
            = QString::fromUtf8(line.mid(tab + 1)).split(u',', Qt::SkipEmptyParts);
        if (!held.isEmpty())
            seen.insert(QString::fromUtf8(line.first(tab)), held);
    }
    return seen;
}

QString LicenceHistory::remember(const UserStore &store) const
{
    const LicenceCatalog &catalog = store.licences();
    if (catalog.names.isEmpty())
        return {};
    QHash<QString, QStringList> seen = readSeen();
    for (qsizetype row = 0; row < store.size(); ++row) {
        const UserRecord &user = store.at(row);
        if (!user.isActive())
            continue; // what they held before their deactivation is what counts
        QStringList held;
        for (int i = 0; i < catalog.names.size(); ++i) {
            if (user.hasLicence(i))
                held.append(catalog.names.at(i));
        }
        if (held.isEmpty())
            seen.remove(user.id());
        else
            seen.insert(user.id(), held);
    }
    QByteArray text;
    text.reserve(seen.size() * 48);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.key().contains(u'\t') || it.key().contains(u'\n'))
            continue;
        text += it.key().toUtf8() + '\t' + it.value().join(u',').toUtf8() + '\n';
    }
    if (!makePrivateDir(QFileInfo(m_seenPath).path()))
        return tr("Cannot create the folder of %1.").arg(m_seenPath);
    QSaveFile file(m_seenPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("Cannot keep the licences seen in %1: %2").arg(m_seenPath, file.errorString());
    makePrivateFile(m_seenPath);
    return {};
}

} // namespace ScimDesk
