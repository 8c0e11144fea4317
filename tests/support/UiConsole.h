#pragma once

// The console most ui tests drive: a window on the test service's only connection, every user
// loaded. Header-only: only the ui tests (which link scimdesk_ui) include it.

#include "ChangesController.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "UiTestCase.h"
#include "connections/ConnectionStore.h"
#include "directory/Directory.h"
#include "secrets/KeychainTokenStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace ScimDesk::Test {

struct UiConsole
{
    KeychainTokenStore tokens {QStringLiteral("io.github.scimdesk.ScimDesk.uitests")};
    std::unique_ptr<ConnectionStore> store;
    std::unique_ptr<MainWindow> window;

    // For initTestCase: the test service reset with `users` and `groups`, `name` its only
    // connection, opened in a window of `size` (when given) until every user is loaded. False
    // when the test case cannot go on: the skip or failure is already recorded.
    bool open(TestServer *server, int users, int groups, const QString &name, QSize size = {})
    {
        if (!startUiTestCase(server, users, groups))
            return false;
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        store = std::make_unique<ConnectionStore>();
        const ConnectionProfile profile = saveOnlyConnection(*store, tokens, *server, name);
        if (profile.id.isEmpty())
            return false;
        window = std::make_unique<MainWindow>(store.get(), &tokens);
        if (size.isValid())
            window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())
            || !window->openInitialConnection(profile.name)) {
            QTest::qFail("The console did not open its connection.", __FILE__, __LINE__);
            return false;
        }
        const auto loaded = [this] {
            return window->directory()->state() == Directory::State::Complete;
        };
        if (!QTest::qWaitFor(loaded, 30'000)) {
            QTest::qFail("The console did not load every user within 30 s.", __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    // The import dialog the console opens for the file at `path` (null: none opened).
    ImportDialog *openImport(const QString &path) const
    {
        ImportDialog *dialog = nullptr;
        const QMetaObject::Connection started
            = QObject::connect(window->changes(), &ChangesController::importStarted, window.get(),
                               [&dialog](ImportDialog *opened) { dialog = opened; });
        window->changes()->importCsv(path);
        QObject::disconnect(started);
        return dialog;
    }
};

} // namespace ScimDesk::Test
