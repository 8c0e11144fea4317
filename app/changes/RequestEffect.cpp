#include "RequestEffect.h"

#include "scim/Patch.h"
#include "scim/ServiceCapabilities.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ScimDesk {

namespace {

constexpr QStringView CoreUserPrefix = u"urn:ietf:params:scim:schemas:core:2.0:user:";
constexpr QStringView CoreGroupPrefix = u"urn:ietf:params:scim:schemas:core:2.0:group:";

QStringList memberValues(const QJsonValue &value)
{
    QStringList values;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray {value};
    for (const QJsonValue &member : array) {
        const QString id
            = member.isObject() ? member.toObject().value(u"value").toString() : member.toString();
        values.append(id);
    }
    return values;
}

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

bool isMembersPath(const QString &comparable)
{
    return comparable == u"members" || comparable.startsWith(u"members[")
        || comparable.startsWith(u"members.");
}

class Reader
{
public:
    Reader(RequestEffect &effect, bool patch)
        : m_effect(effect)
        , m_patch(patch)
    { }

    // One attribute the request sets (or, with `remove`, removes).
    void set(const QString &path, const QJsonValue &value, bool remove)
    {
        const QString comparable = RequestEffect::comparablePath(path);
        if (m_effect.target.endpoint == ResourcePath::Endpoint::Groups
            && isMembersPath(comparable)) {
            members(path, comparable, value, remove);
            return;
        }
        if (comparable.endsWith(u":productlicenses") && value.isObject() && !remove) {
            const QJsonObject licences = value.toObject();
            for (auto it = licences.begin(); it != licences.end(); ++it)
                set(path + u'.' + it.key(), it.value(), false);
            return;
        }
        if (comparable == u"active")
            active(value, remove);
        if (comparable.contains(u":productlicenses."))
            m_effect.licences.insert(path.mid(path.lastIndexOf(u'.') + 1),
                                     !remove && value.toBool());
        m_effect.attributes.insert(comparable, remove ? QJsonValue(QJsonValue::Undefined) : value);
    }

    void resource(const QJsonObject &body)
    {
        const QMap<QString, QJsonValue> flat = Patch::flatten(body);
        for (auto it = flat.cbegin(); it != flat.cend(); ++it)
            set(it.key(), it.value(), false);
    }

    void operations(const QJsonObject &body)
    {
        const QJsonValue operations = body.value(u"Operations");
        if (!operations.isArray() || operations.toArray().isEmpty()) {
            m_effect.problem = RequestEffect::tr("a PATCH without Operations");
            return;
        }
        for (const QJsonValue &value : operations.toArray()) {
            const QJsonObject operation = value.toObject();
            const QString op = operation.value(u"op").toString().toLower();
            const QString path = operation.value(u"path").toString();
            if (op != u"add" && op != u"replace" && op != u"remove") {
                m_effect.problem = RequestEffect::tr("a PATCH operation \"%1\"").arg(op);
                return;
            }
            m_replace = op == u"replace";
            if (!path.isEmpty()) {
                set(path, operation.value(u"value"), op == u"remove");
            } else if (op != u"remove" && operation.value(u"value").isObject()) {
                resource(operation.value(u"value").toObject());
            } else {
                m_effect.problem = RequestEffect::tr("a PATCH operation without a path");
                return;
            }
        }
    }

private:
    void active(const QJsonValue &value, bool remove)
    {
        bool state = false;
        if (remove)
            state = false; // the service's default is unknown: judged as a deactivation
        else if (value.isBool())
            state = value.toBool();
        else if (value.toString().compare(u"true", Qt::CaseInsensitive) == 0)
            state = true;
        else if (value.toString().compare(u"false", Qt::CaseInsensitive) == 0)
            state = false;
        else {
            m_effect.problem = RequestEffect::tr("an active value that is not true or false");
            return;
        }
        m_effect.active = state;
        m_effect.deactivates = !state && (m_patch || m_effect.replaces);
        m_effect.reactivates = state && m_patch;
    }

