#include "ChangeQueue.h"

#include "PlanBuilder.h"
#include "directory/Directory.h"

#include "scim/UserAttributes.h"

#include <QJsonArray>

namespace ScimDesk {

namespace {

using Kind = ChangeQueue::Operation::Kind;

bool isMembership(Kind kind)
{
    return kind == Kind::AddToGroup || kind == Kind::RemoveFromGroup;
}

} // namespace

bool ChangeQueue::State::operator==(const State &other) const
{
    const bool sameReplacement = replacement.has_value() == other.replacement.has_value()
        && (!replacement
            || (replacement->origin == other.replacement->origin
                && replacement->fileName == other.replacement->fileName
                && replacement->plan.toJson() == other.replacement->plan.toJson()));
    return operations == other.operations && excluded == other.excluded && sameReplacement;
}

ChangeQueue::ChangeQueue(Directory *directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    // The plan is made from the users as loaded: when they change (a reload, an apply's read
    // back), so do the before-states and versions.
    const auto stale = [this] {
        m_dirty = true;
        if (!m_state.isEmpty())
            Q_EMIT changed();
    };
    UserTableModel *users = directory->users();
    connect(users, &QAbstractItemModel::modelReset, this, stale);
    connect(users, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(users, &QAbstractItemModel::dataChanged, this,
            [stale](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!roles.contains(UserTableModel::PendingRole)) // our own marks changed
                    stale();
            });
    connect(directory, &Directory::stateChanged, this, [stale](Directory::State state) {
        if (state != Directory::State::Loading)
            stale();
    });
}

void ChangeQueue::setConnection(const ConnectionProfile &profile,
                                const ServiceCapabilities &capabilities)
{
    m_profile = profile;
    m_capabilities = capabilities;
    m_dirty = true;
    Q_EMIT changed();
}

void ChangeQueue::setLicenceHistory(const QHash<QString, QStringList> &licencesAtDeactivation)
{
    m_licenceHistory = licencesAtDeactivation;
    m_dirty = true;
    Q_EMIT changed();
}

void ChangeQueue::setState(State state)
{
    if (state == m_state)
        return;
    m_state = std::move(state);
    m_dirty = true;
    Q_EMIT changed();
}

ChangeQueue::State ChangeQueue::withOperations(const QList<Operation> &operations) const
{
    State next = m_state;
    for (const Operation &operation : operations) {
        if (next.operations.contains(operation))
            continue;
        if (isMembership(operation.kind)) {
            Operation opposite = operation;
            opposite.kind
                = operation.kind == Kind::AddToGroup ? Kind::RemoveFromGroup : Kind::AddToGroup;
            if (next.operations.removeAll(opposite) > 0)
                continue; // asked for and taken back: nothing to send
        }
        next.operations.append(operation);
    }
    return next;
}

ChangeQueue::State ChangeQueue::withIncluded(const QStringList &keys, bool included) const
{
    State next = m_state;
    for (const QString &key : keys) {
        if (included)
            next.excluded.remove(key);
        else
            next.excluded.insert(key);
    }
    return next;
}

QString ChangeQueue::groupName(const QString &groupId) const
{
    const GroupTableModel *groups = m_directory->groups();
    const int row = groups->rowOf(groupId);
    return row < 0 ? groupId : groups->group(row).displayName;
}

QList<ImportMerge::Conflict> ChangeQueue::conflictsWith(const ImportedOperations &import) const
{
    if (m_state.replacement)
        return {}; // replaced, not merged
    return ImportMerge::conflicts(m_state.operations, import,
                                  [this](const QString &id) { return groupName(id); });
}

ChangeQueue::State ChangeQueue::withImport(const ImportedOperations &import,
                                           const QHash<QString, ImportMerge::Choice> &choices) const
{
    State next = m_state.replacement ? State() : m_state;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (it.value() == ImportMerge::Choice::UseFile)
            next.excluded.remove(it.key()); // the file's change is another one: included
    }
    next.operations = ImportMerge::merged(std::move(next.operations), import, choices);
    return next;
}

ChangeQueue::State ChangeQueue::withoutChanges(const QStringList &keys) const
{
    return without(m_state, keys);
}

