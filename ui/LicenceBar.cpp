#include "LicenceBar.h"

#include <QMouseEvent>
#include <QPainter>

namespace ScimDesk {

using LicenceFilter = UserFilterProxy::LicenceFilter;

LicenceBar::LicenceBar(const QColor &colour, QWidget *parent)
    : QWidget(parent)
    , m_colour(colour)
{
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LicenceBar::setCounts(qint64 holders, qint64 active)
{
    if (holders == m_holders && active == m_active)
        return;
    m_holders = holders;
    m_active = active;
    update();
}

QSize LicenceBar::sizeHint() const
{
    return {320, fontMetrics().height() + 10};
}

QSize LicenceBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 10};
}

QRect LicenceBar::track() const
{
    return rect().adjusted(0, 3, 0, -3);
}

int LicenceBar::filledWidth() const
{
    if (m_active <= 0)
        return 0;
    const double share = double(qMin(m_holders, m_active)) / double(m_active);
    // A licence a few users hold still shows a sliver, so its part can be clicked.
    const int width = int(double(track().width()) * share);
    return m_holders > 0 ? qMax(width, 4) : 0;
}

LicenceFilter LicenceBar::partAt(const QPoint &pos) const
{
    if (!track().contains(pos) || m_active <= 0)
        return LicenceFilter::None;
    return pos.x() < track().left() + filledWidth() ? LicenceFilter::ActiveHolders
                                                    : LicenceFilter::ActiveWithout;
}

void LicenceBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect bar = track();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(
        m_hovered == LicenceFilter::ActiveWithout ? QPalette::Mid : QPalette::Midlight));
    painter.drawRoundedRect(bar, 3, 3);
    const int filled = filledWidth();
    if (filled > 0) {
        painter.setBrush(m_hovered == LicenceFilter::ActiveHolders ? m_colour.darker(125)
                                                                   : m_colour);
        painter.drawRoundedRect(QRect(bar.left(), bar.top(), filled, bar.height()), 3, 3);
    }
}

void LicenceBar::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? partAt(event->position().toPoint())
                                                  : LicenceFilter::None;
}

void LicenceBar::mouseReleaseEvent(QMouseEvent *event)
{
    const LicenceFilter part = partAt(event->position().toPoint());
    // Like a button: the press and the release must be on the same part.
    if (event->button() == Qt::LeftButton && part != LicenceFilter::None && part == m_pressed)
        Q_EMIT clicked(part);
    m_pressed = LicenceFilter::None;
}

void LicenceBar::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(partAt(event->position().toPoint()));
}

void LicenceBar::leaveEvent(QEvent *)
{
    setHovered(LicenceFilter::None);
}

void LicenceBar::setHovered(LicenceFilter part)
{
    if (part == m_hovered)
        return;
    m_hovered = part;
    update();
}

} // namespace ScimDesk
