#include "ImportMerge.h"

#include "scim/UserAttributes.h"

#include <QJsonDocument>
#include <QSet>

namespace ScimDesk {

namespace {

using Kind = QueuedOperation::Kind;

// What an operation sets, as comparable facts: "active" -> false, "licence:Lucidspark" -> true,
// "group:<id>" -> true, an attribute path -> its value, "delete", "create".
QHash<QString, QJsonValue> effects(const QueuedOperation &operation)
{
    switch (operation.kind) {
    case Kind::Deactivate:
        return {{QStringLiteral("active"), false}};
    case Kind::Reactivate:
        return {{QStringLiteral("active"), true}};
    case Kind::DeleteUser:
        return {{QStringLiteral("delete"), true}};
    case Kind::GrantLicence:
    case Kind::RevokeLicence:
        return {{u"licence:"_qs + operation.licence, operation.kind == Kind::GrantLicence}};
    case Kind::AddToGroup:
    case Kind::RemoveFromGroup:
        return {{u"group:"_qs + operation.groupId, operation.kind == Kind::AddToGroup}};
    case Kind::Update: {
        QHash<QString, QJsonValue> facts;
        for (auto it = operation.values.begin(); it != operation.values.end(); ++it)
            facts.insert(it.key(), it.value());
        return facts;
    }
    case Kind::Create:
        return {{QStringLiteral("create"), operation.values}};
    }
    return {};
}

// Identical operations (the same file imported twice) are one.
QString signature(const QueuedOperation &operation)
{
    return QString::number(int(operation.kind)) + u'\x1f' + ImportMerge::userKey(operation)
        + u'\x1f' + operation.licence + u'\x1f' + operation.groupId + u'\x1f'
        + QString::fromUtf8(QJsonDocument(operation.values).toJson(QJsonDocument::Compact))
        + u'\x1f' + operation.groupIds.join(u',');
}

bool deprovisions(const QList<const QueuedOperation *> &operations)
{
    for (const QueuedOperation *operation : operations) {
        if (operation->kind == Kind::Deactivate || operation->kind == Kind::DeleteUser
            || (operation->kind == Kind::Update
                && operation->values.value(u"active") == QJsonValue(false)))
            return true;
    }
    return false;
}

// The licence cells of a row the file keeps, as facts.
QHash<QString, QJsonValue> stated(const KeptUser &kept, const QStringList &licenceNames)
{
    QHash<QString, QJsonValue> facts;
    for (int i = 0; i < licenceNames.size() && i < 32; ++i) {
        if (kept.licencesStated & (1u << i))
            facts.insert(u"licence:"_qs + licenceNames.at(i), bool(kept.licencesHeld & (1u << i)));
    }
    return facts;
}

bool disagree(const QList<const QueuedOperation *> &pending,
              const QList<const QueuedOperation *> &file,
              const QHash<QString, QJsonValue> &fileSays = {})
{
    if (pending.isEmpty() || (file.isEmpty() && fileSays.isEmpty()))
        return false;
    QHash<QString, QJsonValue> asked;
    for (const QueuedOperation *operation : pending)
        asked.insert(effects(*operation));
    QHash<QString, QJsonValue> wanted = fileSays;
    for (const QueuedOperation *operation : file)
        wanted.insert(effects(*operation));
    // A delete leaves nothing for another change to act on.
    if (!file.isEmpty() && asked.contains(u"delete"_qs) != wanted.contains(u"delete"_qs))
        return true;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto same = asked.constFind(it.key());
        if (same != asked.cend() && *same != it.value())
            return true;
    }
    return false;
}

struct Sides
{
    QStringList order; // users as the file names them
    QHash<QString, QList<const QueuedOperation *>> pending;
    QHash<QString, QList<const QueuedOperation *>> file; // new to the queue only
    QSet<QString> disputed;
};

Sides compare(const QList<QueuedOperation> &pending, const ImportedOperations &import)
{
    Sides sides;
    QSet<QString> queued;
    for (const QueuedOperation &operation : pending) {
        sides.pending[ImportMerge::userKey(operation)].append(&operation);
        queued.insert(signature(operation));
    }
    for (const QueuedOperation &operation : import.operations) {
        const QString key = ImportMerge::userKey(operation);
        if (queued.contains(signature(operation)))
            continue;
        if (!sides.file.contains(key))
            sides.order.append(key);
        sides.file[key].append(&operation);
    }
    for (const QString &key : std::as_const(sides.order)) {
        if (disagree(sides.pending.value(key), sides.file.value(key)))
            sides.disputed.insert(key);
    }
    // Someone the file keeps, whom the queue deactivates or deletes, or whose licences it
    // changes against the file's cells.
    for (auto it = import.kept.cbegin(); it != import.kept.cend(); ++it) {
        const QString key = u"User:"_qs + it.key();
        const auto pendingOps = sides.pending.constFind(key);
        if (pendingOps == sides.pending.cend() || sides.disputed.contains(key))
            continue;
        if (deprovisions(*pendingOps)
            || disagree(*pendingOps, sides.file.value(key),
                        stated(it.value(), import.licenceNames))) {
            sides.disputed.insert(key);
            if (!sides.file.contains(key))
                sides.order.append(key);
        }
    }
    return sides;
}

} // namespace

