#include "Cli.h"

#include "changes/Plan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return tr("(absent)");
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

} // namespace

int showCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show PLAN.json"), tr("A plan file."));
    if (int code = parse(context, parser, arguments,
                         tr("Show what a plan will do: counts, then for each change the attributes "
                            "before and after and the exact request. Sends nothing."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("Give exactly one PLAN.json."));
    QString error;
    const auto plan = Plan::load(parser.positionalArguments().first(), &error);
    if (!plan)
        return context.fail(Usage, error);

    QTextStream &out = context.out();
    out << tr("Plan for \"%1\" (%2)").arg(plan->connectionName, plan->baseUrl.toDisplayString());
    if (plan->created.isValid())
        out << tr(", made %1").arg(plan->created.toLocalTime().toString(Qt::ISODate));
    if (!plan->createdBy.isEmpty())
        out << tr(" by %1").arg(plan->createdBy);
    out << "\n";
    const auto counts = plan->countsByKind();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(
            QStringLiteral("%1 %2").arg(it.value()).arg(Change::kindLabel(it.key()).toLower()));
    const int excluded = int(plan->changes.size()) - plan->includedCount();
    out << tr("%1 change(s) to send: %2")
               .arg(plan->includedCount())
               .arg(parts.isEmpty() ? tr("none") : parts.join(u", "));
    if (excluded > 0)
        out << tr("; %1 excluded").arg(excluded);
    out << "\n\n";

    for (const Change &change : plan->changes) {
        out << (change.included ? "" : "[excluded] ") << '[' << change.id << "] "
            << Change::kindLabel(change.kind) << ' ' << change.targetName;
        if (!change.intents.isEmpty())
            out << " (" << change.intents.join(u", ") << ')';
        out << '\n';
        for (const AttributeChange &attribute : change.attributes)
            out << "    " << attribute.path << ": " << valueText(attribute.before) << " -> "
                << valueText(attribute.after) << '\n';
        out << "    " << change.request.summary();
        if (!change.request.ifMatch.isEmpty())
            out << "  If-Match: " << QString::fromUtf8(change.request.ifMatch);
        out << '\n';
        if (!change.request.body.isEmpty())
            out << "    "
                << QString::fromUtf8(
                       QJsonDocument(change.request.body).toJson(QJsonDocument::Compact))
                << '\n';
        if (!change.dependsOn.isEmpty())
            out << "    " << tr("after: %1").arg(change.dependsOn.join(u", ")) << '\n';
        if (!change.warning.isEmpty())
            out << "    " << tr("warning: %1").arg(change.warning) << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace ScimDesk::Cli
