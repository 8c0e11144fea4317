"use strict";
/*
 * Vendor rate limits for the test service's vendor profiles (--profile slack|zoom|github-emu|miro|databricks):
 * the ceilings the vendors publish, enforced as the vendor would, answering 429 with Retry-After.
 * A rule allows `count` requests in any `windowSeconds` (a sliding window, the strictest reading of "per
 * minute"); `burst` adds a token bucket of that size refilled at count per window; `perEndpoint` counts each
 * method and endpoint (/Users, /Groups) apart. `maxConcurrent` caps the requests being served at once.
 * --time-scale F multiplies every window (0.01: an hour lasts 36 s), so tests hit the ceilings in seconds.
 * The same figures are in ScimDesk's presets (app/scim/Preset.cpp); keep the two in step.
 */

const WRITES = ["POST", "PUT", "PATCH", "DELETE"];

const VENDOR_LIMITS = {
    slack: {
        rules: [
            {name: "writes per endpoint", methods: WRITES, paths: ["/Users", "/Groups"], perEndpoint: true, count: 180, windowSeconds: 60, burst: 20},
            {name: "writes", methods: WRITES, count: 600, windowSeconds: 60, burst: 180},
            {name: "reads", methods: ["GET"], count: 1000, windowSeconds: 60},
            {name: "reads of one user", methods: ["GET"], paths: ["/Users/*"], count: 300, windowSeconds: 60},
        ],
    },
    zoom: {rules: [{name: "requests", count: 1, windowSeconds: 1}]},
    "github-emu": {
        rules: [
            {name: "users created", methods: ["POST"], paths: ["/Users"], count: 1000, windowSeconds: 3600},
            {name: "groups created", methods: ["POST"], paths: ["/Groups"], count: 1000, windowSeconds: 3600},
        ],
    },
    miro: {
        scimType: "tooManyRequests",
        rules: [
            {name: "updates", methods: ["PUT", "PATCH"], count: 100, windowSeconds: 30},
            {name: "deletions", methods: ["DELETE"], count: 20, windowSeconds: 30},
            {name: "reads of users", methods: ["GET"], paths: ["/Users"], count: 200, windowSeconds: 30},
            {name: "users created", methods: ["POST"], paths: ["/Users"], count: 200, windowSeconds: 30},
            {name: "reads of groups", methods: ["GET"], paths: ["/Groups"], count: 5, windowSeconds: 30},
        ],
    },
    databricks: {rules: [], maxConcurrent: 4},
};

// "/Users" of "/Users/abc".
function endpointOf(path) {
    const slash = path.indexOf("/", 1);
    return slash < 0 ? path : path.slice(0, slash);
}

function pathMatches(pattern, path) {
    const oneOnly = pattern.endsWith("/*");
    const endpoint = oneOnly ? pattern.slice(0, -2) : pattern;
    if (endpointOf(path).toLowerCase() !== endpoint.toLowerCase()) return false;
    return !oneOnly || path.length > endpoint.length + 1;
}

function ruleMatches(rule, method, path) {
    if (rule.methods && !rule.methods.includes(method)) return false;
    return !rule.paths || rule.paths.some((p) => pathMatches(p, path));
}

class RateLimits {
    // `now` returns milliseconds (tests pass a fake clock).
    constructor(profile, {timeScale = 1, now = () => performance.now()} = {}) {
        const limits = VENDOR_LIMITS[profile] || {rules: []};
        this.profile = profile;
        this.timeScale = timeScale;
        this.now = now;
        this.scimType = limits.scimType || null;
        this.maxConcurrent = limits.maxConcurrent || 0;
        this.rules = limits.rules.map((r) => ({...r, windowMs: r.windowSeconds * 1000 * timeScale}));
        this.reset();
    }

    get active() {
        return this.rules.length > 0 || this.maxConcurrent > 0;
    }

    reset() {
        this.windows = new Map();   // key -> arrival times in the window, oldest first
        this.buckets = new Map();   // key -> {tokens, at}
        this.counters = this.rules.map(() => ({requests: 0, rejected: 0}));
        this.concurrency = {current: 0, peak: 0, rejected: 0};
    }

