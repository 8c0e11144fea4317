"use strict";
// Self-test for lib/lucid-rest.js (Lucid's OAuth server and transferUserContent): node --test test/
const {test, before, after} = require("node:test");
const assert = require("node:assert/strict");
const {spawn} = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CLIENT = {id: "scimdesk-test-client", secret: "scimdesk+test/secret="};
const REDIRECT = "http://127.0.0.1:45999/";
let child, base;

before(async () => {
    const portFile = path.join(os.tmpdir(), `lucid-rest-selftest-${process.pid}.port`);
    child = spawn(process.execPath, [path.join(__dirname, "..", "server.js"), "--port", "0", "--port-file", portFile,
        "--token", "t", "--profile", "lucid", "--users", "0", "--groups", "0"], {stdio: ["ignore", "pipe", "pipe"]});
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    while (!out.includes("listening")) {
        if (child.exitCode !== null) throw new Error("server did not start");
        await new Promise((r) => setTimeout(r, 20));
    }
    base = `http://127.0.0.1:${fs.readFileSync(portFile, "utf8").trim()}`;
    const user = (name, active = true) => ({schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: `${name}@example.com`,
        active, emails: [{value: `${name}@example.com`, type: "work", primary: true}], name: {givenName: name, familyName: "Test"}});
    await admin("POST", "/reset", {profile: "lucid", users: 0, groups: 0, seed: {users: [user("ada"), user("grace")], groups: []}});
});

after(() => new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
}));

async function admin(method, p, body) {
    const res = await fetch(`${base}/_admin${p}`, {method, headers: {"Content-Type": "application/json"},
        body: body === undefined ? undefined : JSON.stringify(body)});
    return res.json();
}

function pkce() {
    const verifier = crypto.randomBytes(32).toString("base64url");
    return {verifier, challenge: crypto.createHash("sha256").update(verifier).digest("base64url")};
}

async function authorize(params) {
    const url = new URL(`${base}/oauth2/authorizeAccount`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return fetch(url, {redirect: "manual"});
}

async function token(form) {
    const res = await fetch(`${base}/oauth2/token`, {method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded"},
        body: new URLSearchParams(form).toString()});
    return {status: res.status, json: await res.json()};
}

async function signIn({scope = "account.user.transfercontent", verifierOverride} = {}) {
    const {verifier, challenge} = pkce();
    const res = await authorize({client_id: CLIENT.id, redirect_uri: REDIRECT, response_type: "code", scope, state: "s1",
        code_challenge: challenge, code_challenge_method: "S256"});
    assert.equal(res.status, 302);
    const back = new URL(res.headers.get("location"));
    assert.equal(back.searchParams.get("state"), "s1");
    return token({grant_type: "authorization_code", code: back.searchParams.get("code"), redirect_uri: REDIRECT,
        client_id: CLIENT.id, client_secret: CLIENT.secret, code_verifier: verifierOverride ?? verifier});
}

async function transfer(accessToken, body, headers = {"Lucid-Api-Version": "1"}) {
    const res = await fetch(`${base}/transferUserContent`, {method: "POST",
        headers: {Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json", ...headers}, body: JSON.stringify(body)});
    return res.status;
}

test("authorizeAccount refuses an unknown client and a redirect that is not loopback", async () => {
    const {challenge} = pkce();
    const common = {response_type: "code", code_challenge: challenge, code_challenge_method: "S256"};
    assert.equal((await authorize({...common, client_id: "nobody", redirect_uri: REDIRECT})).status, 400);
    assert.equal((await authorize({...common, client_id: CLIENT.id, redirect_uri: "https://evil.example/"})).status, 400);
});

test("authorizeAccount without PKCE S256 redirects back with an error", async () => {
    const res = await authorize({client_id: CLIENT.id, redirect_uri: REDIRECT, response_type: "code", code_challenge: "x", code_challenge_method: "plain"});
    assert.equal(res.status, 302);
    assert.equal(new URL(res.headers.get("location")).searchParams.get("error"), "invalid_request");
});

test("the token endpoint checks the code verifier", async () => {
    const wrong = await signIn({verifierOverride: pkce().verifier});
    assert.equal(wrong.status, 400);
    assert.match(wrong.json.error_description, /PKCE/);
    const right = await signIn();
    assert.equal(right.status, 200);
    assert.ok(right.json.access_token && right.json.refresh_token);
});

test("a refresh token rotates: the old one is refused after use", async () => {
    const first = (await signIn()).json;
    const form = {grant_type: "refresh_token", refresh_token: first.refresh_token, client_id: CLIENT.id, client_secret: CLIENT.secret};
    const renewed = await token(form);
    assert.equal(renewed.status, 200);
    assert.notEqual(renewed.json.refresh_token, first.refresh_token);
    assert.equal((await token(form)).status, 400);
});

test("transferUserContent checks the token, the version header, the scope and the users, and records a transfer", async () => {
    await admin("DELETE", "/lucidRest");
    const good = (await signIn()).json.access_token;
    const narrow = (await signIn({scope: "account.user"})).json.access_token;
    const body = {fromUser: "ada@example.com", toUser: "grace@example.com"};
    assert.equal(await transfer("made-up", body), 401);
    assert.equal(await transfer(good, body, {}), 400);
    assert.equal(await transfer(narrow, body), 403);
    assert.equal(await transfer(good, {fromUser: "ada@example.com", toUser: "nobody@example.com"}), 404);
    assert.equal(await transfer(good, body), 200);
    const state = await admin("GET", "/lucidRest");
    assert.equal(state.transfers.length, 1);
    assert.equal(state.transfers[0].fromUser, "ada@example.com");
    assert.equal(state.transfers[0].fromActive, true);
});

test("an expired access token is refused with 401", async () => {
    await admin("POST", "/lucidRest", {accessTokenTtlSeconds: 0});
    const expired = (await signIn()).json.access_token;
    assert.equal(await transfer(expired, {fromUser: "ada@example.com", toUser: "grace@example.com"}), 401);
    await admin("DELETE", "/lucidRest");
});

test("more than 30 transfers in the window are refused with 429", async () => {
    await admin("DELETE", "/lucidRest");
    // Lucid's 30 per 5 s, with a window long enough that how fast this test runs does not matter
    await admin("POST", "/lucidRest", {rateLimit: {requests: 30, windowMs: 600000}});
    const access = (await signIn()).json.access_token;
    const body = {fromUser: "ada@example.com", toUser: "grace@example.com"};
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push(await transfer(access, body));
    assert.deepEqual(statuses.slice(0, 30), Array(30).fill(200));
    assert.equal(statuses[30], 429);
    assert.equal((await admin("GET", "/lucidRest")).counts.tooMany, 1);
});
