#pragma once

#include "changes/ApplySession.h"
#include "directory/LicenceGroupProposal.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ScimDesk {

// Shows an apply session that has started (a plan the admin confirmed, or an interrupted apply
// being finished): a progress bar, counts, the time left and the requests in flight; "Stop"
// sends nothing new and lets what is in flight finish. At the end, every change that did not
// apply is listed with the reason, and licence changes the service ignored lead to an offer to
// give licences by group.
class ApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyDialog)

public:
    // `session` has started or resumed; the dialog keeps it.
    explicit ApplyDialog(std::unique_ptr<ApplySession> session, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    bool isFinished() const { return m_finished; }
    const ApplyEngine &engine() const { return *m_session->engine(); }
    QTreeWidget *resultList() const { return m_results; }
    QString summaryText() const;

    // After the apply: `ignored` licence changes were accepted by the service but not made, on a
    // connection that gives licences by attribute. Says so above the results, with the groups
    // `proposal` found, and offers the connection's licence settings; the dialog can still be
    // closed as usual.
    void offerLicencesByGroup(int ignored, const LicenceGroupProposal &proposal);
    QFrame *licenceOffer() const { return m_licenceOffer; }

Q_SIGNALS:
    // The admin took the offer: open the connection's licence settings with `proposal` filled
    // in. The dialog closes; nothing is switched until the settings are saved.
    void licenceSettingsRequested(const ScimDesk::LicenceGroupProposal &proposal);

protected:
    void reject() override;

private:
    void setUpResults();
    void setUpButtons();
    void onProgress(int done, int total);
    void onFinished();

    std::unique_ptr<ApplySession> m_session;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_stop;
    QFrame *m_licenceOffer = nullptr;
    LicenceGroupProposal m_proposal;
    bool m_finished = false;
};

} // namespace ScimDesk
