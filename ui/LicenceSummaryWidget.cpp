#include "LicenceSummaryWidget.h"

#include "directory/UserTableModel.h"

#include <QPainter>

namespace ScimDesk {

namespace {
constexpr int RowHeight = 34;
constexpr int Margin = 24;
} // namespace

LicenceSummaryWidget::LicenceSummaryWidget(UserTableModel *users, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
{
    setAccessibleName(tr("Licence summary"));
    setObjectName(QStringLiteral("licenceSummary"));
    connect(m_users, &UserTableModel::licenceCountsChanged, this, &LicenceSummaryWidget::refresh);
    connect(m_users, &QAbstractItemModel::modelReset, this, &LicenceSummaryWidget::refresh);
    refresh();
}

QStringList LicenceSummaryWidget::lines() const
{
    QStringList result;
    const QStringList names = m_users->store().licences().names;
    const QList<qint64> counts = m_users->activeLicenceCounts();
    for (int i = 0; i < names.size() && i < counts.size(); ++i)
        result.append(tr("%1: %L2 of %L3 active users")
                          .arg(names.at(i))
                          .arg(counts.at(i))
                          .arg(m_users->activeCount()));
    return result;
}

void LicenceSummaryWidget::refresh()
{
    setAccessibleDescription(lines().join(u"; "));
    updateGeometry();
    update();
}

QSize LicenceSummaryWidget::sizeHint() const
{
    const int rows = qMax(1, int(m_users->store().licences().names.size()));
    return {520, 2 * Margin + 40 + rows * RowHeight};
}

QSize LicenceSummaryWidget::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void LicenceSummaryWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QStringList names = m_users->store().licences().names;
    const QList<qint64> counts = m_users->activeLicenceCounts();
    const qint64 active = m_users->activeCount();

    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    painter.setFont(title);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString heading = names.isEmpty()
        ? tr("This service does not describe licences.")
        : tr("Licences held by active users (%L1 active users loaded)").arg(active);
    painter.drawText(QRect(Margin, Margin, width() - 2 * Margin, 28),
                     Qt::AlignLeft | Qt::AlignVCenter, heading);
    painter.setFont(font());

    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const QString &name : names)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(name));
    const int numberWidth
        = metrics.horizontalAdvance(tr("%L1 (100%)").arg(qMax<qint64>(active, 99999)));
    const int barLeft = Margin + labelWidth + 16;
    const int barMax = qMax(40, width() - barLeft - numberWidth - Margin - 12);

    static const QColor colours[]
        = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
           QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
    int y = Margin + 44;
    for (int i = 0; i < names.size(); ++i, y += RowHeight) {
        const qint64 count = i < counts.size() ? counts.at(i) : 0;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(Margin, y, labelWidth, RowHeight - 10),
                         Qt::AlignRight | Qt::AlignVCenter, names.at(i));
        const QRect track(barLeft, y + 2, barMax, RowHeight - 14);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Midlight));
        painter.drawRoundedRect(track, 3, 3);
        const int length = active > 0 ? int(double(barMax) * double(count) / double(active)) : 0;
        painter.setBrush(colours[i % 6]);
        if (length > 0)
            painter.drawRoundedRect(QRect(barLeft, y + 2, length, RowHeight - 14), 3, 3);
        painter.setPen(pal.color(QPalette::WindowText));
        const int percent = active > 0 ? int(qRound(100.0 * double(count) / double(active))) : 0;
        painter.drawText(QRect(barLeft + barMax + 12, y, numberWidth, RowHeight - 10),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%L1 (%2%)").arg(count).arg(percent));
    }
}

} // namespace ScimDesk
