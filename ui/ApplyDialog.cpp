#include "ApplyDialog.h"

#include "WindowSize.h"
#include "scim/Preset.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ScimDesk {

namespace {

QString outcomeLabel(ChangeResult::Outcome outcome)
{
    switch (outcome) {
    case ChangeResult::Outcome::Applied:
        return ApplyDialog::tr("Applied");
    case ChangeResult::Outcome::NotApplied:
        return ApplyDialog::tr("Not applied by the service");
    case ChangeResult::Outcome::Failed:
        return ApplyDialog::tr("Failed");
    case ChangeResult::Outcome::Conflict:
        return ApplyDialog::tr("Conflict — review again");
    case ChangeResult::Outcome::Skipped:
        return ApplyDialog::tr("Skipped");
    case ChangeResult::Outcome::Pending:
    case ChangeResult::Outcome::InFlight:
        break;
    }
    return ApplyDialog::tr("Not sent");
}

} // namespace

ApplyDialog::ApplyDialog(std::unique_ptr<ApplySession> session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    const ConnectionProfile &profile = m_session->profile();
    const Plan &plan = m_session->engine()->plan();
    setObjectName(QStringLiteral("applyDialog"));
    setWindowTitle(tr("Applying changes — %1").arg(profile.name));
    // As tall as what it shows: the results list, when there is one, makes it grow.
    setMinimumWidth(640);
    resizeOnScreen(this, QSize(760, 10));

    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setText(
        m_session->isResumed()
            ? tr("Finishing the interrupted apply to \"%1\" (%2). Changes that "
                 "were in flight are read back first; nothing is sent twice.")
                  .arg(profile.name, profile.baseUrl.toDisplayString())
            : tr("Applying %Ln change(s) to \"%1\" (%2).", nullptr, plan.includedCount())
                  .arg(profile.name, profile.baseUrl.toDisplayString()));
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setAccessibleName(tr("Changes done"));
    m_progress->setRange(0, qMax(1, int(plan.changes.size())));
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    setUpResults();
    setUpButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    connect(m_session.get(), &ApplySession::progress, this, &ApplyDialog::onProgress);
    connect(m_session.get(), &ApplySession::finished, this, &ApplyDialog::onFinished);
}

ApplyDialog::~ApplyDialog() = default;

void ApplyDialog::setUpResults()
{
    m_results->setObjectName(QStringLiteral("applyResults"));
    m_results->setAccessibleName(tr("Changes not applied"));
    m_results->setHeaderLabels({tr("Result"), tr("Change"), tr("Target"), tr("Why")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->header()->resizeSection(0, 170);
    m_results->header()->resizeSection(1, 130);
    m_results->header()->resizeSection(2, 200);
    m_results->setVisible(false);
}

void ApplyDialog::setUpButtons()
{
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Send nothing new; requests already sent finish and are recorded"));
    m_buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping: waiting for the requests already sent…"));
        m_session->cancel();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplyDialog::reject);
}

void ApplyDialog::onProgress(int done, int total)
{
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(done);
    const int eta = m_session->engine()->etaSeconds();
    const ApplyEngine::Summary counts = m_session->engine()->summary();
    QString text = tr("%L1 of %L2 done").arg(done).arg(total);
    if (eta >= 0)
        text += tr(" — about %1 left")
                    .arg(eta >= 120 ? tr("%1 min").arg((eta + 30) / 60) : tr("%1 s").arg(eta));
    text += tr(" — %Ln request(s) at a time", nullptr, m_session->engine()->currentConcurrency());
    if (const int wait = m_session->engine()->waitingSeconds(); wait > 0)
        text += tr(" — waiting %1 s, as the service asked").arg(wait);
    else if (m_session->engine()->pacedByLimits())
        text += tr(" — paced to the service's published limits");
    if (counts.failed + counts.notApplied > 0)
        text += tr(" — %1 failed or not applied so far").arg(counts.failed + counts.notApplied);
    if (m_stop->isEnabled())
        m_status->setText(text);
}

QString ApplyDialog::summaryText() const
{
    const ApplyEngine::Summary summary = m_session->engine()->summary();
    return tr("Applied %1, failed %2, not applied by the service %3, skipped %4.")
        .arg(summary.applied)
        .arg(summary.failed)
        .arg(summary.notApplied)
        .arg(summary.skipped);
}

void ApplyDialog::onFinished()
{
    m_finished = true;
    const QList<ChangeResult> results = m_session->engine()->results();
    const Plan &plan = m_session->engine()->plan();
    m_progress->setValue(m_progress->maximum());
    for (int i = 0; i < results.size() && i < plan.changes.size(); ++i) {
        const ChangeResult &result = results.at(i);
        const Change &change = plan.changes.at(i);
        if (result.outcome == ChangeResult::Outcome::Applied || !change.included)
            continue;
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, outcomeLabel(result.outcome));
        item->setText(1, change.label());
        item->setText(2, change.targetName);
        item->setText(3, result.message);
        item->setToolTip(3, result.message);
    }
    m_results->setVisible(m_results->topLevelItemCount() > 0);
    if (m_results->isVisible())
        resizeOnScreen(this, QSize(width(), qMax(height(), 480)));
    QString text = summaryText();
    if (m_results->topLevelItemCount() > 0)
        text += u' '
            + tr("The changes listed below stay in the queue: fix what they say, then review "
                 "and apply again.");
    if (const QString lost = m_session->engine()->recordError(); !lost.isEmpty())
        text = lost + u' ' + text; // first: the apply did not succeed, whatever the counts say
    else
        text += u' ' + tr("Every change is in the audit log (Changes > Audit log).");
    m_status->setText(text);
    m_stop->setEnabled(false);
    m_stop->setVisible(false);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
}

