#include "OffboardPlanner.h"

#include "changes/PlanBuilder.h"

namespace ScimDesk {

namespace {

// Who gets `account`'s documents: empty when nobody is named (or it is no Lucid account).
QString documentsRecipient(const PersonAccount &account, const QString &documentsTo)
{
    if (account.profile.presetId != u"lucid" || documentsTo.isEmpty())
        return {};
    return documentsTo == QStringView(OffboardPlanner::ManagerRecipient) ? account.managerEmail
                                                                         : documentsTo;
}

} // namespace

PlanFile OffboardPlanner::plan(const QList<PersonAccount> &accounts,
                               const QHash<QString, ConnectionReport> &reports,
                               const Options &options, QStringList *problems)
{
    PlanFile file;
    file.sectioned = true;
    file.created = QDateTime::currentDateTimeUtc();
    file.createdBy = options.createdBy;
    file.source = u"offboard:"_qs + options.source;

    // Connections in the order first met, each with its builder.
    QStringList order;
    std::map<QString, PlanBuilder> builders;
    for (const PersonAccount &account : accounts) {
        const QString &name = account.profile.name;
        if (account.state == PersonAccount::State::Failed) {
            file.notSearched.insert(name, account.error);
            continue;
        }
        if (account.state == PersonAccount::State::NotFound) {
            file.notFound[name].append(account.person);
            continue;
        }
        auto builder = builders.find(account.profile.id);
        if (builder == builders.end()) {
            order.append(account.profile.id);
            builder = builders
                          .emplace(account.profile.id,
                                   PlanBuilder(account.profile,
                                               reports.value(account.profile.id).capabilities))
                          .first;
        }
        const QString why = tr("offboarding %1").arg(account.person);
        if (const QString to = documentsRecipient(account, options.documentsTo); !to.isEmpty())
            builder->second.transferDocuments(account.user, to,
                                              options.documentsTo == QStringView(ManagerRecipient)
                                                  ? tr("their manager")
                                                  : QString());
        if (options.action == Action::Delete)
            builder->second.deleteUser(account.user, why, account.user);
        else if (account.active())
            builder->second.deactivate(account.user, why);
    }
    for (const QString &id : std::as_const(order)) {
        PlanBuilder &builder = builders.at(id);
        for (const QString &problem : builder.problems()) {
            if (!problems->contains(problem))
                problems->append(problem);
        }
        if (builder.isEmpty())
            continue;
        Plan plan = builder.takePlan();
        plan.created = file.created;
        plan.createdBy = file.createdBy;
        plan.source = file.source;
        file.sections.append(std::move(plan));
    }
    return file;
}

QStringList OffboardPlanner::leaversIn(const CsvTable &table)
{
    qsizetype column = 0;
    for (const QString &wanted : {u"email"_qs, u"e-mail"_qs, u"mail"_qs, u"username"_qs}) {
        const auto match
            = std::find_if(table.header.cbegin(), table.header.cend(), [&](const QString &header) {
                  return header.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
              });
        if (match != table.header.cend()) {
            column = match - table.header.cbegin();
            break;
        }
    }
    QStringList people;
    for (const CsvTable::Row &row : table.rows) {
        const QString person = row.cells.value(column).trimmed();
        if (!person.isEmpty() && !people.contains(person, Qt::CaseInsensitive))
            people.append(person);
    }
    return people;
}

QStringList OffboardPlanner::notes(const QList<PersonAccount> &accounts, const Options &options)
{
    QStringList notes;
    for (const PersonAccount &account : accounts) {
        if (account.state == PersonAccount::State::Found
            && options.documentsTo == QStringView(ManagerRecipient)
            && account.profile.presetId == u"lucid" && account.managerEmail.isEmpty())
            notes.append(tr("%1 names no manager with an email address on %2: their documents "
                            "go to the account's default recipient.")
                             .arg(account.person, account.profile.name));
        if (options.action == Action::Delete)
            continue;
        if (account.state == PersonAccount::State::Found && !account.active())
            notes.append(tr("%1 is already deactivated on %2: nothing to do there.")
                             .arg(account.person, account.profile.name));
    }
    return notes;
}

} // namespace ScimDesk
