"use strict";
// Self-test for server.js: run with `node --test test/` from tests/scim-server.
const {test, before, after} = require("node:test");
const assert = require("node:assert/strict");
const {spawn} = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const TOKEN = "self-test-token";
const URN = {
    ent: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
    lucid: "urn:ietf:params:scim:schemas:extension:lucid:2.0:User",
    patch: "urn:ietf:params:scim:api:messages:2.0:PatchOp",
    error: "urn:ietf:params:scim:api:messages:2.0:Error",
    list: "urn:ietf:params:scim:api:messages:2.0:ListResponse",
    user: "urn:ietf:params:scim:schemas:core:2.0:User",
    group: "urn:ietf:params:scim:schemas:core:2.0:Group",
};

async function startServer(extra = []) {
    const portFile = path.join(os.tmpdir(), `scim-selftest-${process.pid}-${Math.random().toString(36).slice(2)}.port`);
    const child = spawn(process.execPath, [path.join(__dirname, "..", "server.js"), "--port", "0", "--port-file", portFile,
        "--token", TOKEN, "--users", "10", "--groups", "2", ...extra], {stdio: ["ignore", "pipe", "pipe"], env: {...process.env, SCIM_SERVER_TOKEN: ""}});
    let out = "", err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const t0 = Date.now();
    while (!fs.existsSync(portFile)) {
        if (child.exitCode !== null || Date.now() - t0 > 15000) throw new Error(`server did not start: ${err}`);
        await new Promise((r) => setTimeout(r, 20));
    }
    const port = Number(fs.readFileSync(portFile, "utf8").trim());
    while (!out.includes("listening")) await new Promise((r) => setTimeout(r, 10));
    return {
        child, port, portFile, stdout: () => out,
        stop: () => new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(child.exitCode);
            child.once("exit", (code) => resolve(code));
            child.kill("SIGTERM");
        }),
    };
}

let srv;
let base;

before(async () => {
    srv = await startServer();
    base = `http://127.0.0.1:${srv.port}`;
});

after(async () => {
    const code = await srv.stop();
    assert.equal(code, 0, "server exits cleanly on SIGTERM");
    assert.equal(fs.existsSync(srv.portFile), false, "port file removed on exit");
});

async function scim(method, p, {body, token = TOKEN, headers = {}} = {}) {
    const h = {...headers};
    if (token) h.Authorization = `Bearer ${token}`;
    if (body !== undefined) h["Content-Type"] = "application/scim+json";
    const res = await fetch(`${base}/scim/v2${p}`, {method, headers: h, body: body === undefined ? undefined : JSON.stringify(body)});
    const text = await res.text();
    let json = null;
    try {
        json = text ? JSON.parse(text) : null;
    } catch {
        // not JSON
    }
    return {status: res.status, headers: res.headers, json, text};
}

async function admin(method, p, body) {
    const res = await fetch(`${base}/_admin${p}`, {method, headers: {"Content-Type": "application/json"},
        body: body === undefined ? undefined : JSON.stringify(body)});
    return {status: res.status, json: await res.json()};
}

async function reset(body = {}) {
    const r = await admin("POST", "/reset", {seed: null, ...body});
    assert.equal(r.status, 200, JSON.stringify(r.json));
    return r.json;
}

async function state() {
    return (await admin("GET", "/state")).json;
}

const patchOps = (...ops) => ({schemas: [URN.patch], Operations: ops});
const q = (s) => encodeURIComponent(s);

function assertScimError(r, status, scimType) {
    assert.equal(r.status, status, r.text);
    assert.deepEqual(r.json.schemas, [URN.error]);
    assert.equal(r.json.status, String(status));
    if (scimType !== undefined) assert.equal(r.json.scimType, scimType);
}

test("startup line, auth and 401 body", async () => {
    assert.match(srv.stdout(), /^scim-server listening on http:\/\/127\.0\.0\.1:\d+\/scim\/v2 profile=generic users=10 groups=2\n/);
    await reset({users: 5, groups: 1});
    const none = await scim("GET", "/Users", {token: null});
    assertScimError(none, 401);
    assert.ok(none.json.detail);
    assertScimError(await scim("GET", "/Users", {token: "wrong"}), 401);
    assertScimError(await scim("GET", "/ServiceProviderConfig", {token: "wrong"}), 401);
    const ok = await scim("GET", "/Users");
    assert.equal(ok.status, 200);
    assert.match(ok.headers.get("content-type"), /application\/scim\+json/);
});

test("generic paging, caps and sort", async () => {
    const r = await reset({users: 1205, groups: 3});
    assert.deepEqual([r.users, r.groups], [1205, 3]);
    const ids = new Set();
    for (let s = 1; s <= 1205; s += 500) {
        const page = await scim("GET", `/Users?startIndex=${s}&count=500`);
        assert.equal(page.status, 200);
        assert.deepEqual(page.json.schemas, [URN.list]);
        assert.equal(page.json.totalResults, 1205);
        assert.equal(page.json.startIndex, s);
        assert.equal(page.json.itemsPerPage, Math.min(500, 1205 - s + 1));
        assert.equal(page.json.Resources.length, page.json.itemsPerPage);
        for (const u of page.json.Resources) ids.add(u.id);
    }
    assert.equal(ids.size, 1205);
    // start inside the first page: SCIMMY must not re-offset the page
    const mid = await scim("GET", "/Users?startIndex=2&count=3");
    assert.deepEqual(mid.json.Resources.map((u) => u.externalId), ["E000002", "E000003", "E000004"]);
    const mid2 = await scim("GET", "/Users?startIndex=3&count=5");
    assert.deepEqual(mid2.json.Resources.map((u) => u.externalId), ["E000003", "E000004", "E000005", "E000006", "E000007"]);
    const dflt = await scim("GET", "/Users");
    assert.equal(dflt.json.itemsPerPage, 20);
    const capped = await scim("GET", "/Users?count=5000");
    assert.equal(capped.json.itemsPerPage, 1000);
    assert.equal(capped.json.Resources.length, 1000);
    const past = await scim("GET", "/Users?startIndex=5000&count=10");
    assert.deepEqual([past.json.totalResults, past.json.Resources.length], [1205, 0]);
    const sorted = await scim("GET", "/Users?sortBy=userName&count=1000&startIndex=101");
    const names = sorted.json.Resources.map((u) => u.userName);
    assert.deepEqual(names, names.slice().sort((a, b) => a.localeCompare(b)));
    const desc = await scim("GET", "/Users?sortBy=userName&sortOrder=descending&count=2");
    assert.ok(desc.json.Resources[0].userName.localeCompare(desc.json.Resources[1].userName) >= 0);
    const spc = await scim("GET", "/ServiceProviderConfig");
    assert.equal(spc.json.filter.maxResults, 1000);
    assert.equal(spc.json.sort.supported, true);
    assert.equal(spc.json.etag.supported, true);
    assert.equal(spc.json.patch.supported, true);
    assert.equal((await scim("GET", "/ResourceTypes")).status, 200);
});

