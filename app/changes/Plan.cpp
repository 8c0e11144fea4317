#include "Plan.h"

#include "PlanFile.h"
#include "common/Translations.h"
#include "scim/JsonText.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace ScimDesk {

QJsonObject Plan::headerJson() const
{
    return QJsonObject {
        {QStringLiteral("format"), QString::fromUtf16(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("connection"),
         QJsonObject {{QStringLiteral("name"), connectionName},
                      {QStringLiteral("url"), baseUrl.toString()},
                      {QStringLiteral("preset"), presetId}}},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("source"), source},
    };
}

QJsonObject Plan::toJson() const
{
    QJsonArray array;
    for (const Change &change : changes)
        array.append(change.toJson());
    QJsonObject json = headerJson();
    json.insert(QStringLiteral("changes"), array);
    return json;
}

std::optional<Plan> Plan::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format").toString() != QStringView(FormatName)) {
        *error = tr("This is not a ScimDesk plan file.");
        return std::nullopt;
    }
    const int version = json.value(u"version").toInt();
    if (version == PlanFile::SectionsFormatVersion) {
        *error = tr("This plan has a section per connection (an offboarding): review it with "
                    "'scimdesk-cli show' and apply it with 'scimdesk-cli apply', or open it in "
                    "the console.");
        return std::nullopt;
    }
    if (version < 1 || version > FormatVersion) {
        *error = tr("The plan uses format version %1; this ScimDesk reads up to version %2 — "
                    "update ScimDesk.")
                     .arg(version)
                     .arg(FormatVersion);
        return std::nullopt;
    }
    Plan plan;
    const QJsonObject connection = json.value(u"connection").toObject();
    plan.connectionName = connection.value(u"name").toString();
    plan.baseUrl = QUrl(connection.value(u"url").toString());
    plan.presetId = connection.value(u"preset").toString();
    if (!plan.baseUrl.isValid() || plan.baseUrl.isEmpty()) {
        *error = tr("The plan does not say which service it is for.");
        return std::nullopt;
    }
    plan.created = QDateTime::fromString(json.value(u"created").toString(), Qt::ISODate);
    plan.createdBy = json.value(u"createdBy").toString();
    plan.source = json.value(u"source").toString();

    QSet<QString> ids;
    for (const QJsonValue &value : json.value(u"changes").toArray()) {
        QString changeError;
        Change change = Change::fromJson(value.toObject(), &changeError);
        if (!changeError.isEmpty()) {
            *error = tr("The plan has a broken change: %1.").arg(changeError);
            return std::nullopt;
        }
        if (ids.contains(change.id)) {
            *error = tr("The plan has two changes with the id %1.").arg(change.id);
            return std::nullopt;
        }
        ids.insert(change.id);
        plan.changes.append(change);
    }
    for (const Change &change : std::as_const(plan.changes)) {
        for (const QString &dependency : change.dependsOn) {
            if (!ids.contains(dependency)) {
                *error = tr("Change %1 depends on %2, which is not in the plan.")
                             .arg(change.id, dependency);
                return std::nullopt;
            }
        }
    }
    // A change waiting for itself, directly or round a cycle, would never be sent: an apply
    // (and every resume of it) would wait forever.
    if (const QStringList cycle = plan.dependencyCycle(); !cycle.isEmpty()) {
        *error = cycle.size() == 2
            ? tr("Change %1 depends on itself, so it could never be sent.").arg(cycle.first())
            : tr("Changes depend on each other in a cycle (%1), so none of them could ever be "
                 "sent.")
                  .arg(cycle.join(QStringLiteral(" → ")));
        return std::nullopt;
    }
    return plan;
}

QString Plan::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // names, emails: 0600
    // One change a line. The changes are turned into JSON a block at a time on the worker
    // threads and written in order, a few blocks ahead: a plan of a hundred thousand changes is
    // never held whole as a second copy. The header's closing brace makes way for the changes.
    QByteArray header = QJsonDocument(headerJson()).toJson(QJsonDocument::Compact);
    header.chop(1);
    file.write(header + ",\"changes\":[");
    struct Block
    {
        QByteArray bytes;
        QSemaphore done;
    };
    constexpr qsizetype BlockSize = 500;
    const qsizetype blocks = (changes.size() + BlockSize - 1) / BlockSize;
    const qsizetype ahead = 2 * qMax(1, QThreadPool::globalInstance()->maxThreadCount());
    std::vector<std::unique_ptr<Block>> pending(static_cast<size_t>(blocks));
    const auto launch = [&](qsizetype b) {
        pending[size_t(b)] = std::make_unique<Block>();
        QThreadPool::globalInstance()->start([this, b, block = pending[size_t(b)].get()] {
            for (qsizetype i = b * BlockSize; i < qMin(changes.size(), (b + 1) * BlockSize); ++i) {
                block->bytes += i == 0 ? "\n" : ",\n";
                changes.at(i).appendJson(block->bytes);
            }
            block->done.release();
        });
    };
    for (qsizetype b = 0; b < qMin(ahead, blocks); ++b)
        launch(b);
    for (qsizetype b = 0; b < blocks; ++b) {
        pending[size_t(b)]->done.acquire();
        file.write(pending[size_t(b)]->bytes);
        pending[size_t(b)].reset();
        if (b + ahead < blocks)
            launch(b + ahead);
    }
    file.write("\n]}\n");
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

