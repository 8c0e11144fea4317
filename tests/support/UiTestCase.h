#pragma once

namespace ScimDesk::Test {

class TestServer;

// The start every ui test's initTestCase shares: paths in test mode, the Secret Service (the
// test runs through ctest, in a keyring session) and the SCIM test service, reset to the Lucid
// profile with `users` users and `groups` groups. False when the test case cannot go on: the
// skip or failure is already recorded, and initTestCase returns.
bool startUiTestCase(TestServer *server, int users, int groups);

} // namespace ScimDesk::Test