test("list fast path returns exactly what SCIMMY's coercion returns", async () => {
    await reset({users: 60, groups: 4});
    // make some writes so stored resources went through ingress too
    const u = (await scim("GET", "/Users?count=1&startIndex=7")).json.Resources[0];
    assert.equal((await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: "title", value: "Chief Tester"})})).status, 200);
    const created = await scim("POST", "/Users", {body: {schemas: [URN.user], userName: "new.person@example.com", name: {givenName: "New", familyName: "Person"}}});
    assert.equal(created.status, 201);
    const list = await scim("GET", "/Users?count=100");
    for (const r of list.json.Resources) {
        const single = await scim("GET", `/Users/${r.id}`);
        assert.deepEqual(r, single.json);
    }
    const groups = await scim("GET", "/Groups?count=100");
    for (const g of groups.json.Resources) assert.deepEqual(g, (await scim("GET", `/Groups/${g.id}`)).json);
    const check = (await admin("GET", "/selfcheck?sample=100")).json;
    assert.deepEqual(check.mismatches, []);
    // attributes / excludedAttributes go through SCIMMY coercion
    const ex = await scim("GET", "/Groups?excludedAttributes=members");
    assert.ok(ex.json.Resources.every((g) => g.members === undefined && g.displayName));
    const at = await scim("GET", "/Users?attributes=userName&count=3");
    assert.ok(at.json.Resources.every((x) => x.userName && x.id && x.name === undefined));
});

test("lucid: paging cap 100, inactive users hidden from lists and totals", async () => {
    await reset({profile: "lucid", users: 260, groups: 2, randomSeed: 3});
    const st = await state();
    const active = st.users.filter((x) => x.active !== false).map((x) => x.id);
    const inactive = st.users.filter((x) => x.active === false);
    assert.ok(inactive.length > 0, "seed has inactive users");
    assert.ok(st.users.every((x) => /^lucid-\d+$/.test(x.id)));
    assert.ok(st.groups.every((x) => /^lucid-group-\d+$/.test(x.id)));
    const seen = [];
    for (let s = 1; s <= active.length; s += 100) {
        const page = await scim("GET", `/Users?startIndex=${s}&count=500`);
        assert.equal(page.json.totalResults, active.length);
        assert.equal(page.json.itemsPerPage, Math.min(100, active.length - s + 1));
        seen.push(...page.json.Resources.map((x) => x.id));
    }
    assert.deepEqual(seen, active);
    const dflt = await scim("GET", "/Groups");
    assert.equal(dflt.json.itemsPerPage, 2);
    const spc = (await scim("GET", "/ServiceProviderConfig")).json;
    assert.deepEqual([spc.patch.supported, spc.bulk.supported, spc.filter.supported, spc.filter.maxResults, spc.sort.supported,
        spc.etag.supported, spc.changePassword.supported], [true, false, true, 100, false, true, false]);
    assertScimError(await scim("GET", "/ResourceTypes"), 404);
    assertScimError(await scim("POST", "/Bulk", {body: {}}), 404);
    // GET by id and eq filters still find an inactive user
    const gone = inactive[0];
    const byId = await scim("GET", `/Users/${gone.id}`);
    assert.equal(byId.status, 200);
    assert.equal(byId.json.active, false);
    assert.deepEqual(byId.json[URN.lucid].productLicenses, {Lucidchart: false, Lucidspark: false, LucidscaleExplorer: false, LucidscaleCreator: false});
    for (const f of [`userName eq "${gone.userName.toUpperCase()}"`, `externalId eq "${gone.externalId}"`, `emails.value eq "${gone.emails[0].value}"`, `emails eq "${gone.emails[0].value}"`]) {
        const r = await scim("GET", `/Users?filter=${q(f)}`);
        assert.equal(r.status, 200, f);
        assert.deepEqual(r.json.Resources.map((x) => x.id), [gone.id], f);
        assert.equal(r.json.totalResults, 1);
    }
    const lic = await scim("GET", `/Users?filter=${q("productLicenses.LucidscaleCreator eq true")}`);
    assert.equal(lic.status, 200);
    assert.ok(lic.json.Resources.every((x) => x[URN.lucid].productLicenses.LucidscaleCreator === true && x.active));
});

