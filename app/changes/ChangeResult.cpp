#include "ChangeResult.h"

namespace ScimDesk {

QString ChangeResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::InFlight:
        return QStringLiteral("inFlight");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::NotApplied:
        return QStringLiteral("notApplied");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject ChangeResult::toJson() const
{
    QJsonObject json {{QStringLiteral("id"), changeId},
                      {QStringLiteral("result"), outcomeKey(outcome)},
                      {QStringLiteral("httpStatus"), httpStatus},
                      {QStringLiteral("attempts"), attempts}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!createdId.isEmpty())
        json.insert(QStringLiteral("createdId"), createdId);
    return json;
}

} // namespace ScimDesk