void ApplyDialog::offerLicencesByGroup(int ignored, const LicenceGroupProposal &proposal)
{
    if (m_licenceOffer || ignored <= 0)
        return;
    m_proposal = proposal;
    const ConnectionProfile &profile = m_session->profile();
    // "Lucid (Lucidchart, Lucidspark, Lucidscale)" -> "Lucid"
    const QString service
        = Preset::byId(profile.presetId).displayName.section(QStringLiteral(" ("), 0, 0);
    const QString question = ignored == 1
        ? tr("%1 ignored 1 licence change: this account gives licences by group. "
             "Switch “%2” to licences by group?")
              .arg(service, profile.name)
        : tr("%1 ignored %Ln licence change(s): this account gives licences by "
             "group. Switch “%2” to licences by group?",
             nullptr, ignored)
              .arg(service, profile.name);
    const QString details
        = (proposal.isEmpty() ? tr("%1 No group can be proposed from the directory: choose each "
                                   "licence's group in the settings.")
                                    .arg(proposal.text())
                              : proposal.text())
        + u'\n'
        + tr("Nothing changes until you save the settings. Then grant or revoke those licences "
             "again: they are sent as memberships of the licences' groups.");

    m_licenceOffer = new QFrame(this);
    m_licenceOffer->setObjectName(QStringLiteral("licenceOffer"));
    m_licenceOffer->setFrameShape(QFrame::StyledPanel);
    const auto label = [this](const QString &name, const QString &text) {
        auto *shown = new QLabel(text, m_licenceOffer);
        shown->setObjectName(name);
        shown->setTextFormat(Qt::PlainText); // group names come from the service
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return shown;
    };
    QLabel *asked = label(QStringLiteral("licenceOfferQuestion"), question);
    QFont bold = asked->font();
    bold.setBold(true);
    asked->setFont(bold);
    QLabel *told = label(QStringLiteral("licenceOfferText"), details);
    auto *open = new QPushButton(tr("Switch to licences &by group…"), m_licenceOffer);
    open->setObjectName(QStringLiteral("licenceOfferButton"));
    open->setToolTip(tr("Open the connection's licence settings with these groups filled in"));
    connect(open, &QPushButton::clicked, this, [this] {
        const LicenceGroupProposal offered = m_proposal;
        close(); // the apply is over; its settings dialog takes over
        Q_EMIT licenceSettingsRequested(offered);
    });
    auto *layout = new QGridLayout(m_licenceOffer);
    layout->addWidget(asked, 0, 0);
    layout->addWidget(open, 0, 1, Qt::AlignTop);
    layout->addWidget(told, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    // Above the list of what did not apply, which the offer explains.
    auto *dialogLayout = static_cast<QVBoxLayout *>(this->layout());
    dialogLayout->insertWidget(dialogLayout->indexOf(m_results), m_licenceOffer);
    m_licenceOffer->show(); // now, not when the layout gets round to it
}

void ApplyDialog::reject()
{
    // Closing mid-apply would leave requests without a record of their answers: stop first.
    if (!m_finished) {
        if (m_stop->isEnabled())
            m_stop->click();
        return;
    }
    QDialog::reject();
}

} // namespace ScimDesk