test("lucid: only a single eq filter is accepted", async () => {
    await reset({profile: "lucid", users: 20, groups: 3});
    for (const f of ['userName co "a"', 'userName sw "a"', "userName pr", 'meta.created gt "2020-01-01T00:00:00Z"',
        'userName eq "a" and active eq true', 'userName eq "a" or userName eq "b"', 'not (userName eq "a")',
        'emails[type eq "work"]', 'userName ne "a"']) {
        assertScimError(await scim("GET", `/Users?filter=${q(f)}`), 400, "invalidFilter");
    }
    assertScimError(await scim("GET", `/Groups?filter=${q('externalId eq "x"')}`), 400, "invalidFilter");
    const st = await state();
    const g = st.groups[0];
    const exact = await scim("GET", `/Groups?filter=${q(`displayName eq "${g.displayName}"`)}`);
    assert.deepEqual(exact.json.Resources.map((x) => x.id), [g.id]);
    const wrongCase = await scim("GET", `/Groups?filter=${q(`displayName eq "${g.displayName.toUpperCase()}"`)}`);
    assert.equal(wrongCase.json.totalResults, 0, "group displayName eq is case-sensitive");
    assert.equal((await scim("GET", `/Users?filter=${q('title eq "Account Owner"')}`)).json.totalResults, 1);
});

test("ETag / If-Match", async () => {
    await reset({users: 5, groups: 1});
    const u = (await scim("GET", "/Users?count=1&startIndex=2")).json.Resources[0];
    const got = await scim("GET", `/Users/${u.id}`);
    assert.equal(got.headers.get("etag"), 'W/"1"');
    assert.equal(got.json.meta.version, 'W/"1"');
    for (const k of ["resourceType", "created", "lastModified", "location", "version"]) assert.ok(got.json.meta[k], k);
    const stale = await scim("PATCH", `/Users/${u.id}`, {headers: {"If-Match": 'W/"7"'}, body: patchOps({op: "replace", path: "title", value: "X"})});
    assertScimError(stale, 412);
    assert.match(stale.json.detail, /changed/);
    const put = {...got.json, title: "Renamed"};
    delete put.meta;
    assertScimError(await scim("PUT", `/Users/${u.id}`, {headers: {"If-Match": 'W/"9"'}, body: put}), 412);
    assertScimError(await scim("DELETE", `/Users/${u.id}`, {headers: {"If-Match": 'W/"9"'}}), 412);
    const ok = await scim("PUT", `/Users/${u.id}`, {headers: {"If-Match": 'W/"1"'}, body: put});
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json.title, "Renamed");
    assert.equal(ok.json.meta.version, 'W/"2"');
    assert.equal(ok.headers.get("etag"), 'W/"2"');
    const p = await scim("PATCH", `/Users/${u.id}`, {headers: {"If-Match": 'W/"2"'}, body: patchOps({op: "replace", path: "title", value: "Again"})});
    assert.equal(p.status, 200);
    assert.equal(p.json.meta.version, 'W/"3"');
    // no If-Match is allowed
    const nop = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: "title", value: "Third"})});
    assert.equal(nop.json.meta.version, 'W/"4"');
    // a PATCH that changes nothing: SCIMMY answers 204 and the version stays
    const same = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: "title", value: "Third"})});
    assert.equal(same.status, 204);
    assert.equal((await scim("GET", `/Users/${u.id}`)).json.meta.version, 'W/"4"');
    const del = await scim("DELETE", `/Users/${u.id}`, {headers: {"If-Match": 'W/"4"'}});
    assert.equal(del.status, 204);
    assertScimError(await scim("GET", `/Users/${u.id}`), 404);
});

test("uniqueness 409 for userName (case-insensitive) and group displayName", async () => {
    await reset({users: 5, groups: 2});
    const st = await state();
    const dup = await scim("POST", "/Users", {body: {schemas: [URN.user], userName: st.users[1].userName.toUpperCase()}});
    assertScimError(dup, 409, "uniqueness");
    const created = await scim("POST", "/Users", {body: {schemas: [URN.user], userName: "fresh@example.com"}});
    assert.equal(created.status, 201);
    assert.equal(created.headers.get("location"), created.json.meta.location);
    assert.equal(created.headers.get("etag"), 'W/"1"');
    const rename = await scim("PATCH", `/Users/${created.json.id}`, {body: patchOps({op: "replace", path: "userName", value: st.users[2].userName})});
    assertScimError(rename, 409, "uniqueness");
    const g = await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: st.groups[0].displayName.toLowerCase()}});
    assertScimError(g, 409, "uniqueness");
    const g2 = await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: "Brand New", members: [{value: created.json.id}]}});
    assert.equal(g2.status, 201);
    assert.deepEqual(g2.json.members.map((m) => m.value), [created.json.id]);
    const u = await scim("GET", `/Users/${created.json.id}`);
    assert.deepEqual(u.json.groups.map((x) => x.display), ["Brand New"]);
});

test("lucid: owner cannot be deleted, non-empty group cannot be deleted", async () => {
    await reset({profile: "lucid", users: 10, groups: 2});
    const st = await state();
    const owner = st.users.find((x) => x.id === st.ownerId);
    assert.equal(owner.title, "Account Owner");
    const r = await scim("DELETE", `/Users/${owner.id}`);
    assertScimError(r, 409);
    assert.match(r.json.detail, /account owner cannot be deleted/);
    const full = st.groups.find((g) => g.members && g.members.length);
    assertScimError(await scim("DELETE", `/Groups/${full.id}`), 400);
    const empty = await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: "Empty"}});
    assert.match(empty.json.id, /^lucid-group-\d+$/);
    assert.equal((await scim("DELETE", `/Groups/${empty.json.id}`)).status, 204);
    const other = st.users.find((x) => x.id !== st.ownerId);
    assert.equal((await scim("DELETE", `/Users/${other.id}`)).status, 204);
});

