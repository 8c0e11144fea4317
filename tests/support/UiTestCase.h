#pragma once

#include "connections/ConnectionProfile.h"

namespace ScimDesk {
class ConnectionStore;
class TokenStore;
} // namespace ScimDesk

namespace ScimDesk::Test {

class TestServer;

// The start every ui test's initTestCase shares: paths in test mode, the Secret Service (the
// test runs through ctest, in a keyring session) and the SCIM test service, reset to the Lucid
// profile with `users` users and `groups` groups. False when the test case cannot go on: the
// skip or failure is already recorded, and initTestCase returns.
bool startUiTestCase(TestServer *server, int users, int groups);

// The one connection a ui test works with: every saved connection removed, then a Lucid one
// named `name` on the test service, with its token in the keychain. Its id is empty when the
// token could not be written (the failure is recorded).
ConnectionProfile saveOnlyConnection(ConnectionStore &store, TokenStore &tokens,
                                     const TestServer &server, const QString &name);

} // namespace ScimDesk::Test
