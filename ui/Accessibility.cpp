#include "Accessibility.h"

#include <QAction>
#include <QIcon>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace ScimDesk::Accessibility {

QColor alertColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xaa, 0x22, 0x22);
}

QString alertCss(const QPalette &palette)
{
    return alertColour(palette).name();
}

QIcon alertIcon(const QWidget *widget)
{
    return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

void nameClearButton(QLineEdit *edit, const QString &name)
{
    edit->setClearButtonEnabled(true);
    // Qt's clear button is a tool button for this action; it takes its name from the text.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(name);
    for (QToolButton *button : edit->findChildren<QToolButton *>())
        button->setAccessibleName(name);
}

void nameExtensionButton(QToolBar *toolBar, const QString &name)
{
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(name);
}

} // namespace ScimDesk::Accessibility