test("lucid: licence rules (424, deactivation, org-groups)", async () => {
    await reset({profile: "lucid", users: 30, groups: 2});
    const st = await state();
    const u = st.users.find((x) => x.active && x.id !== st.ownerId);
    const L = `${URN.lucid}:productLicenses`;
    // add-on without a base licence
    const bad = await scim("PATCH", `/Users/${u.id}`, {body: patchOps(
        {op: "replace", path: `${L}.Lucidchart`, value: false}, {op: "replace", path: `${L}.Lucidspark`, value: false},
        {op: "replace", path: `${L}.LucidscaleCreator`, value: true})});
    assertScimError(bad, 424);
    assert.match(bad.json.detail, /base licence/);
    assert.deepEqual((await scim("GET", `/Users/${u.id}`)).json[URN.lucid], u[URN.lucid], "424 leaves the user unchanged");
    const good = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: `${L}.Lucidchart`, value: true}, {op: "replace", path: `${L}.LucidscaleCreator`, value: true})});
    assert.equal(good.status, 200, good.text);
    assert.equal(good.json[URN.lucid].productLicenses.LucidscaleCreator, true);
    // deactivation delicenses
    const off = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: "active", value: false})});
    assert.equal(off.status, 200);
    assert.deepEqual(off.json[URN.lucid].productLicenses, {Lucidchart: false, Lucidspark: false, LucidscaleExplorer: false, LucidscaleCreator: false});
    const on = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: "active", value: true}, {op: "replace", path: `${L}.Lucidspark`, value: true})});
    assert.equal(on.json[URN.lucid].productLicenses.Lucidspark, true);
    // organisational groups: licence changes silently ignored, other changes made
    assert.deepEqual((await admin("POST", "/orgGroups", {enabled: true})).json, {ok: true, orgGroups: true});
    const before = (await scim("GET", `/Users/${u.id}`)).json;
    const p = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: `${L}.Lucidspark`, value: false},
        {op: "replace", path: `${L}.Lucidchart`, value: false}, {op: "replace", path: "title", value: "Org-grouped"})});
    assert.equal(p.status, 200);
    assert.equal(p.json.title, "Org-grouped");
    assert.deepEqual(p.json[URN.lucid].productLicenses, before[URN.lucid].productLicenses);
    const put = {...p.json, displayName: "Put Name", [URN.lucid]: {productLicenses: {Lucidchart: false, Lucidspark: false, LucidscaleExplorer: true, LucidscaleCreator: false}}};
    delete put.meta;
    const pr = await scim("PUT", `/Users/${u.id}`, {body: put});
    assert.equal(pr.status, 200, pr.text);
    assert.equal(pr.json.displayName, "Put Name");
    assert.deepEqual(pr.json[URN.lucid].productLicenses, before[URN.lucid].productLicenses);
    // licence-only PATCH changes nothing at all: SCIMMY answers 204
    const only = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: `${L}.Lucidspark`, value: false})});
    assert.equal(only.status, 204);
    assert.deepEqual((await scim("GET", `/Users/${u.id}`)).json[URN.lucid].productLicenses, before[URN.lucid].productLicenses);
    await admin("POST", "/orgGroups", {enabled: false});
    const now = await scim("PATCH", `/Users/${u.id}`, {body: patchOps({op: "replace", path: `${L}.Lucidspark`, value: false})});
    assert.equal(now.json[URN.lucid].productLicenses.Lucidspark, false);
});

test("SCIMMY quirk stays visible: PATCH on a missing extension sub-attribute is noTarget", async () => {
    await reset({users: 2, groups: 0});
    const c = await scim("POST", "/Users", {body: {schemas: [URN.user], userName: "bare@example.com"}});
    const r = await scim("PATCH", `/Users/${c.json.id}`, {body: patchOps({op: "replace", path: `${URN.lucid}:productLicenses.Lucidchart`, value: true})});
    assertScimError(r, 400, "noTarget");
    const whole = await scim("PATCH", `/Users/${c.json.id}`, {body: patchOps({op: "add", path: `${URN.lucid}:productLicenses`, value: {Lucidchart: true}})});
    assert.equal(whole.status, 200, whole.text);
    assert.equal(whole.json[URN.lucid].productLicenses.Lucidchart, true);
});

test("schemas list the Lucid extension", async () => {
    await reset({users: 1, groups: 0});
    const r = await scim("GET", "/Schemas");
    assert.equal(r.status, 200);
    const ids = r.json.Resources.map((s) => s.id);
    assert.ok(ids.includes(URN.ent) && ids.includes(URN.lucid) && ids.includes(URN.user) && ids.includes(URN.group), ids.join());
    const lucid = r.json.Resources.find((s) => s.id === URN.lucid);
    const pl = lucid.attributes.find((a) => a.name === "productLicenses");
    assert.equal(pl.type, "complex");
    assert.deepEqual(pl.subAttributes.map((a) => [a.name, a.type]), [["Lucidchart", "boolean"], ["Lucidspark", "boolean"], ["LucidscaleExplorer", "boolean"], ["LucidscaleCreator", "boolean"]]);
    assert.equal(lucid.attributes.find((a) => a.name === "billingCode").type, "string");
    const one = await scim("GET", `/Schemas/${URN.lucid}`);
    assert.equal(one.json.id, URN.lucid);
    const rt = await scim("GET", "/ResourceTypes");
    const userRt = rt.json.Resources.find((x) => x.name === "User");
    assert.deepEqual(userRt.schemaExtensions.map((x) => x.schema), [URN.ent, URN.lucid]);
});

