#include "FakeUserService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ScimDesk::Test {

QJsonObject fakeUser(int n)
{
    return {{QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("id"), QStringLiteral("u%1").arg(n)},
            {QStringLiteral("userName"), QStringLiteral("user%1@example.com").arg(n)},
            {QStringLiteral("active"), true}};
}

FakeUserService::FakeUserService(int count)
{
    for (int n = 1; n <= count; ++n)
        users.insert(QStringLiteral("u%1").arg(n), fakeUser(n));
}

FakeAnswer FakeUserService::answer(const FakeRequest &request)
{
    FakeAnswer answer;
    if (request.method != "GET" && busyWrites > 0) {
        --busyWrites;
        answer.status = 429;
        answer.body = R"({"status":"429","detail":"slow down"})";
        answer.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        return answer;
    }
    const QString id = request.url.path().section(u'/', -1);
    if (!users.contains(id)) {
        answer.status = 404;
        answer.body = R"({"status":"404"})";
        return answer;
    }
    QJsonObject &user = users[id];
    if (request.method == "PATCH") {
        const QJsonArray operations
            = QJsonDocument::fromJson(request.body).object().value(u"Operations").toArray();
        for (const QJsonValue &value : operations) {
            const QJsonObject operation = value.toObject();
            if (operation.contains(u"path")) {
                user.insert(operation.value(u"path").toString(), operation.value(u"value"));
                continue;
            }
            const QJsonObject values = operation.value(u"value").toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                user.insert(it.key(), it.value());
        }
    }
    answer.body = QJsonDocument(user).toJson();
    return answer;
}

} // namespace ScimDesk::Test
