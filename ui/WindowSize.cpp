#include "WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ScimDesk {

QSize sizeOnScreen(const QWidget *window, QSize wanted)
{
    // A dialog opens over its parent, so on the parent's screen.
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = anchor->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    // What a title bar and borders usually take.
    const QSize room = screen->availableSize() - QSize(16, 48);
    return wanted.boundedTo(room.expandedTo(QSize(1, 1)));
}

void resizeOnScreen(QWidget *window, QSize wanted)
{
    window->resize(sizeOnScreen(window, wanted));
}

} // namespace ScimDesk