test("faults: scripted entries", async () => {
    await reset({users: 3, groups: 0});
    let r = await admin("POST", "/faults", {script: [{match: "GET /Users", status: 500}, {match: "/Groups", status: 503, body: "<html>proxy login</html>", contentType: "text/html"},
        {status: 429, retryAfter: 2}]});
    assert.equal(r.status, 200);
    const a = await scim("GET", "/Groups");     // matches the 503 entry, skipping the GET /Users one
    assert.equal(a.status, 503);
    assert.match(a.headers.get("content-type"), /text\/html/);
    assert.equal(a.text, "<html>proxy login</html>");
    const b = await scim("GET", "/Users/whatever");   // prefix match of GET /Users
    assertScimError(b, 500);
    const c = await scim("GET", "/Schemas");     // unconditional entry
    assertScimError(c, 429, "tooMany");
    assert.equal(c.headers.get("retry-after"), "2");
    assert.equal((await scim("GET", "/Schemas")).status, 200, "script entries fire once");
    const log = (await admin("GET", "/requests")).json;
    assert.deepEqual(log.requests.map((e) => [e.path, e.status, e.faulted]),
        [["/Groups", 503, "503"], ["/Users/whatever", 500, "500"], ["/Schemas", 429, "429"], ["/Schemas", 200, null]]);
    // bad config is refused
    assert.equal((await admin("POST", "/faults", {error500Rate: 2})).status, 400);
    assert.equal((await admin("POST", "/faults", {bogus: 1})).status, 400);
});

test("faults: random rates are deterministic, 429 carries Retry-After, latency delays", async () => {
    await reset({users: 3, groups: 0});
    const run = async () => {
        await admin("POST", "/faults", {error500Rate: 0.3, error429Rate: 0.3, retryAfterSeconds: 3, randomSeed: 7});
        const statuses = [];
        for (let i = 0; i < 20; i++) {
            const r = await scim("GET", "/Users");
            statuses.push(r.status);
            if (r.status === 429) {
                assert.equal(r.headers.get("retry-after"), "3");
                assert.equal(r.json.scimType, "tooMany");
            }
            if (r.status === 500) assertScimError(r, 500);
        }
        return statuses;
    };
    const first = await run();
    assert.ok(first.includes(500) && first.includes(429) && first.includes(200), first.join());
    assert.deepEqual(await run(), first, "same seed, same sequence");
    await admin("POST", "/faults", {latencyMs: 150});
    const t0 = Date.now();
    assert.equal((await scim("GET", "/Users")).status, 200);
    assert.ok(Date.now() - t0 >= 140);
    const adminT0 = Date.now();
    await admin("GET", "/state");
    assert.ok(Date.now() - adminT0 < 140, "admin API is never delayed");
    await admin("DELETE", "/faults");
});

test("faults: reset drops the request, resetAfter applies it", async () => {
    await reset({users: 3, groups: 0});
    await admin("POST", "/faults", {script: [{match: "POST /Users", reset: true}]});
    await assert.rejects(scim("POST", "/Users", {body: {schemas: [URN.user], userName: "lost@example.com"}}));
    assert.equal((await state()).users.some((x) => x.userName === "lost@example.com"), false, "reset: not applied");
    await admin("POST", "/faults", {script: [{match: "POST /Users", resetAfter: true}]});
    await assert.rejects(scim("POST", "/Users", {body: {schemas: [URN.user], userName: "ghost@example.com"}}));
    assert.equal((await state()).users.some((x) => x.userName === "ghost@example.com"), true, "resetAfter: applied");
    const again = await scim("POST", "/Users", {body: {schemas: [URN.user], userName: "ghost@example.com"}});
    assertScimError(again, 409, "uniqueness");
    const log = (await admin("GET", "/requests")).json.requests;
    assert.deepEqual(log.map((e) => [e.method, e.faulted]), [["POST", "reset"], ["POST", "resetAfter"], ["POST", null]]);
    assert.equal(log[1].status, 201, "the status that would have been sent");
    assert.equal(log[0].status, null);
    await admin("POST", "/faults", {resetRate: 1});
    await assert.rejects(scim("GET", "/Users"));
    await admin("POST", "/faults", {});
});

test("faults: rps limit answers 429 tooMany with Retry-After", async () => {
    await reset({users: 3, groups: 0});
    await admin("POST", "/faults", {rps: 5});
    const results = await Promise.all(Array.from({length: 15}, () => scim("GET", "/ServiceProviderConfig")));
    const limited = results.filter((r) => r.status === 429);
    assert.ok(limited.length >= 8, `got ${limited.length} 429s`);
    assert.equal(results.filter((r) => r.status === 200).length, 15 - limited.length);
    for (const r of limited) {
        assertScimError(r, 429, "tooMany");
        assert.ok(Number(r.headers.get("retry-after")) >= 1);
    }
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal((await scim("GET", "/ServiceProviderConfig")).status, 200);
    await admin("POST", "/faults", {});
});

