#include "Patch.h"

#include <QJsonDocument>

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
    const QMap<QString, QJsonValue> old = flatten(before);
    const QMap<QString, QJsonValue> now = flatten(after);
    QList<Operation> operations;
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

QJsonObject message(const QList<Operation> &operations)
{
    QJsonArray ops;
    for (const Operation &operation : operations)
        ops.append(operation.toJson());
    return QJsonObject {
        {QStringLiteral("schemas"), QJsonArray {QString::fromUtf16(PatchOpSchema)}},
        {QStringLiteral("Operations"), ops},
    };
}

QJsonObject apply(QJsonObject resource, const QList<Operation> &operations)
{
    for (const Operation &operation : operations) {
        const bool remove = operation.op == Operation::Op::Remove;
        if (isSchemaUrn(operation.path)) {
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
