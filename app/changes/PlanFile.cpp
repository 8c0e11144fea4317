#include "PlanFile.h"

#include "connections/ConnectionProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ScimDesk {

std::optional<PlanFile> PlanFile::load(const QString &path, QString *error)
{
    const auto json = Plan::readObject(path, error);
    return json ? fromJson(*json, error) : std::nullopt;
}

std::optional<PlanFile> PlanFile::fromJson(const QJsonObject &json, QString *error)
{
    PlanFile file;
    if (json.value(u"format").toString() != QStringView(Plan::FormatName)) {
        *error = Plan::tr("This is not a ScimDesk plan file.");
        return std::nullopt;
    }
    const int version = json.value(u"version").toInt();
    if (version != SectionsFormatVersion) {
        auto plan = Plan::fromJson(json, error);
        if (!plan)
            return std::nullopt;
        file.created = plan->created;
        file.createdBy = plan->createdBy;
        file.source = plan->source;
        file.sections.append(std::move(*plan));
        return file;
    }
    file.sectioned = true;
    file.created = QDateTime::fromString(json.value(u"created").toString(), Qt::ISODate);
    file.createdBy = json.value(u"createdBy").toString();
    file.source = json.value(u"source").toString();
    const QJsonArray sections = json.value(u"sections").toArray();
    if (sections.isEmpty()) {
        *error = tr("The plan has no sections: there is nothing to apply.");
        return std::nullopt;
    }
    for (const QJsonValue &value : sections) {
        QString sectionError;
        auto plan = Plan::fromJson(value.toObject(), &sectionError);
        if (!plan) {
            *error
                = tr("Section %1 of the plan: %2").arg(file.sections.size() + 1).arg(sectionError);
            return std::nullopt;
        }
        for (const Plan &other : std::as_const(file.sections)) {
            if (ConnectionProfile::sameService(other.baseUrl, plan->baseUrl)) {
                *error = tr("The plan has two sections for the same service (%1): one section "
                            "per connection.")
                             .arg(plan->baseUrl.toDisplayString());
                return std::nullopt;
            }
        }
        file.sections.append(std::move(*plan));
    }
    const QJsonObject notFound = json.value(u"notFound").toObject();
    for (auto it = notFound.begin(); it != notFound.end(); ++it)
        for (const QJsonValue &person : it.value().toArray())
            file.notFound[it.key()].append(person.toString());
    const QJsonObject notSearched = json.value(u"notSearched").toObject();
    for (auto it = notSearched.begin(); it != notSearched.end(); ++it)
        file.notSearched.insert(it.key(), it.value().toString());
    return file;
}

QJsonObject PlanFile::toJson() const
{
    QJsonArray sectionsJson;
    for (const Plan &plan : sections)
        sectionsJson.append(plan.toJson());
    QJsonObject notFoundJson;
    for (auto it = notFound.cbegin(); it != notFound.cend(); ++it)
        notFoundJson.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject notSearchedJson;
    for (auto it = notSearched.cbegin(); it != notSearched.cend(); ++it)
        notSearchedJson.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("format"), QString::fromUtf16(Plan::FormatName)},
        {QStringLiteral("version"), SectionsFormatVersion},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("source"), source},
        {QStringLiteral("notFound"), notFoundJson},
        {QStringLiteral("notSearched"), notSearchedJson},
        {QStringLiteral("sections"), sectionsJson},
    };
}

QString PlanFile::save(const QString &path) const
{
    if (!sectioned && sections.size() == 1)
        return sections.first().save(path);
    // An offboarding: a few changes per connection, written at once.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Plan::tr("Cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // names, emails: 0600
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Plan::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

int PlanFile::includedCount() const
{
    int count = 0;
    for (const Plan &plan : sections)
        count += plan.includedCount();
    return count;
}

int PlanFile::deprovisionCount() const
{
    int count = 0;
    for (const Plan &plan : sections)
        count += plan.deprovisionCount();
    return count;
}

QString PlanFile::countsText() const
{
    QStringList parts;
    for (const Plan &plan : sections)
        parts.append(tr("%1: %2").arg(plan.connectionName, plan.countsText()));
    return tr("%n connection(s) with changes.", nullptr, int(sections.size())) + u'\n'
        + parts.join(u'\n');
}

} // namespace ScimDesk