std::optional<QJsonObject> Plan::readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not valid JSON (%2 at byte %3).")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Plan> Plan::load(const QString &path, QString *error)
{
    const auto json = readObject(path, error);
    return json ? fromJson(*json, error) : std::nullopt;
}

QMap<Change::Kind, int> Plan::countsByKind() const
{
    QMap<Change::Kind, int> counts;
    for (const Change &change : changes) {
        if (change.included)
            ++counts[change.kind];
    }
    return counts;
}

QString Plan::licenceLossText() const
{
    int users = 0;
    QMap<QString, int> lost;
    for (const Change &change : changes) {
        if (!change.included || change.licencesLost.isEmpty())
            continue;
        ++users;
        for (const QString &licence : change.licencesLost)
            ++lost[licence];
    }
    if (users == 0)
        return {};
    QStringList counts;
    for (auto it = lost.cbegin(); it != lost.cend(); ++it)
        counts.append(QStringLiteral("%1 %L2").arg(it.key()).arg(it.value()));
    return tr("%Ln user(s) lose their licences as they are deactivated (%1).", nullptr, users)
        .arg(counts.join(QStringLiteral(", ")));
}

int Plan::includedCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const Change &c) { return c.included; }));
}

int Plan::deprovisionCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const Change &c) { return c.included && c.isDeprovision(); }));
}

QStringList Plan::dependencyCycle() const
{
    // Kahn's algorithm, without recursion (a plan file is untrusted and may be long): settle
    // every change whose dependencies are settled; what is left waits on a cycle.
    QHash<QString, int> waiting; // change id -> dependencies not yet settled
    QHash<QString, QStringList> dependents;
    QHash<QString, const Change *> byId;
    for (const Change &change : changes) {
        byId.insert(change.id, &change);
        waiting.insert(change.id, int(change.dependsOn.size()));
        for (const QString &dependency : change.dependsOn)
            dependents[dependency].append(change.id);
    }
    QStringList ready;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    while (!ready.isEmpty()) {
        const QString id = ready.takeLast();
        waiting.remove(id);
        for (const QString &dependent : dependents.value(id)) {
            if (--waiting[dependent] == 0)
                ready.append(dependent);
        }
    }
    if (waiting.isEmpty())
        return {};
    // Every change left has a dependency left: follow them until one repeats.
    QStringList path;
    QString id = changes.constFirst().id;
    for (const Change &change : changes) {
        if (waiting.contains(change.id)) {
            id = change.id;
            break;
        }
    }
    while (!path.contains(id)) {
        path.append(id);
        for (const QString &dependency : byId.value(id)->dependsOn) {
            if (waiting.contains(dependency)) {
                id = dependency;
                break;
            }
        }
    }
    return path.mid(path.indexOf(id)) << id;
}

const Change *Plan::find(const QString &id) const
{
    for (const Change &change : changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

QString Plan::originText() const
{
    QString text;
    if (source.startsWith(u"csv:"))
        text = tr(" from the CSV file %1").arg(source.mid(4));
    else if (source.startsWith(u"revert:"))
        text = tr(" to revert run %1 (from the audit log)").arg(source.mid(7));
    else if (source.startsWith(u"offboard:"))
        text = tr(" to offboard %1").arg(source.mid(9));
    else if (source == u"gui")
        text = tr(" in the console");
    else if (!source.isEmpty())
        text = tr(" from %1").arg(source);
    if (created.isValid())
        text += tr(" on %1").arg(displayTime(created));
    if (!createdBy.isEmpty())
        text += tr(" by %1").arg(createdBy);
    return text.isEmpty() ? QString() : tr("Made%1.").arg(text);
}

QString Plan::countsText() const
{
    // By kind; a licence given or taken by group membership by what it does to the licence.
    QMap<Change::Kind, int> counts;
    QMap<QString, int> licences;
    for (const Change &change : changes) {
        if (!change.included)
            continue;
        if (change.licence.isEmpty())
            ++counts[change.kind];
        else
            ++licences[change.kind == Change::Kind::AddToGroup
                           ? tr("grant %1 (by group)").arg(change.licence)
                           : tr("revoke %1 (by group)").arg(change.licence)];
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%L1 %2").arg(it.value()).arg(Change::kindPhrase(it.key())));
    for (auto it = licences.cbegin(); it != licences.cend(); ++it)
        parts.append(QStringLiteral("%L1 %2").arg(it.value()).arg(it.key()));
    QString text = tr("%Ln change(s) to send: %1", nullptr, includedCount())
                       .arg(parts.isEmpty() ? tr("none") : parts.join(u", "));
    const int excluded = int(changes.size()) - includedCount();
    if (excluded > 0)
        text += tr("; %L1 excluded").arg(excluded);
    return text;
}

} // namespace ScimDesk