test("admin: state, reset determinism, seed, requests log", async () => {
    const a = await reset({users: 40, groups: 4, randomSeed: 11});
    assert.deepEqual([a.ok, a.users, a.groups], [true, 40, 4]);
    const s1 = await state();
    await reset({users: 40, groups: 4, randomSeed: 11});
    const s2 = await state();
    assert.deepEqual(s1, s2, "same seed, same data");
    assert.equal(s1.profile, "generic");
    assert.equal(s1.orgGroups, false);
    const inactive = s1.users.filter((u) => u.active === false).length;
    assert.ok(inactive <= 6);
    assert.ok(s1.users.every((u) => /^[a-z0-9]+\.[a-z0-9]+\.\d+@example\.com$/.test(u.userName) && /^E\d{6}$/.test(u.externalId)));
    assert.ok(s1.users.every((u) => u.emails.length === 1 && u.emails[0].primary && u.emails[0].type === "work"));
    assert.ok(s1.users.every((u) => (u.groups || []).length <= 3));
    const seeded = await reset({users: 2, groups: 0, profile: "lucid", orgGroups: true, seed: {
        users: [{userName: "ada@example.com", name: {givenName: "Ada", familyName: "Lovelace"}, active: false, [URN.lucid]: {productLicenses: {Lucidchart: true}}},
            {id: "custom-1", userName: "bob@example.com"}],
        groups: [{displayName: "Seeded", members: [{userName: "ada@example.com"}, {value: "custom-1"}]}],
    }});
    assert.deepEqual([seeded.users, seeded.groups], [4, 1]);
    const s3 = await state();
    assert.equal(s3.profile, "lucid");
    assert.equal(s3.orgGroups, true);
    const ada = s3.users.find((u) => u.userName === "ada@example.com");
    assert.match(ada.id, /^lucid-\d+$/);
    assert.equal(ada[URN.lucid].productLicenses.Lucidchart, false, "inactive => delicensed");
    assert.deepEqual(s3.groups[0].members.map((m) => m.value), [ada.id, "custom-1"]);
    // request log
    await admin("DELETE", "/requests");
    await scim("GET", `/Users?filter=${q('userName eq "bob@example.com"')}&count=5`, {headers: {"User-Agent": "ScimDesk-test/1.0"}});
    await scim("PATCH", "/Users/custom-1", {headers: {"If-Match": 'W/"1"'}, body: patchOps({op: "replace", path: "title", value: "T"})});
    const log = (await admin("GET", "/requests")).json;
    assert.equal(log.count, 2);
    const [g, p] = log.requests;
    assert.deepEqual([g.method, g.path, g.query.filter, g.query.count, g.status, g.userAgent, g.ifMatch, g.faulted],
        ["GET", "/Users", 'userName eq "bob@example.com"', "5", 200, "ScimDesk-test/1.0", null, null]);
    assert.deepEqual([p.method, p.path, p.status, p.ifMatch, p.contentType], ["PATCH", "/Users/custom-1", 200, 'W/"1"', "application/scim+json"]);
    assert.deepEqual(p.body.Operations[0].value, "T");
    assert.equal((await admin("DELETE", "/requests")).status, 200);
    assert.equal((await admin("GET", "/requests")).json.count, 0);
    assert.equal((await admin("POST", "/reset", {profile: "nope"})).status, 400);
});

