#pragma once

#include "changes/ApplyEngine.h"
#include "connections/ConnectionProfile.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ScimDesk {

class AuditLog;
class ScimClient;

// Applies a plan the admin has confirmed, and shows it happening: a progress bar, counts, the
// time left and the requests in flight; "Stop" sends nothing new and lets what is in flight
// finish. At the end, every change that did not apply is listed with the reason, and the
// results are handed back (resultsReady) for the tables and the queue.
class ApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyDialog)

public:
    // `interrupted`: finish an apply the journal says was cut short instead of starting anew.
    ApplyDialog(ScimClient *client, const ServiceCapabilities &capabilities, const Plan &plan,
                const ConnectionProfile &profile,
                const std::optional<ApplyJournal::Interrupted> &interrupted,
                QWidget *parent = nullptr);
    ~ApplyDialog() override;

    void start();
    bool isFinished() const { return m_finished; }
    const ApplyEngine &engine() const { return *m_engine; }
    QTreeWidget *resultList() const { return m_results; }
    QString summaryText() const;

Q_SIGNALS:
    void resultsReady(const ScimDesk::Plan &plan, const QList<ScimDesk::ChangeResult> &results);

protected:
    void reject() override;

private:
    void onProgress(int done, int total);
    void onFinished();

    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ApplyEngine> m_engine;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_stop;
    bool m_finished = false;
};

} // namespace ScimDesk
