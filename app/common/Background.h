#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace ScimDesk {

// Runs `work` on `pool` (the global thread pool unless given) and hands its result to `done` on
// the main thread, unless `context` (a main-thread object) has been destroyed by then. The worker
// never touches `context`: the guard is only read back on the main thread. A pool of one thread
// runs its work in the order it was given.
//
// For the heavy, pure parts of reading a directory — parsing a page of JSON, turning a page of
// groups with all their members into records — so the window keeps repainting meanwhile.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done, QThreadPool *pool = nullptr)
{
    Q_ASSERT(context && context->thread() == QCoreApplication::instance()->thread());
    QPointer<QObject> guard(context);
    QThreadPool *runner = pool ? pool : QThreadPool::globalInstance();
    runner->start(
        [guard = std::move(guard), work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard = std::move(guard), done = std::move(done),
                 result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

} // namespace ScimDesk
