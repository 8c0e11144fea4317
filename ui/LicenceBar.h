#pragma once

#include "directory/UserFilterProxy.h"

#include <QColor>
#include <QWidget>

namespace ScimDesk {

// One licence's bar on the Licences page: the coloured part is the active users holding it,
// the grey rest those without it. Clicking a part asks for those users; the part under the
// mouse is highlighted. Mouse only: the page's buttons beside it are the keyboard's way.
// Screen readers get it as a progress bar whose value is the holders out of the active users.
class LicenceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceBar)

public:
    explicit LicenceBar(const QColor &colour, QWidget *parent = nullptr);

    void setCounts(qint64 holders, qint64 active);
    qint64 holders() const { return m_holders; }
    qint64 active() const { return m_active; }
    // Which users a click at `pos` asks for (None: outside the bar).
    UserFilterProxy::LicenceFilter partAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clicked(ScimDesk::UserFilterProxy::LicenceFilter part);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect track() const;
    int filledWidth() const;
    void setHovered(UserFilterProxy::LicenceFilter part);

    QColor m_colour;
    qint64 m_holders = 0;
    qint64 m_active = 0;
    UserFilterProxy::LicenceFilter m_hovered = UserFilterProxy::LicenceFilter::None;
    UserFilterProxy::LicenceFilter m_pressed = UserFilterProxy::LicenceFilter::None;
};

} // namespace ScimDesk