test("lucid: licence groups follow group membership with organisational groups", async () => {
    const none = {Lucidchart: false, Lucidspark: false, LucidscaleExplorer: false, LucidscaleCreator: false};
    const person = (n) => ({userName: `p${n}@example.com`, name: {givenName: "P", familyName: `${n}`}, [URN.lucid]: {productLicenses: none}});
    await reset({profile: "lucid", users: 0, groups: 0, orgGroups: true, seed: {users: [
        {userName: "owner@example.com", title: "Account Owner", [URN.lucid]: {productLicenses: {Lucidchart: true, Lucidspark: true}}},
        person(2), person(3), person(4), person(5), person(6)]}});
    const L = `${URN.lucid}:productLicenses`;
    const lic = async (id) => (await scim("GET", `/Users/${id}`)).json[URN.lucid].productLicenses;
    const listed = async () => Object.fromEntries((await scim("GET", "/Users?count=100")).json.Resources.map((u) => [u.id, u[URN.lucid].productLicenses]));
    const chartFilter = async () => (await scim("GET", `/Users?filter=${q(`${L}.Lucidchart eq true`)}`)).json.Resources.map((u) => u.id);
    const cfg = await admin("POST", "/licenceGroups", {Lucidchart: "Lucidchart users", LucidscaleExplorer: "Explorer users"});
    assert.equal(cfg.status, 200, JSON.stringify(cfg.json));
    assert.deepEqual(cfg.json, {ok: true, licenceGroups: {Lucidchart: "Lucidchart users", LucidscaleExplorer: "Explorer users"}});
    assert.deepEqual((await admin("GET", "/licenceGroups")).json, {licenceGroups: {Lucidchart: "Lucidchart users", LucidscaleExplorer: "Explorer users"}});
    assert.deepEqual((await state()).licenceGroups, {Lucidchart: "Lucidchart users", LucidscaleExplorer: "Explorer users"});

    // the group is created after the configuration; a case variant of its name is not a licence group
    const wrongCase = await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: "LUCIDCHART USERS", members: [{value: "lucid-1002"}]}});
    assert.equal(wrongCase.status, 201);
    assert.equal((await lic("lucid-1002")).Lucidchart, false);
    const gone = await scim("PATCH", `/Groups/${wrongCase.json.id}`, {body: patchOps({op: "remove", path: "members"})});
    assert.equal(gone.status, 200, gone.text);
    assert.equal((await scim("DELETE", `/Groups/${wrongCase.json.id}`)).status, 204);
    const g = (await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: "Lucidchart users"}})).json;
    assert.equal((await lic("lucid-1003")).Lucidchart, false);

    // several members in one PATCH, as a client batches them
    const add = await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "add", path: "members",
        value: [{value: "lucid-1003"}, {value: "lucid-1004"}, {value: "lucid-1005"}]})});
    assert.equal(add.status, 200, add.text);
    for (const id of ["lucid-1003", "lucid-1004", "lucid-1005"]) {
        const u = await scim("GET", `/Users/${id}`);
        assert.deepEqual(u.json[URN.lucid].productLicenses, {...none, Lucidchart: true}, id);
        assert.equal(u.json.meta.version, 'W/"2"', "a licence change is a write of the user");
        assert.equal(u.headers.get("etag"), 'W/"2"');
    }
    let page = await listed();
    assert.deepEqual(["lucid-1002", "lucid-1003", "lucid-1004", "lucid-1005", "lucid-1006"].map((id) => page[id].Lucidchart), [false, true, true, true, false]);
    assert.deepEqual(await chartFilter(), ["lucid-1001", "lucid-1003", "lucid-1004", "lucid-1005"]);

    // removing a member revokes the licence
    const rm = await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "remove", path: 'members[value eq "lucid-1005"]'})});
    assert.equal(rm.status, 200, rm.text);
    assert.deepEqual(rm.json.members.map((m) => m.value), ["lucid-1003", "lucid-1004"]);
    assert.deepEqual(await lic("lucid-1005"), none);
    assert.equal((await listed())["lucid-1005"].Lucidchart, false);
    assert.deepEqual(await chartFilter(), ["lucid-1001", "lucid-1003", "lucid-1004"]);

    // direct licence changes stay ignored
    const direct = await scim("PATCH", "/Users/lucid-1003", {body: patchOps({op: "replace", path: `${L}.Lucidchart`, value: false})});
    assert.equal(direct.status, 204);
    const direct2 = await scim("PATCH", "/Users/lucid-1002", {body: patchOps({op: "replace", path: `${L}.Lucidchart`, value: true},
        {op: "replace", path: "title", value: "Tried"})});
    assert.equal(direct2.status, 200);
    assert.deepEqual([direct2.json.title, direct2.json[URN.lucid].productLicenses.Lucidchart], ["Tried", false]);
    assert.equal((await lic("lucid-1003")).Lucidchart, true);

    // add-on group: granted only with a base licence, no error otherwise; an add-on left without a base goes
    const ex = await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: "Explorer users", members: [{value: "lucid-1003"}, {value: "lucid-1006"}]}});
    assert.equal(ex.status, 201, ex.text);
    assert.deepEqual(await lic("lucid-1003"), {...none, Lucidchart: true, LucidscaleExplorer: true});
    assert.deepEqual(await lic("lucid-1006"), none);
    assert.equal((await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "add", path: "members", value: [{value: "lucid-1006"}]})})).status, 200);
    assert.deepEqual(await lic("lucid-1006"), {...none, Lucidchart: true, LucidscaleExplorer: true});
    assert.equal((await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "remove", path: 'members[value eq "lucid-1006"]'})})).status, 200);
    assert.deepEqual(await lic("lucid-1006"), none);

    // deactivation clears the licences and keeps the memberships; reactivation gives the groups' licences back
    const off = await scim("PATCH", "/Users/lucid-1003", {body: patchOps({op: "replace", path: "active", value: false})});
    assert.equal(off.status, 200);
    assert.deepEqual(off.json[URN.lucid].productLicenses, none);
    assert.deepEqual(off.json.groups.map((x) => x.display).sort(), ["Explorer users", "Lucidchart users"]);
    assert.ok((await scim("GET", `/Groups/${g.id}`)).json.members.some((m) => m.value === "lucid-1003"));
    assert.deepEqual(await chartFilter(), ["lucid-1001", "lucid-1004"]);
    const on = await scim("PATCH", "/Users/lucid-1003", {body: patchOps({op: "replace", path: "active", value: true})});
    assert.equal(on.status, 200, on.text);
    assert.deepEqual(on.json[URN.lucid].productLicenses, {...none, Lucidchart: true, LucidscaleExplorer: true});
    page = await listed();
    assert.deepEqual(page["lucid-1003"], {...none, Lucidchart: true, LucidscaleExplorer: true});
    assert.deepEqual(await chartFilter(), ["lucid-1001", "lucid-1003", "lucid-1004"]);

    // PUT replacing the members: lucid-1002 joins, lucid-1004 leaves
    const put = await scim("PUT", `/Groups/${g.id}`, {body: {schemas: [URN.group], displayName: "Lucidchart users", members: [{value: "lucid-1002"}, {value: "lucid-1003"}]}});
    assert.equal(put.status, 200, put.text);
    assert.deepEqual([(await lic("lucid-1002")).Lucidchart, (await lic("lucid-1003")).Lucidchart, (await lic("lucid-1004")).Lucidchart], [true, true, false]);
    assert.deepEqual(await chartFilter(), ["lucid-1001", "lucid-1002", "lucid-1003"]);

    // every read path agrees, and stored resources are still SCIMMY-shaped
    for (const [id, l] of Object.entries(await listed())) assert.deepEqual((await lic(id)), l, id);
    assert.deepEqual((await admin("GET", "/selfcheck?sample=100")).json.mismatches, []);

    // organisational groups off: licence groups have no effect
    await admin("POST", "/orgGroups", {enabled: false});
    assert.equal((await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "add", path: "members", value: [{value: "lucid-1005"}]})})).status, 200);
    assert.equal((await lic("lucid-1005")).Lucidchart, false);
    assert.equal((await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "remove", path: 'members[value eq "lucid-1002"]'})})).status, 200);
    assert.equal((await lic("lucid-1002")).Lucidchart, true);
    await admin("POST", "/orgGroups", {enabled: true});

    // an empty map clears the configuration
    assert.deepEqual((await admin("POST", "/licenceGroups", {})).json, {ok: true, licenceGroups: {}});
    assert.equal((await scim("PATCH", `/Groups/${g.id}`, {body: patchOps({op: "remove", path: 'members[value eq "lucid-1003"]'})})).status, 200);
    assert.equal((await lic("lucid-1003")).Lucidchart, true);
});

