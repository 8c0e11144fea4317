#pragma once

#include <QCoreApplication>
#include <QString>

namespace ScimDesk {

struct ConnectionProfile;

// What the sign-in and the client of Lucid's REST API share.
class LucidRest
{
    Q_DECLARE_TR_FUNCTIONS(LucidRest)

public:
    static constexpr int TransferTimeoutMs = 60'000;
    // Lucid's published limit for transferUserContent: 30 requests per 5 s per account.
    static constexpr int TransfersPerWindow = 30;
    static constexpr int TransferWindowMs = 5'000;

    // Why `profile` cannot sign in to or use Lucid's REST API (no client id, an endpoint that is
    // not https or loopback); empty when it can.
    static QString settingsProblem(const ConnectionProfile &profile);
    // The service's own words from an error body ({"message"}, {"error_description"},
    // {"error"}), cleaned for a terminal; the status line's words when there are none.
    static QString errorText(const QByteArray &body);
};

} // namespace ScimDesk
