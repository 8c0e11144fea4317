#pragma once

class QRandomGenerator;

namespace ScimDesk {

// The one backoff rule for requests sent again: ScimClient's retries of reads and the apply
// engine's retries of changes both wait this long.
namespace Backoff {

inline constexpr int DefaultBaseDelayMs = 500;
// No single wait grows past this (a longer Retry-After is still honoured).
inline constexpr int DefaultCapMs = 30'000;
// A Retry-After longer than this is not waited for: the request ends with an error that says
// when the service will take requests again (reads and changes alike).
inline constexpr int MaxRetryAfterSeconds = 120;

// How long to wait after failed attempt number `attempt` (1 for the first): exponential from
// `baseDelayMs`, capped at `capMs`, with "equal jitter" (half fixed, half random, so that many
// clients, or our own concurrent requests, do not retry in lockstep); never less than the
// service's Retry-After when it sent one (`retryAfterSeconds` >= 0). `random` is for tests.
int delayMs(int attempt, int baseDelayMs, int capMs, int retryAfterSeconds = -1,
            QRandomGenerator *random = nullptr);

} // namespace Backoff
} // namespace ScimDesk