test("lucid: licence groups at reset time, generic profile unaffected", async () => {
    await reset({profile: "lucid", users: 60, groups: 3, randomSeed: 5});
    const base = await state();
    const grp = base.groups[0];
    const members = new Set(grp.members.map((m) => m.value));
    const spark = (u) => u[URN.lucid].productLicenses.Lucidspark;
    assert.ok(base.users.some((u) => u.active && members.has(u.id) && !spark(u)), "some members start without Lucidspark");
    const outside = base.users.filter((u) => !members.has(u.id) && spark(u)).map((u) => u.id);
    assert.ok(outside.length > 0, "some non-members hold Lucidspark");
    await reset({profile: "lucid", users: 60, groups: 3, randomSeed: 5, orgGroups: true, licenceGroups: {Lucidspark: grp.displayName}});
    const st = await state();
    assert.deepEqual(st.licenceGroups, {Lucidspark: grp.displayName});
    for (const u of st.users) {
        if (members.has(u.id)) assert.equal(spark(u), u.active, u.id);
        else assert.equal(spark(u), outside.includes(u.id), `${u.id}: licences without a granting group are kept`);
    }
    assert.deepEqual((await admin("GET", "/selfcheck?sample=100")).json.mismatches, []);
    // without organisational groups the map changes nothing
    await reset({profile: "lucid", users: 60, groups: 3, randomSeed: 5, licenceGroups: {Lucidspark: grp.displayName}});
    assert.deepEqual((await state()).users, base.users);
    // generic profile: stored, never applied
    await reset({users: 5, groups: 1, orgGroups: true, licenceGroups: {Lucidchart: "Lucidchart users"}});
    const gg = await scim("POST", "/Groups", {body: {schemas: [URN.group], displayName: "Lucidchart users", members: [{value: (await state()).users[1].id}]}});
    assert.equal(gg.status, 201);
    const gu = (await state()).users[1];
    assert.equal(gu.meta.version, 'W/"1"');
    // a reset without the key goes back to the command line's map (none here)
    await reset({users: 1, groups: 0});
    assert.deepEqual((await admin("GET", "/licenceGroups")).json, {licenceGroups: {}});
});

test("admin: licence groups input is validated", async () => {
    await reset({profile: "lucid", users: 3, groups: 0, orgGroups: true});
    await admin("POST", "/licenceGroups", {Lucidchart: "Lucidchart users"});
    for (const [body, re] of [[{Lucidcharts: "x"}, /unknown licence.*Lucidcharts/], [{Lucidchart: 3}, /Lucidchart must name a group/],
        [{Lucidchart: ""}, /Lucidchart must name a group/], [{Lucidspark: null}, /Lucidspark must name a group/],
        [{Lucidchart: ["a"]}, /Lucidchart must name a group/], [["Lucidchart"], /JSON object/],
        [{licenceGroups: {Lucidchart: "x"}}, /unknown licence/]]) {
        const r = await admin("POST", "/licenceGroups", body);
        assert.equal(r.status, 400, JSON.stringify(body));
        assert.match(r.json.error, re);
    }
    assert.deepEqual((await admin("GET", "/licenceGroups")).json, {licenceGroups: {Lucidchart: "Lucidchart users"}}, "a refused POST changes nothing");
    const r = await admin("POST", "/reset", {licenceGroups: {Bogus: "x"}});
    assert.equal(r.status, 400);
    assert.match(r.json.error, /unknown licence/);
    assert.equal((await admin("POST", "/reset", {licenceGroups: "Lucidchart users"})).status, 400);
});

test("faults: a script entry can match on query parameters", async () => {
    await reset({profile: "generic", users: 30, groups: 0});
    await admin("POST", "/faults", {script: [{match: "GET /Users?startIndex=21", status: 503}]});
    assert.equal((await scim("GET", "/Users?startIndex=1&count=10")).status, 200);
    assert.equal((await scim("GET", "/Users?startIndex=21&count=10")).status, 503);
    assert.equal((await scim("GET", "/Users?startIndex=21&count=10")).status, 200, "fires once");
    assert.equal((await admin("POST", "/faults", {script: [{match: "?startIndex=1"}]})).status, 400);
    await admin("DELETE", "/faults");
});

test("pageLimit: serves fewer than maxResults says", async () => {
    await reset({profile: "generic", users: 30, groups: 0, pageLimit: 7});
    const page = await scim("GET", "/Users?startIndex=1&count=20");
    assert.equal(page.json.Resources.length, 7);
    assert.equal(page.json.itemsPerPage, 7);
    assert.equal(page.json.totalResults, 30);
    await reset({profile: "generic", users: 30, groups: 0, pageLimit: 0});
    assert.equal((await scim("GET", "/Users?startIndex=1&count=20")).json.Resources.length, 20);
});

test("--page-cache: pages sent again as they were, dropped by any write", async () => {
    const cached = await startServer(["--page-cache", "--profile", "generic"]);
    try {
        const get = async (p) => {
            const res = await fetch(`http://127.0.0.1:${cached.port}/scim/v2${p}`, {headers: {Authorization: `Bearer ${TOKEN}`}});
            return {status: res.status, type: res.headers.get("content-type"), text: await res.text()};
        };
        const first = await get("/Users?startIndex=1&count=5");
        const again = await get("/Users?startIndex=1&count=5");
        assert.equal(first.status, 200);
        assert.equal(again.text, first.text);
        assert.equal(again.type, first.type);
        assert.equal((await get("/Users?startIndex=1&count=5&filter=userName%20eq%20%22x%22")).status, 200);
        const id = JSON.parse(first.text).Resources[0].id;
        const patched = await fetch(`http://127.0.0.1:${cached.port}/scim/v2/Users/${id}`, {method: "PATCH",
            headers: {"Authorization": `Bearer ${TOKEN}`, "Content-Type": "application/scim+json"},
            body: JSON.stringify({schemas: [URN.patch], Operations: [{op: "replace", path: "displayName", value: "Cached No More"}]})});
        assert.equal(patched.status, 200);
        const after = await get("/Users?startIndex=1&count=5");
        assert.ok(after.text.includes("Cached No More"));
        assert.equal((await get("/Users?startIndex=1&count=5")).text, after.text);
        const unauthorised = await fetch(`http://127.0.0.1:${cached.port}/scim/v2/Users?startIndex=1&count=5`);
        assert.equal(unauthorised.status, 401, "the cache is behind authentication");
    } finally {
        await cached.stop();
    }
});
