#pragma once

#include "changes/PlanFile.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace ScimDesk {

class ConnectionStore;
class PersonSearch;
class SectionedApply;
class TokenStore;

// Person-centred work across every saved connection: find someone by email or userName (or a
// leavers file) on all services at once, see where they have accounts, then offboard them in
// one reviewed plan with a section per connection, applied to each service in parallel.
class OffboardDialog final : public QDialog
{
    Q_OBJECT

public:
    OffboardDialog(ConnectionStore *connections, TokenStore *tokens, QWidget *parent = nullptr);
    ~OffboardDialog() override;

    // Starts a search for `people` (what the search field or a leavers file gives).
    void search(const QStringList &people);
    // Reviews `file` (an offboarding plan opened from disk), ready to apply.
    void showPlan(const PlanFile &file);
    // The plan the review shows (empty before Offboard…).
    const PlanFile &plan() const { return m_plan; }
    QTreeWidget *accountsView() const { return m_accounts; }
    QTreeWidget *reviewView() const { return m_review; }

    // Closing waits while an apply runs: every section must end (and be recorded) first.
    void reject() override;

Q_SIGNALS:
    // The search has answered from every connection.
    void searched();
    // Every section has ended (applied, refused or unavailable).
    void applied();

private:
    QWidget *createSearchPage();
    QWidget *createReviewPage();
    void searchFromField();
    void chooseLeaversFile();
    void showAccounts();
    // Offboard… once a search has answered: for active accounts found, or for deleting (which
    // takes deactivated accounts too), whichever the action now says.
    void enableOffboard();
    void offboard();
    // What the documents choice asks for: OffboardPlanner::Options::documentsTo.
    QString documentsTo() const;
    void showReview();
    void savePlan();
    void applyPlan();
    // Asks the admin to confirm the sections the guards allow; false when they decline.
    bool confirmApply();
    void showOutcome();
    bool isApplying() const;

    ConnectionStore *m_connections;
    TokenStore *m_tokens;
    std::unique_ptr<PersonSearch> m_search;
    std::unique_ptr<SectionedApply> m_apply;
    QString m_source; // what the plan says it offboards
    PlanFile m_plan;
    int m_activeFound = -1; // by the last search that answered; -1 while none has

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_query = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_accounts = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_documents = nullptr;
    QLineEdit *m_recipient = nullptr;
    QPushButton *m_offboard = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QTreeWidget *m_review = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace ScimDesk
