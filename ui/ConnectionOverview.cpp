#include "ConnectionOverview.h"

#include "Accessibility.h"
#include "scim/Preset.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ScimDesk {

ConnectionOverview::ConnectionOverview(ConnectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_url(new QLabel(this))
    , m_state(new QLabel(this))
    , m_details(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Connection name"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setAccessibleName(tr("Service URL"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Connection state"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAccessibleName(tr("Service capabilities"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_url);
    layout->addSpacing(12);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_session, &ConnectionSession::stateChanged, this, &ConnectionOverview::refresh);
    refresh();
}

void ConnectionOverview::refresh()
{
    const ConnectionProfile &profile = m_session->profile();
    if (profile.id.isEmpty()) {
        m_title->setText(tr("No connection"));
        m_url->clear();
    } else {
        m_title->setText(profile.name);
        m_url->setText(tr("%1 — %2").arg(profile.baseUrl.toDisplayString(),
                                         Preset::byId(profile.presetId).displayName));
    }

    QString colour;
    switch (m_session->state()) {
    case ConnectionSession::State::Connected:
        colour = QStringLiteral("#1b7f3b");
        break;
    case ConnectionSession::State::Failed:
        colour = Accessibility::alertCss(palette());
        break;
    default:
        colour = QStringLiteral("palette(text)");
        break;
    }
    m_state->setText(QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                         .arg(colour, m_session->statusText().toHtmlEscaped()));

    const ConnectionReport &report = m_session->report();
    if (m_session->state() == ConnectionSession::State::Connected) {
        QStringList lines;
        lines << tr("Users listed by the service: %L1").arg(report.userCount);
        lines << tr("Capabilities: %1").arg(report.capabilities.summary());
        if (!report.capabilities.licenceNames.isEmpty())
            lines << tr("Licences: %1").arg(report.capabilities.licenceNames.join(u", "));
        if (!report.capabilities.userSchemaExtensions.isEmpty())
            lines << tr("User extensions: %1")
                         .arg(report.capabilities.userSchemaExtensions.join(u", "));
        const QString presetNote = Preset::byId(m_session->profile().presetId).note;
        if (!presetNote.isEmpty())
            lines << tr("About this service: %1").arg(presetNote);
        for (const QString &note : report.capabilities.notes)
            lines << tr("Note: %1").arg(note);
        lines << tr("Discovery took %L1 ms.").arg(report.elapsedMs);
        m_details->setText(lines.join(u'\n'));
    } else {
        m_details->clear();
    }
}

} // namespace ScimDesk
