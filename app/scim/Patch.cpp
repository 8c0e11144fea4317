#include "Patch.h"

#include "Schemas.h"

#include <QJsonDocument>

#include <optional>

namespace ScimDesk::Patch {

namespace {

bool isSchemaUrn(const QString &key)
{
    return key.startsWith(u"urn:", Qt::CaseInsensitive);
}

bool isReserved(const QString &key)
{
    return key == u"id" || key == u"meta" || key == u"schemas";
}

void flattenComplex(const QString &prefix, const QJsonObject &object,
                    QMap<QString, QJsonValue> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(prefix + it.key(), it.value());
}

// Splits "urn:…:User:attr.sub" into ("urn:…:User", "attr.sub"); the URN is everything up to
// the last colon.
std::pair<QString, QString> splitUrn(const QString &path)
{
    const qsizetype colon = path.lastIndexOf(u':');
    return {path.left(colon), path.mid(colon + 1)};
}

void setPath(QJsonObject &object, const QString &path, const QJsonValue &value, bool remove)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (remove)
            object.remove(path);
        else
            object.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject child = object.value(head).toObject();
    setPath(child, path.mid(dot + 1), value, remove);
    if (child.isEmpty() && remove)
        object.remove(head);
    else
        object.insert(head, child);
}

// `attr[type eq "T"].sub`, split; nullopt for any other path.
struct TypedPath
{
    QString attribute;
    QString type;
    QString sub;
};

std::optional<TypedPath> typedPath(const QString &path)
{
    static const QString Marker = QStringLiteral("[type eq \"");
    const qsizetype open = path.indexOf(Marker);
    const qsizetype close = path.indexOf(QStringLiteral("\"]."), open + 1);
    if (open <= 0 || close < 0 || path.contains(u':'))
        return std::nullopt;
    const qsizetype typeStart = open + Marker.size();
    return TypedPath {path.left(open), path.mid(typeStart, close - typeStart), path.mid(close + 3)};
}

// When `before` and `after` differ only in the address of their one work email: the new one.
std::optional<QJsonValue> workEmailChange(const QJsonObject &before, const QJsonObject &after)
{
    const QString work = QStringLiteral("work");
    QJsonArray old = before.value(u"emails").toArray();
    QJsonArray now = after.value(u"emails").toArray();
    const qsizetype i = onlyOfType(old, work);
    const qsizetype j = onlyOfType(now, work);
    if (i < 0 || j < 0)
        return std::nullopt;
    QJsonObject oldWork = old.at(i).toObject();
    QJsonObject newWork = now.at(j).toObject();
    const QJsonValue address = newWork.take(u"value");
    if (oldWork.take(u"value") == address)
        return std::nullopt;
    old[i] = oldWork;
    now[j] = newWork;
    if (old != now)
        return std::nullopt;
    return address;
}

} // namespace

QJsonObject Operation::toJson() const
{
    QJsonObject json;
    switch (op) {
    case Op::Add:
        json.insert(QStringLiteral("op"), QStringLiteral("add"));
        break;
    case Op::Replace:
        json.insert(QStringLiteral("op"), QStringLiteral("replace"));
        break;
    case Op::Remove:
        json.insert(QStringLiteral("op"), QStringLiteral("remove"));
        break;
    }
    json.insert(QStringLiteral("path"), path);
    if (op != Op::Remove)
        json.insert(QStringLiteral("value"), value);
    return json;
}

QMap<QString, QJsonValue> flatten(const QJsonObject &resource)
{
    QMap<QString, QJsonValue> out;
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QString &key = it.key();
        if (isReserved(key))
            continue;
        const QJsonValue &value = it.value();
        if (isSchemaUrn(key) && value.isObject()) {
            const QJsonObject extension = value.toObject();
            for (auto ext = extension.begin(); ext != extension.end(); ++ext) {
                const QString path = key + u':' + ext.key();
                if (ext.value().isObject())
                    flattenComplex(path + u'.', ext.value().toObject(), out);
                else
                    out.insert(path, ext.value());
            }
        } else if (value.isObject()) {
            flattenComplex(key + u'.', value.toObject(), out);
        } else {
            out.insert(key, value);
        }
    }
    return out;
}

QList<Operation> diff(const QJsonObject &before, const QJsonObject &after)
{
    QMap<QString, QJsonValue> old = flatten(before);
    QMap<QString, QJsonValue> now = flatten(after);
    QList<Operation> operations;
    if (const auto address = workEmailChange(before, after)) {
        operations.append({Operation::Op::Replace, QString::fromUtf16(WorkEmailPath), *address});
        old.remove(QStringLiteral("emails"));
        now.remove(QStringLiteral("emails"));
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
        const auto previous = old.constFind(it.key());
        if (previous == old.cend() || previous->isNull()) {
            if (!it.value().isNull())
                operations.append({Operation::Op::Add, it.key(), it.value()});
        } else if (it.value().isNull()) {
            operations.append({Operation::Op::Remove, it.key(), {}});
        } else if (*previous != it.value()) {
            operations.append({Operation::Op::Replace, it.key(), it.value()});
        }
    }
    for (auto it = old.begin(); it != old.end(); ++it) {
        if (!now.contains(it.key()) && !it.value().isNull())
            operations.append({Operation::Op::Remove, it.key(), {}});
    }
    std::sort(operations.begin(), operations.end(),
              [](const Operation &a, const Operation &b) { return a.path < b.path; });
    return operations;
}

qsizetype onlyOfType(const QJsonArray &values, const QString &type)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).toObject().value(u"type").toString() != type)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}

QJsonValue valueAt(const QJsonObject &resource, const QString &path)
{
    if (const auto typed = typedPath(path)) {
        for (const QJsonValue &element : resource.value(typed->attribute).toArray()) {
            const QJsonObject object = element.toObject();
            if (object.value(u"type").toString() == typed->type)
                return object.value(typed->sub);
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    return flatten(resource).value(path, QJsonValue(QJsonValue::Undefined));
}

QJsonObject message(const QList<Operation> &operations)
{
    QJsonArray ops;
    for (const Operation &operation : operations)
        ops.append(operation.toJson());
    return QJsonObject {
        {QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(Schemas::PatchOp)}},
        {QStringLiteral("Operations"), ops},
    };
}

QJsonObject apply(QJsonObject resource, const QList<Operation> &operations)
{
    for (const Operation &operation : operations) {
        const bool remove = operation.op == Operation::Op::Remove;
        if (const auto typed = typedPath(operation.path)) {
            // As a service does: every element of that type (none: nothing to change).
            QJsonArray values = resource.value(typed->attribute).toArray();
            for (QJsonValueRef element : values) {
                QJsonObject object = element.toObject();
                if (object.value(u"type").toString() != typed->type)
                    continue;
                if (remove)
                    object.remove(typed->sub);
                else
                    object.insert(typed->sub, operation.value);
                element = object;
            }
            resource.insert(typed->attribute, values);
        } else if (isSchemaUrn(operation.path)) {
            const auto [urn, attribute] = splitUrn(operation.path);
            QJsonObject extension = resource.value(urn).toObject();
            setPath(extension, attribute, operation.value, remove);
            resource.insert(urn, extension);
            QJsonArray schemas = resource.value(u"schemas").toArray();
            if (!remove && !schemas.contains(urn)) {
                schemas.append(urn);
                resource.insert(QStringLiteral("schemas"), schemas);
            }
        } else {
            setPath(resource, operation.path, operation.value, remove);
        }
    }
    return resource;
}

} // namespace ScimDesk::Patch
