#pragma once

// Driving modal windows from ui tests: a confirmation runs its own event loop, so the test
// arranges, before triggering it, what to do once it is up. Header-only: only the ui tests
// (which link Qt Widgets) include it.

#include <QApplication>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace ScimDesk::Test {

// Runs `act` on the next modal window that opens.
inline void onNextModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act = std::move(act)] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

// Clicks the button of `dialog` labelled `text`; fails the test when there is none.
inline void clickButton(QWidget *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == text) {
            button->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button \"%1\"").arg(text)));
}

// Saves a picture of `widget` as NAME.png in $SCIMDESK_SCREENSHOT_DIR, when that is set.
inline void maybeGrab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Selects these rows of `view` (whole rows), and nothing else.
inline void selectRows(QTableView *view, const QList<int> &rows)
{
    view->clearSelection();
    for (const int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace ScimDesk::Test
