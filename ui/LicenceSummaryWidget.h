#pragma once

#include "directory/UserFilterProxy.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ScimDesk {

class ConnectionSession;
class Directory;
class LicenceBar;
struct LicenceStanding;

// The Licences page: per product, a bar of the active users holding it and those without it,
// with the numbers, the group that grants it when the connection gives licences by group, and
// a way (the bar's parts, or the buttons beside it for the keyboard) to list those users on
// the Users page. Updates while pages load.
class LicenceSummaryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceSummaryWidget)

public:
    LicenceSummaryWidget(Directory *directory, ConnectionSession *session,
                         QWidget *parent = nullptr);
    ~LicenceSummaryWidget() override;

    // One line a licence, as a screen reader gets it: "Lucidchart: 2,345 of 2,900 active users
    // hold it, 555 do not; granted by group “Lucidchart users” (2,345 members)".
    QStringList lines() const;

Q_SIGNALS:
    // Someone asked for the active users holding `licence`, or those without it.
    void usersRequested(const QString &licence, ScimDesk::UserFilterProxy::LicenceFilter filter);

private:
    struct Row
    {
        QString licence;
        QLabel *name;
        LicenceBar *bar;
        QPushButton *holders;
        QPushButton *without;
        QLabel *counts;
        QLabel *group;
    };
    void refresh();
    void rebuildRows(const QStringList &licences);
    void addRow(const QString &licence, int index);
    void updateRow(Row &row, const LicenceStanding &standing, qint64 active);
    QString heading() const;
    QString groupText(const LicenceStanding &standing) const;

    Directory *m_directory;
    ConnectionSession *m_session;
    QLabel *m_heading;
    QLabel *m_hint;
    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace ScimDesk
