#include "LicenceBar.h"

#include <QAccessibleWidget>
#include <QMouseEvent>
#include <QPainter>

namespace ScimDesk {

using LicenceFilter = UserFilterProxy::LicenceFilter;

namespace {

// The bar as assistive technology sees it: a progress bar (name: the licence, description: the
// counts in words, both set by the page) whose value is the holders out of the active users.
class AccessibleLicenceBar final : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleLicenceBar(LicenceBar *bar)
        : QAccessibleWidget(bar, QAccessible::ProgressBar)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text type) const override
    {
        // The value in words, as the counts under the bar say it.
        if (type == QAccessible::Value)
            return widget()->accessibleDescription();
        return QAccessibleWidget::text(type);
    }

    QVariant currentValue() const override { return bar()->holders(); }
    void setCurrentValue(const QVariant &) override { } // read-only
    QVariant maximumValue() const override { return bar()->active(); }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    LicenceBar *bar() const { return static_cast<LicenceBar *>(widget()); }
};

QAccessibleInterface *accessibleLicenceBar(const QString &, QObject *object)
{
    auto *bar = qobject_cast<LicenceBar *>(object);
    return bar ? new AccessibleLicenceBar(bar) : nullptr;
}

} // namespace

LicenceBar::LicenceBar(const QColor &colour, QWidget *parent)
    : QWidget(parent)
    , m_colour(colour)
{
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    static const bool installed = [] {
        QAccessible::installFactory(accessibleLicenceBar);
        return true;
    }();
    Q_UNUSED(installed)
}

void LicenceBar::setCounts(qint64 holders, qint64 active)
{
    if (holders == m_holders && active == m_active)
        return;
    m_holders = holders;
    m_active = active;
    update();
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, holders);
        QAccessible::updateAccessibility(&event);
    }
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
