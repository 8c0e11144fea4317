#include "Change.h"

#include "scim/JsonText.h"
#include "scim/Patch.h"
#include "scim/ScimClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk {

namespace {

struct KindName
{
    Change::Kind kind;
    const char *key;
    const char *label;
    const char *phrase; // in a sentence: "3 deactivate, 1 create user"
};

const KindName KindNames[] = {
    {Change::Kind::CreateUser, "createUser", QT_TRANSLATE_NOOP("Change", "Create user"),
     QT_TRANSLATE_NOOP("Change", "create user")},
    {Change::Kind::UpdateUser, "updateUser", QT_TRANSLATE_NOOP("Change", "Update user"),
     QT_TRANSLATE_NOOP("Change", "update user")},
    {Change::Kind::Deactivate, "deactivate", QT_TRANSLATE_NOOP("Change", "Deactivate"),
     QT_TRANSLATE_NOOP("Change", "deactivate")},
    {Change::Kind::Reactivate, "reactivate", QT_TRANSLATE_NOOP("Change", "Reactivate"),
     QT_TRANSLATE_NOOP("Change", "reactivate")},
    {Change::Kind::DeleteUser, "deleteUser", QT_TRANSLATE_NOOP("Change", "Delete user"),
     QT_TRANSLATE_NOOP("Change", "delete user")},
    {Change::Kind::GrantLicence, "grantLicence", QT_TRANSLATE_NOOP("Change", "Grant licence"),
     QT_TRANSLATE_NOOP("Change", "grant licence")},
    {Change::Kind::RevokeLicence, "revokeLicence", QT_TRANSLATE_NOOP("Change", "Revoke licence"),
     QT_TRANSLATE_NOOP("Change", "revoke licence")},
    {Change::Kind::AddToGroup, "addToGroup", QT_TRANSLATE_NOOP("Change", "Add to group"),
     QT_TRANSLATE_NOOP("Change", "add to group")},
    {Change::Kind::RemoveFromGroup, "removeFromGroup",
     QT_TRANSLATE_NOOP("Change", "Remove from group"),
     QT_TRANSLATE_NOOP("Change", "remove from group")},
    {Change::Kind::CreateGroup, "createGroup", QT_TRANSLATE_NOOP("Change", "Create group"),
     QT_TRANSLATE_NOOP("Change", "create group")},
    {Change::Kind::DeleteGroup, "deleteGroup", QT_TRANSLATE_NOOP("Change", "Delete group"),
     QT_TRANSLATE_NOOP("Change", "delete group")},
    {Change::Kind::TransferDocuments, "transferDocuments",
     QT_TRANSLATE_NOOP("Change", "Hand over documents"),
     QT_TRANSLATE_NOOP("Change", "hand over documents")},
};

QJsonValue encodeValue(const QJsonValue &value)
{
    // Undefined cannot be stored in JSON; a missing key means "absent".
    return value;
}

} // namespace

QJsonObject PlannedRequest::body() const
{
    return bodyJson.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(bodyJson).object();
}

void PlannedRequest::setBody(const QJsonObject &body)
{
    bodyJson.clear();
    if (body.isEmpty())
        return;
    // Written into a buffer kept for the next call and copied out at its size: a plan of many
    // creates holds no room to spare in each.
    thread_local QByteArray buffer;
    buffer.clear();
    JsonText::appendCompact(buffer, body);
    bodyJson = QByteArray(buffer.constData(), buffer.size());
}

QJsonObject PlannedRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("method"), QString::fromLatin1(method)},
                      {QStringLiteral("path"), QString::fromUtf8(path)}};
    if (hasBody())
        json.insert(QStringLiteral("body"), body());
    if (!ifMatch.isEmpty())
        json.insert(QStringLiteral("ifMatch"), QString::fromUtf8(ifMatch));
    return json;
}

PlannedRequest PlannedRequest::fromJson(const QJsonObject &json)
{
    PlannedRequest request;
    request.method = json.value(u"method").toString().toLatin1();
    request.path = json.value(u"path").toString().toUtf8();
    request.setBody(json.value(u"body").toObject());
    request.ifMatch = json.value(u"ifMatch").toString().toUtf8();
    return request;
}

PlannedRequest PlannedRequest::of(const ScimRequest &request)
{
    PlannedRequest out;
    out.method = request.method;
    out.path = request.path;
    if (request.body != "{}") // an empty object is no body
        out.bodyJson = request.body;
    out.ifMatch = request.ifMatch;
    return out;
}

QString PlannedRequest::summary() const
{
    return QString::fromLatin1(method) + u' ' + QString::fromUtf8(path);
}

QString Change::kindKey(Kind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return {};
}