ChangeQueue::State ChangeQueue::without(State next, const QStringList &keys)
{
    const QSet<QString> gone(keys.cbegin(), keys.cend());
    next.operations.removeIf([&](const Operation &op) {
        return gone.contains(keyOf(op)) || gone.contains(licenceKey(op.licence, op.userId));
    });
    if (next.replacement) {
        QSet<QString> removed;
        for (const Change &change : std::as_const(next.replacement->plan.changes)) {
            if (gone.contains(keyOf(change)))
                removed.insert(change.id);
        }
        // A change that needs one taken out (a membership of a user the plan created) would
        // name a user that is no longer planned: it goes too, and so on down the chain.
        bool more = true;
        while (more) {
            more = false;
            for (const Change &change : std::as_const(next.replacement->plan.changes)) {
                if (removed.contains(change.id))
                    continue;
                for (const QString &dependency : change.dependsOn) {
                    if (removed.contains(dependency)) {
                        removed.insert(change.id);
                        more = true;
                        break;
                    }
                }
            }
        }
        next.replacement->plan.changes.removeIf(
            [&](const Change &change) { return removed.contains(change.id); });
        if (next.replacement->plan.changes.isEmpty())
            next.replacement.reset();
    }
    next.excluded.subtract(gone);
    return next;
}

ChangeQueue::State ChangeQueue::withReplacement(const Plan &plan, Replacement::Origin origin,
                                                const QString &fileName) const
{
    State next;
    next.replacement = Replacement {plan, origin, fileName};
    for (const Change &change : plan.changes) {
        if (!change.included)
            next.excluded.insert(keyOf(change));
    }
    return next;
}

ChangeQueue::State ChangeQueue::afterApply(const QSet<QString> &appliedKeys,
                                           const QHash<QString, QString> &createdIds) const
{
    State next = m_state;
    // A user an import created: the groups it has not joined yet are joined by its new id.
    QList<Operation> joins;
    for (const Operation &operation : std::as_const(next.operations)) {
        if (operation.kind != Kind::Create || !appliedKeys.contains(keyOf(operation)))
            continue;
        const Change *create = nullptr;
        for (const Change &change : plan().changes) {
            if (keyOf(change) == keyOf(operation))
                create = &change;
        }
        const QString id = create ? createdIds.value(create->id) : QString();
        if (id.isEmpty())
            continue;
        for (const QString &groupId : operation.groupIds) {
            const QString joined = Change::kindKey(Change::Kind::AddToGroup) + u':' + groupId + u':'
                + PlanBuilder::placeholderFor(create->id);
            if (appliedKeys.contains(joined))
                continue;
            Operation join;
            join.kind = Kind::AddToGroup;
            join.userId = id;
            join.userName = operation.userName;
            join.groupId = groupId;
            join.why = operation.why;
            join.source = operation.source;
            joins.append(join);
        }
    }
    next.operations += joins;
    // The applied plan named a created member by its placeholder: a change of it that was
    // applied is known by that key, which resolving the id below changes.
    QSet<QString> applied = appliedKeys;
    if (next.replacement) {
        for (Change &change : next.replacement->plan.changes) {
            const QString key = keyOf(change); // a membership's key names the member
            for (auto it = createdIds.cbegin(); it != createdIds.cend(); ++it)
                PlanBuilder::resolveCreated(change, it.key(), it.value());
            const QString resolved = keyOf(change);
            if (resolved == key)
                continue;
            if (appliedKeys.contains(key))
                applied.insert(resolved);
            if (next.excluded.remove(key))
                next.excluded.insert(resolved);
        }
    }
    return without(std::move(next), {applied.cbegin(), applied.cend()});
}

QString ChangeQueue::whyNoOperations() const
{
    if (!m_state.replacement)
        return {};
    return tr("The pending changes come from the plan file %1. Apply it or clear the queue "
              "before queueing changes here.")
        .arg(m_state.replacement->fileName);
}

const Plan &ChangeQueue::plan() const
{
    if (m_dirty)
        rebuild();
    return m_plan;
}

