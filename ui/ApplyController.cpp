#include "ApplyController.h"

#include "Accessibility.h"
#include "ApplyDialog.h"
#include "audit/AuditLog.h"
#include "changes/ApplyEstimate.h"
#include "connections/ConnectionSession.h"
#include "directory/LicenceGroupProposal.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ScimDesk {

ApplyController::ApplyController(QWidget *window, ConnectionSession *session, Directory *directory,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_directory(directory)
{ }

// What the changes of `plan` warn of, each warning once with how many changes carry it (up to
// three, then how many more): the confirmation says it, as applying needs no visit to the review.
QStringList ApplyController::warningLines(const Plan &plan)
{
    QList<std::pair<QString, int>> warnings;
    for (const Change &change : plan.changes) {
        if (!change.included || change.warning.isEmpty())
            continue;
        const auto same = std::find_if(warnings.begin(), warnings.end(), [&change](const auto &w) {
            return w.first == change.warning;
        });
        if (same == warnings.end())
            warnings.append({change.warning, 1});
        else
            ++same->second;
    }
    constexpr qsizetype Shown = 3;
    QStringList lines;
    for (qsizetype i = 0; i < qMin(Shown, warnings.size()); ++i) {
        lines << tr("Warning (%Ln change(s)): %1", nullptr, warnings.at(i).second)
                     .arg(warnings.at(i).first);
    }
    if (warnings.size() > Shown) {
        lines << tr("%Ln other warning(s), shown in the review.", nullptr,
                    int(warnings.size() - Shown));
    }
    return lines;
}

bool ApplyController::confirm(const Plan &plan, const ApplySession::Check &check)
{
    const int deprovisions = check.deprovisions;
    const ConnectionProfile &profile = m_session->profile();
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("confirmApply"));
    dialog.setWindowTitle(tr("Apply changes to %1?").arg(profile.name));
    auto *text = new QLabel(&dialog);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    QStringList lines;
    lines << tr("Apply to \"%1\" (%2):").arg(profile.name, profile.baseUrl.toDisplayString())
          << plan.countsText() + u'.';
    if (const QString losses = plan.licenceLossText(); !losses.isEmpty())
        lines << losses;
    if (const QString estimate
        = ApplyEstimate::textFor(plan, profile.presetId, profile.concurrency);
        !estimate.isEmpty())
        lines << estimate;
    lines << warningLines(plan);
    lines << tr("Each change is read back afterwards, reported if the service did not make it, "
                "and recorded in the audit log.");
    text->setText(lines.join(QStringLiteral("\n\n")));

    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *go = buttons->addButton(tr("Apply %Ln change(s)", nullptr, plan.includedCount()),
                                         QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // Enter alone does not apply
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    if (check.needsMassConfirmation()) {
        // Mass deprovisioning: the admin types what is about to happen.
        const QString phrase = tr("deprovision %1 users").arg(deprovisions);
        auto *warning = new QLabel(&dialog);
        warning->setTextFormat(Qt::PlainText);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                   .arg(Accessibility::alertCss(warning->palette())));
        warning->setText(tr("This deactivates or deletes %1 users — more than %2, this "
                            "connection's limit for one apply. Type \"%3\" to confirm.")
                             .arg(deprovisions)
                             .arg(check.threshold)
                             .arg(phrase));
        auto *typed = new QLineEdit(&dialog);
        typed->setObjectName(QStringLiteral("typedConfirmation"));
        typed->setAccessibleName(tr("Type the confirmation"));
        typed->setPlaceholderText(phrase);
        // Typing the phrase is the confirmation, so Enter after it applies; before it, Enter
        // meets a disabled default and does nothing (it neither applies nor throws away what
        // was typed).
        go->setEnabled(false);
        go->setDefault(true);
        connect(typed, &QLineEdit::textChanged, go, [go, phrase](const QString &value) {
            go->setEnabled(value.trimmed().compare(phrase, Qt::CaseInsensitive) == 0);
        });
        layout->addWidget(warning);
        layout->addWidget(typed);
    }
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    const int deletes = check.deletes;
    if (deletes == 0)
        return true;
    // Deleting is confirmed on its own, with Cancel the default.
    QMessageBox box(
        QMessageBox::Warning, tr("Delete users permanently?"),
        tr("The plan deletes %Ln user(s) on \"%1\".", nullptr, deletes).arg(profile.name),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("A deleted account cannot be restored from here. Deactivating keeps "
                              "it and can be undone."));
    QPushButton *remove
        = box.addButton(tr("Delete %Ln user(s)", nullptr, deletes), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

std::unique_ptr<ApplySession> ApplyController::newSession() const
{
    auto session = std::make_unique<ApplySession>(
        m_session->client(), m_session->profile(), m_session->report(),
        std::make_unique<AuditLog>(m_session->profile().id));
    session->setDirectory(m_directory);
    return session;
}

void ApplyController::apply(const Plan &plan)
{
    const ApplySession::Check check = newSession()->check(plan);
    if (!check.allowed()) {
        showRefusal(check);
        return;
    }
    if (!confirm(plan, check))
        return;
    // A new session: the connection may have changed while the admin was asked.
    const ApplySession::Check started
        = runApply(newSession(), [plan, confirmed = check.deprovisions](ApplySession &s) {
              return s.start(plan, confirmed);
          });
    showRefusal(started); // another program started applying since the check
}

void ApplyController::showRefusal(const ApplySession::Check &check)
{
    using Refusal = ApplySession::Refusal;
    switch (check.refusal) {
    case Refusal::None:
        return;
    case Refusal::Busy:
        QMessageBox::information(m_window, tr("Another apply is running"), check.message);
        return;
    case Refusal::JournalUnreadable:
        offerSetAside(check.message);
        return;
    case Refusal::Interrupted:
        QMessageBox::information(m_window, tr("An earlier apply was interrupted"), check.message);
        return;
    case Refusal::NothingToSend:
        QMessageBox::information(m_window, tr("Nothing to apply"), check.message);
        return;
    case Refusal::Changed:
        QMessageBox::information(m_window, tr("Nothing left to finish"), check.message);
        return;
    case Refusal::RecordUnavailable:
        QMessageBox::warning(m_window, tr("The apply cannot be recorded"), check.message);
        return;
    case Refusal::WrongService:
    case Refusal::OutsideService:
    case Refusal::Inconsistent:
    case Refusal::ProtectedAccount:
    case Refusal::NotConfirmed:
        break;
    }
    QMessageBox::critical(m_window, tr("Cannot apply this plan"), check.message);
}

void ApplyController::offerSetAside(const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("The interrupted apply cannot be finished"), why,
                    QMessageBox::Close, m_window);
    box.setInformativeText(
        tr("Setting its journal aside keeps it next to the journal under another name, and "
           "frees \"%1\" for the next apply. What that apply sent is not checked: look at the "
           "directory afterwards.")
            .arg(m_session->profile().name));
    QPushButton *setAside = box.addButton(tr("Set Journal Aside"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != setAside)
        return;
    QString aside;
    if (const QString error = ApplySession::setAside(m_session->profile(), &aside);
        !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot set the journal aside"), error);
        return;
    }
    QMessageBox::information(m_window, tr("Journal set aside"),
                             tr("The journal was set aside as %1. Refresh the directory to see "
                                "what the interrupted apply changed.")
                                 .arg(QDir::toNativeSeparators(aside)));
}

ApplySession::Check
ApplyController::runApply(std::unique_ptr<ApplySession> session,
                          const std::function<ApplySession::Check(ApplySession &)> &begin)
{
    if (const ApplySession::Check check = begin(*session); !check.allowed())
        return check;
    ApplySession *running = session.get();
    auto *dialog = new ApplyDialog(std::move(session), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(running, &ApplySession::finished, dialog,
            [this, dialog, running] { offerLicencesByGroup(dialog, *running); });
    connect(running, &ApplySession::finished, this, [this, running] {
        m_session->takeInLearnt(running->profile());
        Q_EMIT finished(running->engine()->plan(), running->engine()->results(),
                        running->isResumed());
    });
    dialog->open();
    Q_EMIT applyStarted(dialog);
    return {};
}

void ApplyController::offerLicencesByGroup(ApplyDialog *dialog, const ApplySession &session) const
{
    if (session.profile().licencesByGroup() || !m_directory)
        return;
    const Plan &plan = session.engine()->plan();
    const QList<ChangeResult> results = session.engine()->results();
    int ignored = 0;
    for (qsizetype i = 0; i < results.size() && i < plan.changes.size(); ++i) {
        if (results.at(i).outcome == ChangeResult::Outcome::NotApplied
            && plan.changes.at(i).setsLicenceAttribute())
            ++ignored;
    }
    if (ignored == 0)
        return;
    // The directory has taken in what the service answered: the holders are as it has them.
    dialog->offerLicencesByGroup(ignored,
                                 LicenceGroupProposal::fromDirectory(m_directory->users()->store(),
                                                                     m_directory->groups()->all()));
}

void ApplyController::finishInterrupted(bool asked)
{
    const ApplySession::Unfinished unfinished = ApplySession::unfinished(m_session->profile());
    if (unfinished.refusal == ApplySession::Refusal::Busy) {
        if (asked)
            QMessageBox::information(m_window, tr("Another apply is running"), unfinished.message);
        return;
    }
    if (unfinished.refusal == ApplySession::Refusal::JournalUnreadable) {
        offerSetAside(unfinished.message);
        return;
    }
    if (unfinished.refusal == ApplySession::Refusal::RecordUnavailable) {
        QMessageBox::warning(m_window, tr("Cannot read the apply journal"), unfinished.message);
        return;
    }
    if (!unfinished.interrupted) {
        if (asked)
            QMessageBox::information(
                m_window, tr("Nothing to finish"),
                tr("Every apply to \"%1\" finished.").arg(m_session->profile().name));
        return;
    }
    if (!confirmFinish(unfinished))
        return;
    const ApplySession::Check resumed
        = runApply(newSession(), [interrupted = *unfinished.interrupted](ApplySession &s) {
              return s.resume(interrupted);
          });
    if (resumed.cannotBeFinished())
        offerSetAside(resumed.message);
    else
        showRefusal(resumed);
}

bool ApplyController::confirmFinish(const ApplySession::Unfinished &unfinished)
{
    const ApplyJournal::Interrupted &interrupted = *unfinished.interrupted;
    QStringList details;
    for (const Change &change : interrupted.plan.changes) {
        const auto settled = interrupted.settled.constFind(change.id);
        QString state;
        if (interrupted.inFlight.contains(change.id))
            state = tr("in flight — will be read back before anything is sent again");
        else if (settled != interrupted.settled.cend())
            state = ChangeResult::outcomeKey(settled->outcome);
        else if (change.included)
            state = tr("not sent yet");
        else
            continue;
        details.append(QStringLiteral("%1 %2: %3").arg(change.label(), change.targetName, state));
    }
    QMessageBox box(QMessageBox::Question, tr("Finish the interrupted apply?"),
                    tr("An apply to \"%1\" was interrupted: %L2 of %Ln change(s) were done and %L3 "
                       "were in flight when it stopped.",
                       nullptr, interrupted.plan.includedCount())
                        .arg(m_session->profile().name)
                        .arg(unfinished.applied())
                        .arg(interrupted.inFlight.size()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("resumeQuestion"));
    box.setInformativeText(tr("Finishing reads the in-flight changes back from the service and "
                              "sends only what did not happen: nothing is applied twice."));
    box.setDetailedText(details.join(u'\n'));
    QPushButton *finish = box.addButton(tr("Finish now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(finish);
    box.exec();
    return box.clickedButton() == finish;
}

} // namespace ScimDesk
