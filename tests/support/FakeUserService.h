#pragma once

#include "FakeNetwork.h"

#include <QJsonObject>
#include <QMap>

namespace ScimDesk::Test {

// User n of a fake directory: id "uN", userName "userN@example.com", active.
QJsonObject fakeUser(int n);

// A SCIM service for apply tests on the fake network: it keeps users, answers GETs of one user,
// applies PATCH operations (with or without a path) and can answer writes 429.
struct FakeUserService
{
    QMap<QString, QJsonObject> users;
    int busyWrites = 0; // the next writes are answered 429 with Retry-After: retryAfter
    int retryAfter = 1;

    // Users u1..uN.
    explicit FakeUserService(int count = 0);
    FakeAnswer answer(const FakeRequest &request);
};

} // namespace ScimDesk::Test