QString Change::label() const
{
    if (licence.isEmpty())
        return kindLabel(kind);
    if (kind == Kind::AddToGroup)
        return QCoreApplication::translate("Change", "Grant %1 — add to group").arg(licence);
    if (kind == Kind::RemoveFromGroup)
        return QCoreApplication::translate("Change", "Revoke %1 — remove from group").arg(licence);
    return kindLabel(kind);
}

QString Change::kindLabel(Kind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QCoreApplication::translate("Change", name.label);
    }
    return {};
}

QString Change::kindPhrase(Kind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QCoreApplication::translate("Change", name.phrase);
    }
    return {};
}

bool Change::kindFromKey(const QString &key, Kind *kind)
{
    for (const KindName &name : KindNames) {
        if (key == QLatin1String(name.key)) {
            *kind = name.kind;
            return true;
        }
    }
    return false;
}

QList<AttributeChange> Change::attributes() const
{
    return m_attributesFromBody ? createdAttributes(request.body()) : m_attributes;
}

void Change::setAttributes(QList<AttributeChange> attributes)
{
    m_attributes = std::move(attributes);
    m_attributesFromBody = false;
}

void Change::addAttribute(AttributeChange attribute)
{
    if (m_attributesFromBody)
        setAttributes(attributes());
    m_attributes.append(std::move(attribute));
}

void Change::setAttributesFromBody()
{
    m_attributes = {};
    m_attributesFromBody = true;
}

bool Change::setsLicenceAttribute() const
{
    const QList<AttributeChange> all = attributes();
    return std::any_of(all.cbegin(), all.cend(), [](const AttributeChange &a) {
        return a.path.contains(u":productLicenses.");
    });
}

QString Change::transferFrom() const
{
    const QList<AttributeChange> all = attributes();
    return kind == Kind::TransferDocuments && all.size() == 1 ? all.first().before.toString()
                                                              : QString();
}

QString Change::transferTo() const
{
    const QList<AttributeChange> all = attributes();
    return kind == Kind::TransferDocuments && all.size() == 1 ? all.first().after.toString()
                                                              : QString();
}

PlannedRequest Change::transferRequest(const QString &fromEmail, const QString &toEmail)
{
    PlannedRequest request;
    request.method = "POST";
    request.path = TransferPath;
    request.setBody({{QStringLiteral("fromUser"), fromEmail}, {QStringLiteral("toUser"), toEmail}});
    return request;
}

QString Change::transferProblem() const
{
    if (kind != Kind::TransferDocuments)
        return QCoreApplication::translate("Change", "change %1 is not a hand-over of documents")
            .arg(id);
    const QList<AttributeChange> all = attributes();
    if (all.size() != 1 || all.first().path != QStringView(TransferAttribute)
        || transferFrom().isEmpty() || transferTo().isEmpty() || targetId.isEmpty())
        return QCoreApplication::translate("Change",
                                           "change %1 does not say whose documents go to whom")
            .arg(id);
    if (request != transferRequest(transferFrom(), transferTo()))
        return QCoreApplication::translate(
                   "Change",
                   "change %1 hands %2's documents to %3 in review, but its request "
                   "is %4 %5")
            .arg(id, transferFrom(), transferTo(), request.summary(),
                 QString::fromUtf8(request.bodyJson));
    return {};
}

QJsonObject Change::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kindKey(kind)},
        {QStringLiteral("intents"), QJsonArray::fromStringList(intents)},
        {QStringLiteral("resourceType"), resourceType},
        {QStringLiteral("targetName"), targetName},
        {QStringLiteral("request"), request.toJson()},
        {QStringLiteral("included"), included},
    };
    if (!isCreate() || !attributesAreBodys()) {
        QJsonArray attributeArray;
        for (const AttributeChange &attribute : attributes()) {
            QJsonObject entry {{QStringLiteral("path"), attribute.path}};
            if (!attribute.before.isUndefined())
                entry.insert(QStringLiteral("before"), encodeValue(attribute.before));
            if (!attribute.after.isUndefined())
                entry.insert(QStringLiteral("after"), encodeValue(attribute.after));
            attributeArray.append(entry);
        }
        json.insert(QStringLiteral("attributes"), attributeArray);
    }
    if (!targetId.isEmpty())
        json.insert(QStringLiteral("targetId"), targetId);
    if (!dependsOn.isEmpty())
        json.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(dependsOn));
    if (!warning.isEmpty())
        json.insert(QStringLiteral("warning"), warning);
    if (!licence.isEmpty())
        json.insert(QStringLiteral("licence"), licence);
    if (!licencesLost.isEmpty())
        json.insert(QStringLiteral("licencesLost"), QJsonArray::fromStringList(licencesLost));
    if (!licencesHeld.isEmpty())
        json.insert(QStringLiteral("licencesHeld"), QJsonArray::fromStringList(licencesHeld));
    if (!snapshot.isEmpty())
        json.insert(QStringLiteral("snapshot"), snapshot);
    return json;
}

