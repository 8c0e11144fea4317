"use strict";
// The vendor profiles' rate limits (lib/rate-limits.js): the rules on a fake clock, then a served profile.
const {test} = require("node:test");
const assert = require("node:assert/strict");
const {spawn} = require("node:child_process");
const readline = require("node:readline");
const path = require("node:path");
const {RateLimits} = require("../lib/rate-limits");

function fakeClock() {
    const clock = {t: 0};
    clock.now = () => clock.t;
    return clock;
}

function admitMany(limits, n, method, p) {
    return Array.from({length: n}, () => limits.admit(method, p)).filter((v) => v.ok).length;
}

test("slack: a burst of 20 per endpoint, then 180 a minute; the organisation's 600 writes shared", () => {
    const clock = fakeClock();
    const slack = new RateLimits("slack", {now: clock.now});
    assert.equal(admitMany(slack, 25, "POST", "/Users"), 20, "20 at once");
    const refused = slack.admit("POST", "/Users");
    assert.equal(refused.ok, false);
    assert.equal(refused.retryAfterSeconds, 1, "one more token in a third of a second");
    assert.equal(refused.rule, "writes per endpoint");
    assert.equal(admitMany(slack, 5, "PATCH", "/Users/u1"), 5, "another endpoint has its own burst");
    clock.t = 1000;
    assert.equal(admitMany(slack, 10, "POST", "/Users"), 3, "refilled at 3 a second");
    const counters = slack.describe().rules;
    assert.equal(counters[0].requests, 28);
    assert.equal(counters[0].rejected, 13, "5 + 1 + 7 refused");
    assert.equal(counters[1].requests, 28, "every write counts for the organisation");
});

test("a sliding window: no more than count in any window, whatever the timing", () => {
    const clock = fakeClock();
    const github = new RateLimits("github-emu", {now: clock.now, timeScale: 0.001});   // an hour lasts 3.6 s
    assert.equal(admitMany(github, 999, "POST", "/Users"), 999);
    clock.t = 3000;
    assert.equal(admitMany(github, 5, "POST", "/Users"), 1, "the 1,000th");
    clock.t = 3599;
    const refused = github.admit("POST", "/Users");
    assert.equal(refused.ok, false);
    assert.equal(refused.rule, "users created");
    assert.equal(github.admit("PATCH", "/Users/u1").ok, true, "updates are not limited");
    clock.t = 3601;
    assert.equal(admitMany(github, 1000, "POST", "/Users"), 999, "the first 999 left the window");
});

test("miro: per 30 s, reads of groups 5; databricks: 4 at once", () => {
    const clock = fakeClock();
    const miro = new RateLimits("miro", {now: clock.now});
    assert.equal(admitMany(miro, 6, "GET", "/Groups/g1"), 5);
    assert.equal(miro.admit("GET", "/Users/u1").ok, true);
    assert.equal(miro.describe().rejected, 1);
    const databricks = new RateLimits("databricks", {now: clock.now});
    const held = Array.from({length: 4}, () => databricks.admit("GET", "/Users"));
    assert.ok(held.every((v) => v.ok));
    assert.equal(databricks.admit("GET", "/Users").ok, false);
    held[0].done();
    held[0].done();   // twice: still one place freed
    assert.equal(databricks.admit("GET", "/Users").ok, true);
    assert.equal(databricks.admit("GET", "/Users").ok, false);
    assert.equal(databricks.describe().concurrency.peak, 4);
});

test("served: a vendor profile answers 429 with Retry-After like the vendor, and counts it", async () => {
    const child = spawn(process.execPath, [path.join(__dirname, "..", "server.js"), "--port", "0", "--token", "t",
        "--users", "3", "--groups", "1", "--profile", "miro"], {stdio: ["ignore", "pipe", "inherit"]});
    try {
        const line = await new Promise((resolve) => readline.createInterface({input: child.stdout}).once("line", resolve));
        const base = /listening on (http:\/\/[^/]+)/.exec(line)[1];
        const get = () => fetch(`${base}/scim/v2/Groups`, {headers: {Authorization: "Bearer t"}});
        const statuses = [];
        for (let i = 0; i < 6; i++) statuses.push((await get()).status);
        assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
        const refused = await get();
        assert.ok(Number(refused.headers.get("Retry-After")) >= 29);
        assert.equal((await refused.json()).scimType, "tooManyRequests");
        const limits = await (await fetch(`${base}/_admin/limits`)).json();
        const groups = limits.rules.find((r) => r.name === "reads of groups");
        assert.deepEqual([groups.requests, groups.rejected, limits.rejected], [5, 2, 2]);
        await fetch(`${base}/_admin/limits`, {method: "DELETE"});
        assert.equal((await get()).status, 200, "counters and windows start again");
        const reset = await fetch(`${base}/_admin/reset`, {method: "POST", body: JSON.stringify({profile: "generic"})});
        assert.equal(reset.status, 200);
        assert.equal((await (await fetch(`${base}/_admin/limits`)).json()).rules.length, 0, "generic: no limits");
    } finally {
        child.kill("SIGTERM");
    }
});
