#include "LucidRest.h"

#include "connections/ConnectionProfile.h"
#include "scim/ScimClient.h"
#include "scim/ServerText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ScimDesk {

QString LucidRest::settingsProblem(const ConnectionProfile &profile)
{
    if (profile.lucidRest.clientId.isEmpty())
        return tr("\"%1\" has no OAuth client id for Lucid's REST API: register an OAuth app in "
                  "Lucid's developer portal and give its client id.")
            .arg(profile.name);
    const std::pair<QString, QUrl> urls[] = {
        {tr("authorisation"), profile.lucidRest.authorizeUrl},
        {tr("token"), profile.lucidRest.tokenUrl},
        {tr("API"), profile.lucidRest.apiUrl},
    };
    for (const auto &[what, url] : urls) {
        if (ScimClient::checkBaseUrl(url).isError() || !url.userInfo().isEmpty())
            return tr("The %1 address for Lucid's REST API is not valid: it must be an https "
                      "address (http only on this computer) without a user name or password.")
                .arg(what);
    }
    return {};
}

QString LucidRest::errorText(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    for (const char16_t *key : {u"message", u"error_description", u"error"}) {
        const QString text = json.value(QStringView(key)).toString();
        if (!text.isEmpty())
            return cleanServerText(text);
    }
    const QString raw = cleanServerText(QString::fromUtf8(body).trimmed());
    return raw.isEmpty() ? tr("no explanation given") : raw;
}

} // namespace ScimDesk
