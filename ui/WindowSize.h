#pragma once

#include <QSize>

class QWidget;

namespace ScimDesk {

// `wanted`, or less where the screen the window opens on has less room (a small laptop screen,
// a large font scale): what a window or dialog opens at before it has a size of its own
// remembered, so that none opens with its buttons or status bar off the screen. Room is left
// for the window's frame.
QSize sizeOnScreen(const QWidget *window, QSize wanted);
// window->resize(sizeOnScreen(window, wanted)).
void resizeOnScreen(QWidget *window, QSize wanted);

} // namespace ScimDesk