QHash<QString, PendingEdit> ChangeQueue::pendingEdits() const
{
    QHash<QString, PendingEdit> edits;
    const QString licences = m_capabilities.licenceSchema + u":productLicenses.";
    for (const Change &change : plan().changes) {
        if (!change.included)
            continue;
        if (change.resourceType == u"Group") {
            // Members of a licence's group gain or lose the licence; other memberships are
            // said in the tooltip.
            const QList<AttributeChange> attributes = change.attributes();
            if (attributes.isEmpty())
                continue;
            const AttributeChange &members = attributes.first();
            const QJsonArray entries
                = (members.after.isUndefined() ? members.before : members.after).toArray();
            for (const QJsonValue &entry : entries) {
                PendingEdit &edit = edits[entry.toObject().value(u"value").toString()];
                if (!change.licence.isEmpty())
                    edit.licences.insert(change.licence, change.kind == Change::Kind::AddToGroup);
                edit.changes.append(change.licence.isEmpty()
                                        ? tr("%1 %2").arg(change.label(), change.targetName)
                                        : change.label().section(u" \u2014 "_qs, 0, 0));
            }
            continue;
        }
        if (change.targetId.isEmpty())
            continue; // a create: not in the table yet
        PendingEdit &edit = edits[change.targetId];
        edit.changes.append(change.intents.isEmpty() ? change.label()
                                                     : change.intents.join(QStringLiteral("; ")));
        if (change.kind == Change::Kind::DeleteUser) {
            edit.deleted = true;
            continue;
        }
        for (const AttributeChange &attribute : change.attributes()) {
            if (attribute.path == u"active") {
                edit.active = attribute.after.toBool();
            } else if (attribute.path.startsWith(licences)) {
                edit.licences.insert(attribute.path.mid(licences.size()), attribute.after.toBool());
            } else if (const UserAttribute *known = UserAttributes::byPath(attribute.path)) {
                edit.values.insert(known->key, attribute.after.toString());
            }
        }
    }
    return edits;
}

QStringList ChangeQueue::problems() const
{
    if (m_dirty)
        rebuild();
    return m_problems;
}

void ChangeQueue::rebuild() const
{
    m_dirty = false;
    m_problems.clear();
    build(m_state, &m_plan, &m_problems);
}

bool ChangeQueue::wouldChangePlan(const State &next) const
{
    if (next == m_state)
        return false;
    Plan planned;
    QStringList problems;
    build(next, &planned, &problems);
    const Plan &now = plan();
    if (planned.changes.size() != now.changes.size())
        return true;
    for (qsizetype i = 0; i < now.changes.size(); ++i) {
        if (!(planned.changes.at(i).request == now.changes.at(i).request)
            || planned.changes.at(i).included != now.changes.at(i).included)
            return true;
    }
    return false;
}

void ChangeQueue::build(const State &state, Plan *plan, QStringList *problems) const
{
    if (state.replacement) {
        *plan = state.replacement->plan;
    } else if (!m_capabilities.patch && !state.operations.isEmpty()) {
        // The console keeps only part of each user; without PATCH a change would be a PUT of
        // that part, wiping every other attribute. Refuse rather than risk it.
        *plan = PlanBuilder(m_profile, m_capabilities).plan();
        problems->append(tr("This service does not accept PATCH, so a change would replace the "
                            "whole user with the few attributes the console keeps. Plan it with "
                            "scimdesk-cli from the full records instead."));
    } else {
        PlanBuilder builder(m_profile, m_capabilities);
        this->plan(state, builder, problems);
        *problems += builder.problems() + builder.notes();
        *plan = builder.plan();
        // Made from one file alone, the plan says so (and `show` names it).
        QSet<QString> files;
        for (const Operation &operation : state.operations)
            files.insert(operation.source.isEmpty() ? QString() : u"csv:"_qs + operation.source);
        plan->source = files.size() == 1 && !files.contains(QString()) ? *files.cbegin()
                                                                       : QStringLiteral("gui");
    }
    for (Change &change : plan->changes)
        change.included = !state.excluded.contains(keyOf(change));
}

