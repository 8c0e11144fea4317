#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace ScimDesk::Patch {

// The value path of the work email (RFC 7644 §3.5.2): changing the address by this path leaves
// the user's other addresses alone, where replacing `emails` would drop them.
inline constexpr char16_t WorkEmailPath[] = u"emails[type eq \"work\"].value";

struct Operation
{
    enum class Op { Add, Replace, Remove };
    Op op = Op::Replace;
    QString path; // "active", "name.givenName", "urn:…:enterprise:2.0:User:department"
    QJsonValue value; // undefined for Remove

    QJsonObject toJson() const;
    bool operator==(const Operation &other) const = default;
};

// A resource flattened to attribute paths (RFC 7644 §3.5.2 / §3.10): singular complex
// attributes one level down ("name.givenName"), extension attributes behind their schema URN
// ("urn:…:lucid:2.0:User:productLicenses.Lucidchart"), multi-valued attributes as whole arrays.
// id, meta and schemas are left out: they are not the client's to change.
QMap<QString, QJsonValue> flatten(const QJsonObject &resource);

// The operations that turn `before` into `after`: add where `before` lacks the attribute,
// replace where it differs, remove where `after` lacks it. Ordered by path. When only the
// address of the one work email differs, it is replaced by WorkEmailPath.
QList<Operation> diff(const QJsonObject &before, const QJsonObject &after);

// The index of the only element of `values` (a multi-valued attribute) with type `type`; -1
// when there is none, or several.
qsizetype onlyOfType(const QJsonArray &values, const QString &type);

// The value at `path` in `resource`: a flattened path as above, or a value path
// `attr[type eq "T"].sub` (the first element of type T); undefined when there is none.
QJsonValue valueAt(const QJsonObject &resource, const QString &path);

// The PatchOp message body for `operations`.
QJsonObject message(const QList<Operation> &operations);

// Applies `operations` to `resource` as a service following the RFC would; used to predict
// the after-state and for PUT fallbacks.
QJsonObject apply(QJsonObject resource, const QList<Operation> &operations);

} // namespace ScimDesk::Patch
