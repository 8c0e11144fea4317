#include "SectionedApply.h"

#include "audit/AuditLog.h"
#include "connections/ConnectionSession.h"
#include "connections/ConnectionStore.h"

#include <QJsonArray>

namespace ScimDesk {

QString SectionedApply::Section::outcomeText() const
{
    switch (state) {
    case State::Opening:
        return SectionedApply::tr("connecting…");
    case State::Ready:
        return SectionedApply::tr("ready: %n change(s) to send", nullptr, plan.includedCount());
    case State::Refused:
        return SectionedApply::tr("refused, nothing sent: %1").arg(message);
    case State::Unavailable:
        return SectionedApply::tr("not applied: %1").arg(message);
    case State::Applying:
    case State::Finished: {
        const ApplyEngine::Summary s = session->engine()->summary();
        QString text = SectionedApply::tr("applied %1, failed %2, not applied by the service %3, "
                                          "skipped %4")
                           .arg(s.applied)
                           .arg(s.failed)
                           .arg(s.notApplied)
                           .arg(s.skipped);
        if (const QString lost = session->engine()->recordError(); !lost.isEmpty())
            text += u"; "_qs + lost;
        return text;
    }
    }
    return {};
}

bool SectionedApply::Section::allApplied() const
{
    if (state != State::Finished)
        return false;
    const ApplyEngine::Summary s = session->engine()->summary();
    return s.failed + s.notApplied == 0 && session->engine()->recordError().isEmpty();
}

SectionedApply::SectionedApply(const PlanFile &file, const ConnectionStore *connections,
                               TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_tokens(tokens)
{
    for (const Plan &plan : file.sections) {
        auto section = std::make_unique<Section>();
        section->plan = plan;
        m_sections.push_back(std::move(section));
    }
}

SectionedApply::~SectionedApply() = default;

void SectionedApply::open()
{
    for (const auto &s : m_sections) {
        Section &section = *s;
        section.profile
            = m_connections->findForService(section.plan.connectionName, section.plan.baseUrl);
        if (!section.profile) {
            section.state = Section::State::Unavailable;
            section.message
                = tr("no saved connection for \"%1\" (%2): add it with 'scimdesk-cli "
                     "connection add' or in Connection > New connection.")
                      .arg(section.plan.connectionName, section.plan.baseUrl.toDisplayString());
            continue;
        }
        section.connection = std::make_unique<ConnectionSession>(m_tokens);
        connect(section.connection.get(), &ConnectionSession::stateChanged, this,
                [this, &section](ConnectionSession::State state) {
                    if (state == ConnectionSession::State::Connected) {
                        sectionOpened(section);
                    } else if (state == ConnectionSession::State::Failed) {
                        section.state = Section::State::Unavailable;
                        section.message = section.connection->statusText();
                    } else {
                        return;
                    }
                    // Queued: a connection may fail at once, inside open(), before the caller
                    // waits for opened().
                    QMetaObject::invokeMethod(this, &SectionedApply::settleOpening,
                                              Qt::QueuedConnection);
                });
        section.connection->open(*section.profile);
    }
    // Sections without a connection settle at once; the signal still comes after open().
    QMetaObject::invokeMethod(this, &SectionedApply::settleOpening, Qt::QueuedConnection);
}

void SectionedApply::sectionOpened(Section &section)
{
    section.session = std::make_unique<ApplySession>(
        section.connection->client(), *section.profile, section.connection->report(),
        std::make_unique<AuditLog>(section.profile->id));
    if (m_concurrency > 0)
        section.session->setConcurrency(m_concurrency);
    section.check = section.session->check(section.plan);
    if (section.check.allowed()) {
        section.state = Section::State::Ready;
    } else {
        section.state = Section::State::Refused;
        section.message = section.check.message;
    }
}

void SectionedApply::settleOpening()
{
    if (m_openedSent)
        return;
    for (const auto &section : m_sections) {
        if (section->state == Section::State::Opening)
            return;
    }
    m_openedSent = true;
    Q_EMIT opened();
}

void SectionedApply::start(const std::function<int(const Section &)> &confirmed)
{
    for (const auto &s : m_sections) {
        Section &section = *s;
        if (section.state != Section::State::Ready)
            continue;
        const int allowed = confirmed(section);
        if (const QString why = section.check.unconfirmed(allowed); !why.isEmpty()) {
            section.state = Section::State::Refused;
            section.message = why;
            continue;
        }
        connect(section.session.get(), &ApplySession::progress, this, &SectionedApply::progress);
        connect(section.session.get(), &ApplySession::finished, this, [this, &section] {
            section.state = Section::State::Finished;
            sectionEnded();
        });
        // The session checks again under the journal's lock: another program may apply now.
        const ApplySession::Check check = section.session->start(section.plan, allowed);
        if (!check.allowed()) {
            section.state = Section::State::Refused;
            section.message = check.message;
            section.check = check;
            continue;
        }
        section.state = Section::State::Applying;
    }
    QMetaObject::invokeMethod(this, &SectionedApply::sectionEnded, Qt::QueuedConnection);
}

void SectionedApply::sectionEnded()
{
    if (m_finishedSent)
        return;
    for (const auto &section : m_sections) {
        if (section->state == Section::State::Applying)
            return;
    }
    m_finishedSent = true;
    Q_EMIT finished();
}

bool SectionedApply::anySent() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(),
                       [](const auto &section) { return section->sentSomething(); });
}

bool SectionedApply::allApplied() const
{
    return std::all_of(m_sections.cbegin(), m_sections.cend(),
                       [](const auto &section) { return section->allApplied(); });
}

QJsonObject SectionedApply::toJson() const
{
    static const QHash<Section::State, QString> stateNames {
        {Section::State::Opening, u"opening"_qs},
        {Section::State::Ready, u"ready"_qs},
        {Section::State::Refused, u"refused"_qs},
        {Section::State::Unavailable, u"unavailable"_qs},
        {Section::State::Applying, u"applying"_qs},
        {Section::State::Finished, u"finished"_qs},
    };
    ApplyEngine::Summary total;
    int refused = 0;
    int unavailable = 0;
    QJsonArray connections;
    for (const auto &section : m_sections) {
        QJsonObject entry {{QStringLiteral("name"), section->plan.connectionName},
                           {QStringLiteral("state"), stateNames.value(section->state)}};
        refused += section->state == Section::State::Refused;
        unavailable += section->state == Section::State::Unavailable;
        if (!section->message.isEmpty())
            entry.insert(QStringLiteral("message"), section->message);
        if (section->sentSomething()) {
            const ApplyEngine *engine = section->session->engine();
            const ApplyEngine::Summary s = engine->summary();
            total += s;
            QJsonArray changes;
            for (const ChangeResult &result : engine->results())
                changes.append(result.toJson());
            entry.insert(QStringLiteral("run"), section->session->runId());
            entry.insert(QStringLiteral("summary"), s.toJson());
            entry.insert(QStringLiteral("changes"), changes);
        }
        connections.append(entry);
    }
    QJsonObject summary = total.toJson();
    summary.insert(QStringLiteral("connections"), int(m_sections.size()));
    summary.insert(QStringLiteral("refused"), refused);
    summary.insert(QStringLiteral("unavailable"), unavailable);
    return {{QStringLiteral("summary"), summary}, {QStringLiteral("connections"), connections}};
}

} // namespace ScimDesk