namespace {

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendStrings(QByteArray &out, const QStringList &strings)
{
    out += '[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            out += ',';
        JsonText::appendString(out, strings.at(i));
    }
    out += ']';
}

// Walks what Patch::flatten() gives for `body` (each attribute path and its value, in the
// body's order, a path twice if the body names it twice), calling `visit` with each until it
// returns false; the path is a buffer, only valid during the call.
template<typename Visit> bool visitFlattened(const QJsonObject &body, Visit visit)
{
    QString path;
    const auto members = [&](const QJsonObject &object, qsizetype prefix) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.truncate(prefix);
            path += it.key();
            if (!visit(std::as_const(path), it.value()))
                return false;
        }
        return true;
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == u"id" || key == u"meta" || key == u"schemas")
            continue;
        const QJsonValue value = it.value();
        if (key.startsWith(u"urn:", Qt::CaseInsensitive)
            && value.isObject()) { // an extension's attributes
            const QJsonObject extension = value.toObject();
            for (auto ext = extension.begin(); ext != extension.end(); ++ext) {
                path = key + u':' + ext.key();
                if (ext.value().isObject()) {
                    path += u'.';
                    if (!members(ext.value().toObject(), path.size()))
                        return false;
                } else if (!visit(std::as_const(path), ext.value())) {
                    return false;
                }
            }
        } else if (value.isObject()) {
            path = key + u'.';
            if (!members(value.toObject(), path.size()))
                return false;
        } else {
            path = key;
            if (!visit(std::as_const(path), value))
                return false;
        }
    }
    return true;
}

} // namespace

QList<AttributeChange> Change::createdAttributes(const QJsonObject &body)
{
    // What Patch::flatten() gives, in its order (sorted by path, the last of a path twice
    // kept), without a map. Gathered in a list kept for the next call, so that the list given
    // is just as long as it needs to be.
    thread_local QList<AttributeChange> found;
    found.clear();
    visitFlattened(body, [&](const QString &path, const QJsonValue &value) {
        found.append(
            {QString(path.constData(), path.size()), QJsonValue(QJsonValue::Undefined), value});
        return true;
    });
    const auto byPath = [](const AttributeChange &a, const AttributeChange &b) {
        return a.path < b.path;
    };
    if (!std::is_sorted(found.cbegin(), found.cend(), byPath))
        std::stable_sort(found.begin(), found.end(), byPath);
    QList<AttributeChange> attributes;
    attributes.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        // Of a path set twice, the last.
        if (i + 1 == found.size() || found.at(i).path != found.at(i + 1).path)
            attributes.append(std::move(found[i]));
    }
    found.clear();
    return attributes;
}

bool Change::attributesAreBodys() const
{
    if (m_attributesFromBody)
        return true;
    // createdAttributes() gives each path once, sorted (a QMap's order): with paths strictly
    // in that order here, every path the body sets found once means the lists are the same.
    const QList<AttributeChange> &attributes = m_attributes;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (!attributes.at(i).before.isUndefined()
            || (i > 0 && !(attributes.at(i - 1).path < attributes.at(i).path)))
            return false;
    }
    QList<bool> found(attributes.size(), false);
    qsizetype count = 0;
    const bool same
        = visitFlattened(request.body(), [&](const QString &path, const QJsonValue &value) {
              const auto at = std::lower_bound(
                  attributes.cbegin(), attributes.cend(), path,
                  [](const AttributeChange &a, const QString &p) { return a.path < p; });
              if (at == attributes.cend() || at->path != path || at->after != value)
                  return false;
              bool &seen = found[at - attributes.cbegin()];
              if (seen)
                  return false;
              seen = true;
              ++count;
              return true;
          });
    return same && count == attributes.size();
}