    void members(const QString &path, const QString &comparable, const QJsonValue &value,
                 bool remove)
    {
        if (!remove) {
            m_effect.membersAdded += memberValues(value);
            m_effect.replacesMembers = m_effect.replacesMembers || m_replace;
            return;
        }
        static const QRegularExpression filter(
            QStringLiteral(R"re(^members\[\s*value\s+eq\s+"((?:[^"\\]|\\.)*)"\s*\]$)re"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto match = filter.match(path); match.hasMatch()) {
            m_effect.membersRemoved.append(
                match.captured(1)
                    .replace(QStringLiteral("\\\""), QStringLiteral("\""))
                    .replace(QStringLiteral("\\\\"), QStringLiteral("\\")));
        } else if (comparable == u"members" && !value.isUndefined() && !value.isNull()) {
            m_effect.membersRemoved += memberValues(value);
        } else {
            m_effect.replacesMembers = true; // removes members it does not name one by one
        }
    }

    RequestEffect &m_effect;
    bool m_patch;
    bool m_replace = false;
};

// Whether a request with `effect` does what a change of `change`'s kind claims.
bool kindAgrees(const Change &change, const RequestEffect &effect, bool reviewShowsActive)
{
    const bool user = effect.isUser();
    const bool edits = !effect.creates && !effect.deletes;
    const auto allLicences = [&](bool granted) {
        if (effect.replaces)
            return true; // the whole resource: the attributes below say what changes
        if (effect.licences.isEmpty())
            return false;
        for (const bool value : effect.licences)
            if (value != granted)
                return false;
        return true;
    };
    const bool silentDeactivation = effect.deactivates && !(effect.replaces && !reviewShowsActive);
    bool agrees = false;
    switch (change.kind) {
    case Change::Kind::CreateUser:
        agrees = user && effect.creates;
        break;
    case Change::Kind::CreateGroup:
        agrees = !user && effect.creates;
        break;
    case Change::Kind::DeleteUser:
        agrees = user && effect.deletes;
        break;
    case Change::Kind::DeleteGroup:
        agrees = !user && effect.deletes;
        break;
    case Change::Kind::Deactivate:
        agrees = user && edits && effect.deactivates;
        break;
    case Change::Kind::Reactivate:
        agrees = user && edits && effect.active == true;
        break;
    case Change::Kind::UpdateUser:
        agrees = user && edits && !silentDeactivation && (effect.replaces || !effect.active);
        break;
    case Change::Kind::GrantLicence:
    case Change::Kind::RevokeLicence:
        agrees = user && edits && !silentDeactivation && !effect.reactivates
            && allLicences(change.kind == Change::Kind::GrantLicence);
        break;
    case Change::Kind::AddToGroup:
        agrees = !user && edits && !effect.membersAdded.isEmpty() && effect.membersRemoved.isEmpty()
            && !effect.replacesMembers;
        break;
    case Change::Kind::RemoveFromGroup:
        agrees = !user && edits && !effect.membersRemoved.isEmpty() && effect.membersAdded.isEmpty()
            && !effect.replacesMembers;
        break;
    case Change::Kind::TransferDocuments: // not SCIM: Change::transferProblem() judges it
        agrees = false;
        break;
    }
    return agrees;
}

// Why the values `effect` sets differ from those the review shows (`reviewed`, keyed as the
// request's attributes are); empty when they agree.
QString valuesDisagreement(const Change &change, const RequestEffect &effect,
                           QMap<QString, AttributeChange> reviewed)
{
    const bool user = effect.isUser();
    if (effect.deletes)
        return {}; // nothing is set; the review shows what goes
    if (effect.replaces) {
        // The whole resource is sent: each value the review shows must be the one it sets.
        const QJsonObject body = change.request.body();
        for (const AttributeChange &attribute : change.attributes()) {
            if (Patch::valueAt(body, attribute.path) != attribute.after)
                return RequestEffect::tr(
                           "change %1 shows %2 becoming %3 in review, but its request sets %4")
                    .arg(change.id, attribute.path, Change::valueText(attribute.after),
                         Change::valueText(Patch::valueAt(body, attribute.path)));
        }
        return {};
    }
    // A PATCH or a create sets exactly what the review shows.
    QStringList added, removed;
    if (const auto it = reviewed.constFind(QStringLiteral("members")); it != reviewed.cend()) {
        if (!it->after.isUndefined())
            added = memberValues(it->after);
        else
            removed = memberValues(it->before);
        reviewed.remove(QStringLiteral("members"));
    }
    if (user && (!added.isEmpty() || !removed.isEmpty()))
        return RequestEffect::tr("change %1 shows group members for a user").arg(change.id);
    if (!user
        && (asSet(added) != asSet(effect.membersAdded)
            || asSet(removed) != asSet(effect.membersRemoved)))
        return RequestEffect::tr(
                   "change %1 shows other members in review than its request adds or removes")
            .arg(change.id);
    for (auto it = effect.attributes.cbegin(); it != effect.attributes.cend(); ++it) {
        const auto shown = reviewed.constFind(it.key());
        if (shown == reviewed.cend())
            return RequestEffect::tr("change %1 sets %2, which the review does not show")
                .arg(change.id, it.key());
        if (shown->after != it.value())
            return RequestEffect::tr(
                       "change %1 shows %2 becoming %3 in review, but its request sets %4")
                .arg(change.id, shown->path, Change::valueText(shown->after),
                     Change::valueText(it.value()));
    }
    for (auto it = reviewed.cbegin(); it != reviewed.cend(); ++it) {
        if (!effect.attributes.contains(it.key()))
            return RequestEffect::tr(
                       "change %1 shows %2 in review, but its request does not set it")
                .arg(change.id, it->path);
    }
    return {};
}

} // namespace

QString RequestEffect::comparablePath(const QString &path)
{
    QString comparable = path.trimmed().toLower();
    if (comparable.startsWith(CoreUserPrefix))
        comparable.remove(0, CoreUserPrefix.size());
    else if (comparable.startsWith(CoreGroupPrefix))
        comparable.remove(0, CoreGroupPrefix.size());
    return comparable;
}

RequestEffect RequestEffect::of(const PlannedRequest &request,
                                const ServiceCapabilities &capabilities)
{
    RequestEffect effect;
    effect.target = ResourcePath::resolve(request.path, capabilities);
    if (!effect.target.isValid())
        return effect;
    const bool collection = effect.target.id.isEmpty();
    const QByteArray &method = request.method;
    if (method == "POST") {
        effect.creates = true;
        if (!collection)
            effect.problem = tr("a POST to one resource, not to a collection");
        else
            Reader(effect, false).resource(request.body());
    } else if (collection) {
        effect.problem = tr("a %1 to a whole collection").arg(QString::fromLatin1(method));
    } else if (method == "DELETE") {
        effect.deletes = true;
        if (request.hasBody())
            effect.problem = tr("a DELETE with a body");
    } else if (method == "PUT") {
        effect.replaces = true;
        const QJsonObject body = request.body();
        Reader(effect, false).resource(body);
        if (body.contains(u"id") && body.value(u"id").toString() != effect.target.id)
            effect.problem = tr("a PUT whose body is another resource (id %1)")
                                 .arg(body.value(u"id").toString());
    } else if (method == "PATCH") {
        Reader(effect, true).operations(request.body());
    } else {
        effect.problem = tr("an unknown method %1").arg(QString::fromLatin1(method));
    }
    return effect;
}

QString RequestEffect::describe(const QString &targetName) const
{
    if (!target.isValid())
        return tr("goes outside the service: %1").arg(target.problem);
    const QString who = targetName.isEmpty() ? target.id : targetName;
    const QString what = isUser() ? tr("user %1").arg(who) : tr("group %1").arg(who);
    if (!problem.isEmpty())
        return tr("cannot be read (%1)").arg(problem);
    QStringList parts;
    if (creates)
        parts.append(tr("creates %1").arg(what));
    else if (deletes)
        parts.append(tr("deletes %1").arg(what));
    else if (deactivates)
        parts.append(tr("deactivates %1").arg(what));
    else if (reactivates)
        parts.append(tr("reactivates %1").arg(what));
    else if (replaces)
        parts.append(tr("replaces %1").arg(what));
    QStringList granted, revoked, others;
    for (auto it = licences.cbegin(); it != licences.cend(); ++it)
        (it.value() ? granted : revoked).append(it.key());
    // A new user holds nothing yet: its licences are what it starts with, not a revocation.
    if (!granted.isEmpty())
        parts.append((creates ? tr("with %1") : tr("grants %1")).arg(granted.join(u", ")));
    if (!revoked.isEmpty())
        parts.append((creates ? tr("without %1") : tr("revokes %1")).arg(revoked.join(u", ")));
    if (replacesMembers)
        parts.append(tr("replaces the members of %1").arg(what));
    if (!membersAdded.isEmpty() && !creates)
        parts.append(tr("adds %Ln member(s) to %1", nullptr, int(membersAdded.size())).arg(what));
    if (!membersRemoved.isEmpty())
        parts.append(
            tr("removes %Ln member(s) from %1", nullptr, int(membersRemoved.size())).arg(what));
    if (!creates && !replaces) {
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            if (it.key() != u"active" && !it.key().contains(u":productlicenses."))
                others.append(it.key());
        }
        if (!others.isEmpty())
            parts.append(tr("changes %1 of %2").arg(others.join(u", "), what));
    }
    return parts.isEmpty() ? tr("changes nothing on %1").arg(what) : parts.join(u"; ");
}

QString RequestEffect::describe(const Change &change, const ServiceCapabilities &capabilities)
{
    if (change.kind != Change::Kind::TransferDocuments)
        return of(change.request, capabilities).describe(change.targetName);
    if (const QString why = change.transferProblem(); !why.isEmpty())
        return tr("cannot be read (%1)").arg(why);
    return tr("hands the documents of %1 to %2 (Lucid's REST API)")
        .arg(change.transferFrom(), change.transferTo());
}

QString RequestEffect::disagreement(const Change &change, const RequestEffect &effect)
{
    if (!effect.target.isValid())
        return effect.target.problem;
    if (!effect.problem.isEmpty())
        return tr("change %1 sends %2").arg(change.id, effect.problem);
    if (change.resourceType != effect.resourceType())
        return tr("change %1 is about a %2, but its request goes to a %3")
            .arg(change.id, change.resourceType, effect.resourceType());
    if (!effect.creates && effect.targetId() != change.targetId)
        return tr("change %1 is for %2 (id %3), but its request goes to id %4")
            .arg(change.id, change.targetName, change.targetId, effect.targetId());

    // What the review shows, keyed as the request's attributes are.
    QMap<QString, AttributeChange> reviewed;
    for (const AttributeChange &attribute : change.attributes())
        reviewed.insert(comparablePath(attribute.path), attribute);

    if (!kindAgrees(change, effect, reviewed.contains(QStringLiteral("active"))))
        return tr("change %1 says \"%2\", but its request %3")
            .arg(change.id, Change::kindLabel(change.kind), effect.describe(change.targetName));
    return valuesDisagreement(change, effect, reviewed);
}

} // namespace ScimDesk
