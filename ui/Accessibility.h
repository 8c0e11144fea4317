#pragma once

#include <QColor>

class QIcon;
class QLineEdit;
class QPalette;
class QToolBar;
class QWidget;

namespace ScimDesk::Accessibility {

// What a screen reader, a colour-blind admin and a high-contrast theme need beyond the widgets'
// defaults, in one place, so that every page does it the same way.

// Red for what takes access away or went wrong, readable on the palette's background: the
// usual dark red on a light theme, a light red on a dark (high-contrast) one.
QColor alertColour(const QPalette &palette);
// The same as a CSS colour for labels' style sheets and rich text.
QString alertCss(const QPalette &palette);
// The icon that goes with that red, so that colour is never the only signal.
QIcon alertIcon(const QWidget *widget);

// Names a line edit's clear button ("Clear the search") once it has one: Qt leaves it nameless.
void nameClearButton(QLineEdit *edit, const QString &name);
// Names a tool bar's "more actions" button, shown when the window is too narrow for it.
void nameExtensionButton(QToolBar *toolBar, const QString &name);

} // namespace ScimDesk::Accessibility