void Change::appendJson(QByteArray &out) const
{
    // The members in the order a QJsonObject keeps them (sorted), as toJson() has them.
    const bool writesAttributes = !isCreate() || !attributesAreBodys();
    out += '{';
    if (writesAttributes) {
        const QList<AttributeChange> attributes = this->attributes();
        appendKey(out, "attributes");
        out += '[';
        for (qsizetype i = 0; i < attributes.size(); ++i) {
            const AttributeChange &attribute = attributes.at(i);
            out += i > 0 ? ",{" : "{";
            if (!attribute.after.isUndefined()) {
                appendKey(out, "after");
                JsonText::appendCompact(out, attribute.after);
                out += ',';
            }
            if (!attribute.before.isUndefined()) {
                appendKey(out, "before");
                JsonText::appendCompact(out, attribute.before);
                out += ',';
            }
            appendKey(out, "path");
            JsonText::appendString(out, attribute.path);
            out += '}';
        }
        out += "],";
    }
    if (!dependsOn.isEmpty()) {
        appendKey(out, "dependsOn");
        appendStrings(out, dependsOn);
        out += ',';
    }
    appendKey(out, "id");
    JsonText::appendString(out, id);
    out += ',';
    appendKey(out, "included");
    out += included ? "true," : "false,";
    appendKey(out, "intents");
    appendStrings(out, intents);
    out += ',';
    appendKey(out, "kind");
    JsonText::appendString(out, kindKey(kind));
    if (!licence.isEmpty()) {
        out += ',';
        appendKey(out, "licence");
        JsonText::appendString(out, licence);
    }
    if (!licencesHeld.isEmpty()) {
        out += ',';
        appendKey(out, "licencesHeld");
        appendStrings(out, licencesHeld);
    }
    if (!licencesLost.isEmpty()) {
        out += ',';
        appendKey(out, "licencesLost");
        appendStrings(out, licencesLost);
    }
    out += ',';
    appendKey(out, "request");
    out += '{';
    if (request.hasBody()) {
        appendKey(out, "body");
        out += request.bodyJson;
        out += ',';
    }
    if (!request.ifMatch.isEmpty()) {
        appendKey(out, "ifMatch");
        JsonText::appendString(out, QString::fromUtf8(request.ifMatch));
        out += ',';
    }
    appendKey(out, "method");
    JsonText::appendString(out, QString::fromLatin1(request.method));
    out += ',';
    appendKey(out, "path");
    JsonText::appendString(out, QString::fromUtf8(request.path));
    out += "},";
    appendKey(out, "resourceType");
    JsonText::appendString(out, resourceType);
    if (!snapshot.isEmpty()) {
        out += ',';
        appendKey(out, "snapshot");
        JsonText::appendCompact(out, snapshot);
    }
    if (!targetId.isEmpty()) {
        out += ',';
        appendKey(out, "targetId");
        JsonText::appendString(out, targetId);
    }
    out += ',';
    appendKey(out, "targetName");
    JsonText::appendString(out, targetName);
    if (!warning.isEmpty()) {
        out += ',';
        appendKey(out, "warning");
        JsonText::appendString(out, warning);
    }
    out += '}';
}

Change Change::fromJson(const QJsonObject &json, QString *error)
{
    Change change;
    change.id = json.value(u"id").toString();
    if (change.id.isEmpty()) {
        *error = QCoreApplication::translate("Change", "a change without an id");
        return {};
    }
    if (!kindFromKey(json.value(u"kind").toString(), &change.kind)) {
        *error = QCoreApplication::translate("Change", "change %1 has an unknown kind \"%2\"")
                     .arg(change.id, json.value(u"kind").toString());
        return {};
    }
    for (const QJsonValue &intent : json.value(u"intents").toArray())
        change.intents.append(intent.toString());
    change.resourceType = json.value(u"resourceType").toString();
    change.targetId = json.value(u"targetId").toString();
    change.targetName = json.value(u"targetName").toString();
    for (const QJsonValue &value : json.value(u"attributes").toArray()) {
        const QJsonObject entry = value.toObject();
        change.m_attributes.append(
            {entry.value(u"path").toString(), entry.value(u"before"), entry.value(u"after")});
    }
    change.request = PlannedRequest::fromJson(json.value(u"request").toObject());
    if (change.isCreate() && !json.contains(u"attributes"))
        change.setAttributesFromBody();
    static const QList<QByteArray> methods = {"POST", "PUT", "PATCH", "DELETE"};
    if (!methods.contains(change.request.method) || !change.request.path.startsWith('/')) {
        *error = QCoreApplication::translate("Change", "change %1 has no valid request")
                     .arg(change.id);
        return {};
    }
    for (const QJsonValue &dependency : json.value(u"dependsOn").toArray())
        change.dependsOn.append(dependency.toString());
    change.warning = json.value(u"warning").toString();
    change.licence = json.value(u"licence").toString();
    for (const QJsonValue &lost : json.value(u"licencesLost").toArray())
        change.licencesLost.append(lost.toString());
    for (const QJsonValue &held : json.value(u"licencesHeld").toArray())
        change.licencesHeld.append(held.toString());
    change.snapshot = json.value(u"snapshot").toObject();
    change.included = json.value(u"included").toBool(true);
    return change;
}

QString Change::valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("Change", "(absent)");
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace ScimDesk