QString ImportMerge::userKey(const QueuedOperation &operation)
{
    return operation.kind == Kind::Create ? u"User:+"_qs + operation.userName
                                          : u"User:"_qs + operation.userId;
}

QString ImportMerge::describe(const QueuedOperation &operation, const GroupName &groupName)
{
    QString words;
    switch (operation.kind) {
    case Kind::Deactivate:
        words = tr("deactivate");
        break;
    case Kind::Reactivate:
        words = tr("reactivate");
        break;
    case Kind::DeleteUser:
        words = tr("delete");
        break;
    case Kind::GrantLicence:
        words = tr("grant %1").arg(operation.licence);
        break;
    case Kind::RevokeLicence:
        words = tr("revoke %1").arg(operation.licence);
        break;
    case Kind::AddToGroup:
        words = tr("add to group %1").arg(groupName(operation.groupId));
        break;
    case Kind::RemoveFromGroup:
        words = tr("remove from group %1").arg(groupName(operation.groupId));
        break;
    case Kind::Create:
        words = tr("create");
        break;
    case Kind::Update: {
        QStringList parts;
        QStringList attributes;
        for (auto it = operation.values.begin(); it != operation.values.end(); ++it) {
            if (it.key() == u"active") {
                parts.append(it.value().toBool() ? tr("reactivate") : tr("deactivate"));
                continue;
            }
            const UserAttribute *attribute = UserAttributes::byPath(it.key());
            attributes.append(attribute ? attribute->title() : it.key());
        }
        if (!attributes.isEmpty())
            parts.append(tr("set %1").arg(attributes.join(QStringLiteral(", "))));
        words = parts.join(QStringLiteral(", "));
        break;
    }
    }
    return operation.why.isEmpty() ? words : tr("%1 (%2)").arg(words, operation.why);
}

QList<ImportMerge::Conflict> ImportMerge::conflicts(const QList<QueuedOperation> &pending,
                                                    const ImportedOperations &import,
                                                    const GroupName &groupName)
{
    const Sides sides = compare(pending, import);
    QList<Conflict> conflicts;
    for (const QString &key : sides.order) {
        if (!sides.disputed.contains(key))
            continue;
        Conflict conflict;
        conflict.userKey = key;
        for (const QueuedOperation *operation : sides.pending.value(key)) {
            conflict.userName = operation->userName;
            conflict.pending.append(describe(*operation, groupName));
        }
        for (const QueuedOperation *operation : sides.file.value(key))
            conflict.file.append(describe(*operation, groupName));
        if (conflict.file.isEmpty()) {
            const KeptUser kept = import.kept.value(key.mid(5));
            const QHash<QString, QJsonValue> facts = stated(kept, import.licenceNames);
            QStringList says;
            for (const QString &licence : import.licenceNames) {
                const auto held = facts.constFind(u"licence:"_qs + licence);
                if (held != facts.cend())
                    says.append(held->toBool() ? tr("holds %1").arg(licence)
                                               : tr("without %1").arg(licence));
            }
            conflict.file.append(says.isEmpty() ? tr("keep them: row %1 lists them").arg(kept.row)
                                                : tr("keep them, %1: row %2 lists them")
                                                      .arg(says.join(QStringLiteral(", ")))
                                                      .arg(kept.row));
        }
        conflicts.append(conflict);
    }
    return conflicts;
}

QList<QueuedOperation> ImportMerge::merged(QList<QueuedOperation> pending,
                                           const ImportedOperations &import,
                                           const QHash<QString, Choice> &choices)
{
    const Sides sides = compare(pending, import);
    QSet<QString> fileWins;
    for (const QString &key : sides.disputed) {
        if (choices.value(key, Choice::KeepPending) == Choice::UseFile)
            fileWins.insert(key);
    }
    QList<QueuedOperation> merged;
    merged.reserve(pending.size() + import.operations.size());
    for (const QueuedOperation &operation : std::as_const(pending)) {
        if (!fileWins.contains(userKey(operation)))
            merged.append(operation);
    }
    for (const QString &key : sides.order) {
        if (sides.disputed.contains(key) && !fileWins.contains(key))
            continue;
        for (const QueuedOperation *operation : sides.file.value(key))
            merged.append(*operation);
    }
    return merged;
}

} // namespace ScimDesk