void ChangeQueue::plan(const State &state, PlanBuilder &builder, QStringList *problems) const
{
    const UserStore &store = m_directory->users()->store();
    const GroupTableModel *groups = m_directory->groups();
    if (m_licenceHistory)
        builder.setLicenceHistory(*m_licenceHistory);
    if (m_profile.licencesByGroup()) {
        QList<QJsonObject> resources;
        for (const GroupRecord &group : groups->all())
            resources.append(group.toResource());
        builder.setGroups(resources);
    }
    // A file's update compares all the attributes the record keeps; the other operations need
    // only what they touch.
    QSet<QString> updated;
    for (const Operation &operation : state.operations) {
        if (operation.kind == Kind::Update)
            updated.insert(operation.userId);
    }
    QHash<QString, QJsonObject> edited; // user id -> the record with the files' edits so far
    for (const Operation &operation : state.operations) {
        const QString why = operation.source.isEmpty() || operation.why.isEmpty()
            ? operation.why + operation.source
            : tr("%1, %2").arg(operation.source, operation.why);
        if (operation.kind == Kind::Create) {
            const QString id = builder.createUser(operation.values, why);
            for (const QString &groupId : operation.groupIds) {
                const int groupRow = groups->rowOf(groupId);
                if (groupRow >= 0)
                    builder.addToGroup(groups->group(groupRow).toResource(), id,
                                       operation.userName);
            }
            continue;
        }
        const qsizetype row = store.rowOf(operation.userId);
        if (row < 0) {
            problems->append(tr("User %1 is no longer in the loaded list: its change was left "
                                "out. Load or look the user up again.")
                                 .arg(operation.userName));
            continue;
        }
        const UserRecord &record = store.at(row);
        const QJsonObject user = updated.contains(operation.userId)
            ? record.toResource(store.licences())
            : record.toPlanningResource(store.licences());
        switch (operation.kind) {
        case Kind::Deactivate:
            builder.deactivate(user, why);
            break;
        case Kind::Reactivate:
            builder.reactivate(user);
            break;
        case Kind::DeleteUser:
            builder.deleteUser(user, why, record.toResource(store.licences()));
            break;
        case Kind::GrantLicence:
        case Kind::RevokeLicence:
            builder.setLicence(user, operation.licence, operation.kind == Kind::GrantLicence);
            break;
        case Kind::Update: {
            // Only the top-level attributes this file sets go in, so that what other operations
            // did to the user (a deactivation, an earlier file's names) stays.
            QJsonObject &current = edited[operation.userId];
            if (current.isEmpty())
                current = user;
            QJsonObject touched;
            for (auto it = operation.values.begin(); it != operation.values.end(); ++it) {
                const QJsonObject was = current;
                UserAttributes::write(current, it.key(), it.value());
                for (auto key = current.begin(); key != current.end(); ++key) {
                    if (was.value(key.key()) != key.value())
                        touched.insert(key.key(), key.value());
                }
            }
            if (!touched.isEmpty())
                builder.updateUser(user, touched, why);
            if (operation.values.value(u"active") == QJsonValue(true) && !record.isActive())
                builder.restoreLicences(user, operation.keepLicences);
            break;
        }
        case Kind::AddToGroup:
        case Kind::RemoveFromGroup: {
            const int groupRow = groups->rowOf(operation.groupId);
            if (groupRow < 0) {
                problems->append(tr("Group %1 is no longer in the loaded list: the membership "
                                    "change was left out.")
                                     .arg(operation.groupId));
                break;
            }
            const GroupRecord &group = groups->group(groupRow);
            const bool member = group.memberIds.contains(operation.userId);
            if (operation.kind == Kind::AddToGroup && !member)
                builder.addToGroup(group.toResource(), operation.userId, record.userName());
            else if (operation.kind == Kind::RemoveFromGroup && member)
                builder.removeFromGroup(group.toResource(), operation.userId, record.userName());
            break;
        }
        case Kind::Create:
            break;
        }
    }
}

QString ChangeQueue::keyOf(const Change &change)
{
    const QList<AttributeChange> attributes
        = change.resourceType == u"Group" ? change.attributes() : QList<AttributeChange>();
    if (!attributes.isEmpty() && attributes.first().path == u"members") {
        const AttributeChange &members = attributes.first();
        const QJsonValue entries = members.after.isUndefined() ? members.before : members.after;
        return Change::kindKey(change.kind) + u':' + change.targetId + u':'
            + entries.toArray().first().toObject().value(u"value").toString();
    }
    // A change that follows another on the same user (licences given back after a
    // reactivation) is left out on its own.
    return change.resourceType + u':'
        + (change.targetId.isEmpty() ? u'+' + change.targetName : change.targetId)
        + (change.dependsOn.isEmpty() ? QString() : u":after:" + change.dependsOn.join(u','));
}

QStringList ChangeQueue::settledKeys(const Change &change)
{
    QStringList keys {keyOf(change)};
    if (change.licence.isEmpty())
        return keys;
    const QList<AttributeChange> attributes = change.attributes();
    if (attributes.isEmpty())
        return keys;
    const AttributeChange &members = attributes.first();
    for (const QJsonValue &member :
         (members.after.isUndefined() ? members.before : members.after).toArray())
        keys.append(licenceKey(change.licence, member.toObject().value(u"value").toString()));
    return keys;
}

QString ChangeQueue::licenceKey(const QString &licence, const QString &userId)
{
    return licence.isEmpty() ? QString() : u"licence:"_qs + licence + u':' + userId;
}

QString ChangeQueue::keyOf(const Operation &operation)
{
    if (operation.kind == Kind::Create)
        return ImportMerge::userKey(operation); // as keyOf(Change) names a create
    if (isMembership(operation.kind)) {
        return Change::kindKey(operation.kind == Kind::AddToGroup ? Change::Kind::AddToGroup
                                                                  : Change::Kind::RemoveFromGroup)
            + u':' + operation.groupId + u':' + operation.userId;
    }
    return QStringLiteral("User:") + operation.userId;
}

} // namespace ScimDesk
