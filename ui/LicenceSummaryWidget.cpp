#include "LicenceSummaryWidget.h"

#include "Accessibility.h"
#include "LicenceBar.h"
#include "connections/ConnectionSession.h"
#include "directory/Directory.h"
#include "directory/LicenceStanding.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ScimDesk {

using LicenceFilter = UserFilterProxy::LicenceFilter;

namespace {

const QColor Colours[]
    = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
       QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

int percent(qint64 part, qint64 whole)
{
    return whole > 0 ? int(qRound(100.0 * double(part) / double(whole))) : 0;
}

} // namespace

LicenceSummaryWidget::LicenceSummaryWidget(Directory *directory, ConnectionSession *session,
                                           QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("licenceSummary"));
    setAccessibleName(tr("Licence summary"));
    m_heading->setObjectName(QStringLiteral("licenceHeading"));
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_heading->setFont(title);
    m_heading->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("licenceHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Click the coloured part of a bar to list the licence's holders on the "
                       "Users page, or the grey part to list the active users without it. The "
                       "buttons beside each bar do the same from the keyboard."));
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    UserTableModel *users = m_directory->users();
    connect(users, &UserTableModel::licenceCountsChanged, this, &LicenceSummaryWidget::refresh);
    connect(users, &QAbstractItemModel::modelReset, this, &LicenceSummaryWidget::refresh);
    GroupTableModel *groups = m_directory->groups();
    connect(groups, &QAbstractItemModel::rowsInserted, this, &LicenceSummaryWidget::refresh);
    connect(groups, &QAbstractItemModel::dataChanged, this, &LicenceSummaryWidget::refresh);
    connect(groups, &QAbstractItemModel::modelReset, this, &LicenceSummaryWidget::refresh);
    connect(m_directory, &Directory::stateChanged, this, &LicenceSummaryWidget::refresh);
    connect(m_session, &ConnectionSession::stateChanged, this, &LicenceSummaryWidget::refresh);
    refresh();
}

LicenceSummaryWidget::~LicenceSummaryWidget() = default;

QStringList LicenceSummaryWidget::lines() const
{
    QStringList result;
    const qint64 active = m_directory->users()->activeCount();
    const auto standings = LicenceStanding::of(*m_directory->users(), *m_directory->groups(),
                                               m_directory->groupsComplete(), m_session->profile());
    for (const LicenceStanding &standing : standings) {
        // One arg() call: a name from the service could hold "%2".
        QString line = tr("%1: %2 of %3 active users hold it, %4 do not")
                           .arg(standing.licence, number(standing.holders), number(active),
                                number(standing.without));
        if (standing.grant != LicenceStanding::Grant::ByAttribute)
            line += QStringLiteral("; ") + groupText(standing);
        result.append(line);
    }
    return result;
}

QString LicenceSummaryWidget::heading() const
{
    if (m_session->state() != ConnectionSession::State::Connected)
        return tr("No connection is open.");
    if (m_directory->users()->store().licences().names.isEmpty())
        return tr("This service does not describe licences.");
    return tr("Licences held by active users (%L1 active users loaded)")
        .arg(m_directory->users()->activeCount());
}

QString LicenceSummaryWidget::groupText(const LicenceStanding &standing) const
{
    using Grant = LicenceStanding::Grant;
    switch (standing.grant) {
    case Grant::ByAttribute:
        return {};
    case Grant::NoGroupSet:
        return tr("No granting group is set for it in this connection.");
    case Grant::GroupFound:
        return tr("Granted by group “%1” (%2 members).")
            .arg(standing.group, number(standing.groupMembers));
    case Grant::GroupMissing:
        // Nobody can get the licence through a group the service does not have.
        return standing.nearMiss.isEmpty()
            ? tr("No group grants it (group “%1” not found on the service).").arg(standing.group)
            : tr("No group grants it (group “%1” not found on the service; “%2” is, but the "
                 "name must match exactly).")
                  .arg(standing.group, standing.nearMiss);
    case Grant::Unchecked:
        return m_directory->state() == Directory::State::Loading
            ? tr("Granted by group “%1”.").arg(standing.group)
            : tr("Granted by group “%1” (not all groups could be read, so whether it exists is "
                 "not known).")
                  .arg(standing.group);
    }
    return {};
}