    keyOf(i, rule, method, path) {
        return rule.perEndpoint ? `${i} ${method} ${endpointOf(path).toLowerCase()}` : String(i);
    }

    // Milliseconds until `key` of `rule` has room at `t`; 0 when it has room now.
    waitFor(rule, key, t) {
        const arrivals = this.windows.get(key) || [];
        while (arrivals.length && arrivals[0] <= t - rule.windowMs) arrivals.shift();
        this.windows.set(key, arrivals);
        let wait = arrivals.length < rule.count ? 0 : arrivals[arrivals.length - rule.count] + rule.windowMs - t;
        if (rule.burst) {
            const rate = rule.count / rule.windowMs;
            const b = this.buckets.get(key) || {tokens: rule.burst, at: t};
            b.tokens = Math.min(rule.burst, b.tokens + (t - b.at) * rate);
            b.at = t;
            this.buckets.set(key, b);
            if (b.tokens < 1 - 1e-9) wait = Math.max(wait, (1 - b.tokens) / rate);
        }
        return wait;
    }

    // {ok: true, done()} when `method path` may be served now (call done() as its answer is sent), else
    // {ok: false, retryAfterSeconds, rule} with the counters updated.
    admit(method, path) {
        const t = this.now();
        if (this.maxConcurrent && this.concurrency.current >= this.maxConcurrent) {
            this.concurrency.rejected++;
            return {ok: false, retryAfterSeconds: 1, rule: `at most ${this.maxConcurrent} requests at once`};
        }
        const matched = [];
        let wait = 0, blocking = null;
        this.rules.forEach((rule, i) => {
            if (!ruleMatches(rule, method, path)) return;
            const key = this.keyOf(i, rule, method, path);
            matched.push({i, key});
            const w = this.waitFor(rule, key, t);
            if (w > wait) [wait, blocking] = [w, i];
        });
        if (blocking !== null) {
            this.counters[blocking].rejected++;
            return {ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)), rule: this.rules[blocking].name};
        }
        for (const {i, key} of matched) {
            this.counters[i].requests++;
            this.windows.get(key).push(t);
            if (this.rules[i].burst) this.buckets.get(key).tokens -= 1;
        }
        this.concurrency.current++;
        this.concurrency.peak = Math.max(this.concurrency.peak, this.concurrency.current);
        let open = true;
        return {ok: true, done: () => {
            if (open) this.concurrency.current--;
            open = false;
        }};
    }

    describe() {
        const rejected = this.counters.reduce((n, c) => n + c.rejected, 0) + this.concurrency.rejected;
        return {
            profile: this.profile, timeScale: this.timeScale, rejected,
            maxConcurrent: this.maxConcurrent, concurrency: {...this.concurrency},
            rules: this.rules.map((r, i) => ({name: r.name, methods: r.methods || null, paths: r.paths || null,
                perEndpoint: !!r.perEndpoint, count: r.count, windowSeconds: r.windowSeconds, burst: r.burst || null,
                ...this.counters[i]})),
        };
    }
}

// Express middleware enforcing `limits` (a RateLimits, or a function returning the current one).
function rateLimitMiddleware(current, sendError) {
    return (req, res, next) => {
        const limits = current();
        if (!limits || !limits.active) return next();
        const verdict = limits.admit(req.method, req.path);
        if (!verdict.ok) {
            res.set("Retry-After", String(verdict.retryAfterSeconds));
            return sendError(res, 429, limits.scimType, `Rate limit exceeded (${verdict.rule}); retry after ${verdict.retryAfterSeconds} s`);
        }
        // Freed as the answer is handed over, before the client can see it and send the next request.
        const end = res.end;
        res.end = function (...args) {
            verdict.done();
            return end.apply(this, args);
        };
        res.on("close", verdict.done);
        next();
    };
}

module.exports = {VENDOR_LIMITS, RateLimits, rateLimitMiddleware};