void LicenceSummaryWidget::refresh()
{
    const QStringList licences = m_session->state() == ConnectionSession::State::Connected
        ? m_directory->users()->store().licences().names
        : QStringList();
    QStringList shown;
    for (const Row &row : std::as_const(m_rows))
        shown.append(row.licence);
    if (shown != licences)
        rebuildRows(licences);
    m_heading->setText(heading());
    m_hint->setVisible(!m_rows.isEmpty());

    const qint64 active = m_directory->users()->activeCount();
    const auto standings = LicenceStanding::of(*m_directory->users(), *m_directory->groups(),
                                               m_directory->groupsComplete(), m_session->profile());
    for (qsizetype i = 0; i < m_rows.size() && i < standings.size(); ++i)
        updateRow(m_rows[i], standings.at(i), active);
    setAccessibleDescription(lines().join(u"; "));
}

void LicenceSummaryWidget::rebuildRows(const QStringList &licences)
{
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget : std::initializer_list<QWidget *> {
                 row.name, row.bar, row.holders, row.without, row.counts, row.group})
            delete widget;
    }
    m_rows.clear();
    for (int gridRow = 0; gridRow < m_grid->rowCount(); ++gridRow)
        m_grid->setRowMinimumHeight(gridRow, 0);
    for (int i = 0; i < licences.size(); ++i)
        addRow(licences.at(i), i);
}

void LicenceSummaryWidget::addRow(const QString &licence, int index)
{
    Row row {licence,
             new QLabel(licence, this),
             new LicenceBar(Colours[index % std::size(Colours)], this),
             new QPushButton(tr("Show holders"), this),
             new QPushButton(tr("Show users without it"), this),
             new QLabel(this),
             new QLabel(this)};
    QFont bold = row.name->font();
    bold.setBold(true);
    row.name->setFont(bold);
    row.bar->setObjectName(QStringLiteral("bar:") + licence);
    row.bar->setAccessibleName(licence); // a progress bar whose value says the rest
    row.holders->setObjectName(QStringLiteral("holders:") + licence);
    row.holders->setAccessibleName(tr("Show the active users holding %1").arg(licence));
    row.without->setObjectName(QStringLiteral("without:") + licence);
    row.without->setAccessibleName(tr("Show the active users without %1").arg(licence));
    row.holders->setToolTip(tr("List the active users holding %1 on the Users page").arg(licence));
    row.without->setToolTip(tr("List the active users without %1 on the Users page").arg(licence));
    row.holders->setAutoDefault(true); // Enter clicks them, as Space does
    row.without->setAutoDefault(true);
    row.counts->setObjectName(QStringLiteral("counts:") + licence);
    row.group->setObjectName(QStringLiteral("group:") + licence);
    row.group->setWordWrap(true);
    row.group->setTextFormat(Qt::PlainText); // group names come from the service
    row.counts->setTextFormat(Qt::PlainText);

    connect(row.bar, &LicenceBar::clicked, this,
            [this, licence](LicenceFilter part) { Q_EMIT usersRequested(licence, part); });
    connect(row.holders, &QPushButton::clicked, this,
            [this, licence] { Q_EMIT usersRequested(licence, LicenceFilter::ActiveHolders); });
    connect(row.without, &QPushButton::clicked, this,
            [this, licence] { Q_EMIT usersRequested(licence, LicenceFilter::ActiveWithout); });

    const int top = index * 4;
    m_grid->addWidget(row.name, top, 0);
    m_grid->addWidget(row.bar, top, 1);
    m_grid->addWidget(row.holders, top, 2);
    m_grid->addWidget(row.without, top, 3);
    m_grid->addWidget(row.counts, top + 1, 1, 1, 3);
    m_grid->addWidget(row.group, top + 2, 1, 1, 3);
    m_grid->setRowMinimumHeight(top + 3, 14);
    m_rows.append(row);
}

void LicenceSummaryWidget::updateRow(Row &row, const LicenceStanding &standing, qint64 active)
{
    row.bar->setToolTip(
        tr("Click the coloured part to list the %1 holders of %2 on the Users "
           "page, the grey part to list the %3 active users without it.")
            .arg(number(standing.holders), standing.licence, number(standing.without)));
    // Before the counts, so that the change a screen reader is told of has its words.
    row.bar->setAccessibleDescription(tr("%L1 of %L2 active users hold it, %L3 do not")
                                          .arg(standing.holders)
                                          .arg(active)
                                          .arg(standing.without));
    row.bar->setCounts(standing.holders, active);
    row.counts->setText(tr("Holders: %L1 (%2%)  ·  Active users without it: %L3")
                            .arg(standing.holders)
                            .arg(percent(standing.holders, active))
                            .arg(standing.without));
    const QString group = groupText(standing);
    row.group->setText(group);
    row.group->setVisible(!group.isEmpty());
    QPalette pal = palette();
    if (standing.grant == LicenceStanding::Grant::GroupMissing)
        pal.setColor(QPalette::WindowText, Accessibility::alertColour(pal));
    row.group->setPalette(pal);
}

} // namespace ScimDesk
