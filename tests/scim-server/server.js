#!/usr/bin/env node
"use strict";
/*
 * ScimDesk test SCIM service: an in-memory SCIM 2.0 server built on SCIMMY + scimmy-routers,
 * with a "generic" and a "lucid" profile, vendor profiles that enforce published rate limits (lib/rate-limits.js),
 * deterministic seeding, fault injection and an admin API.
 * See README.md for the CLI, the admin API and the modelling choices.
 */

const fs = require("node:fs");
const http = require("node:http");
const express = require("express");
const SCIMMY = require("scimmy").default;
const SCIMMYRouters = require("scimmy-routers").default;
const {GIVEN_NAMES, FAMILY_NAMES, DEPARTMENTS, GROUP_NAMES, asciiSlug} = require("./lib/seed-data");
const {VENDOR_LIMITS, RateLimits, rateLimitMiddleware} = require("./lib/rate-limits");
const {createLucidRest} = require("./lib/lucid-rest");

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

const BASE_PATH = "/scim/v2";
const URN = {
    user: "urn:ietf:params:scim:schemas:core:2.0:User",
    group: "urn:ietf:params:scim:schemas:core:2.0:Group",
    ent: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
    lucid: "urn:ietf:params:scim:schemas:extension:lucid:2.0:User",
    error: "urn:ietf:params:scim:api:messages:2.0:Error",
};
const LICENCES = ["Lucidchart", "Lucidspark", "LucidscaleExplorer", "LucidscaleCreator"];
const BASE_LICENCES = ["Lucidchart", "Lucidspark"];
const ADDON_LICENCES = ["LucidscaleExplorer", "LucidscaleCreator"];
const DEV_TOKEN = "scimdesk-test-token";
const MAX_LOG = 10000;
const LUCID_MAX_FILTERED = 10000;
const PROFILES = {
    // defaultCount 20 is SCIMMY's own ListResponse default
    generic: {maxResults: 1000, defaultUserCount: 20, defaultGroupCount: 20, sort: true},
    lucid: {maxResults: 100, defaultUserCount: 100, defaultGroupCount: 100, sort: false},
};
// Vendor profiles: generic behaviour within the vendor's published rate limits.
for (const vendor of Object.keys(VENDOR_LIMITS)) PROFILES[vendor] = PROFILES.generic;
const PROFILE_NAMES = Object.keys(PROFILES).join("|");
const ISO_DATE = /^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12][0-9])(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?$/;

// Bad admin (or command-line) input: answered with 400 {"error": message}. Declared here because the
// command line is parsed with the same validation before anything else runs.
class AdminError extends Error {
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const USAGE = `usage: node server.js [--port 0] [--port-file FILE] [--token TOKEN] [--profile ${PROFILE_NAMES}]
                      [--users N] [--groups M] [--seed-file FILE.json] [--random-seed S] [--org-groups]
                      [--licence-group LICENCE=GROUP]... [--strict-coercion] [--page-cache]
                      [--page-limit N] [--time-scale F]`;

function die(message, code = 2) {
    process.stderr.write(`scim-server: ${message}\n${USAGE}\n`);
    process.exit(code);
}

function parseIntArg(name, value, min, max) {
    if (!/^-?\d+$/.test(String(value))) die(`${name} expects an integer, got '${value}'`);
    const n = Number(value);
    if (n < min || n > max) die(`${name} must be between ${min} and ${max}`);
    return n;
}

function parseArgs(argv) {
    const opts = {port: 0, portFile: null, token: null, profile: "generic", users: null, groups: null,
        seedFile: null, randomSeed: 1, pageLimit: 0, timeScale: 1, orgGroups: false, strictCoercion: false, pageCache: false, licenceGroups: {}};
    const valued = {"--port": "port", "--port-file": "portFile", "--token": "token", "--profile": "profile",
        "--users": "users", "--groups": "groups", "--seed-file": "seedFile", "--random-seed": "randomSeed",
        "--page-limit": "pageLimit", "--time-scale": "timeScale"};
    for (let i = 0; i < argv.length; i++) {
        let arg = argv[i], value;
        const eq = arg.indexOf("=");
        if (arg.startsWith("--") && eq > 0) [arg, value] = [arg.slice(0, eq), arg.slice(eq + 1)];
        if (arg in valued) {
            if (value === undefined) {
                value = argv[++i];
                if (value === undefined) die(`missing value for ${arg}`);
            }
            opts[valued[arg]] = value;
        } else if (arg === "--licence-group") {
            if (value === undefined) {
                value = argv[++i];
                if (value === undefined) die(`missing value for ${arg}`);
            }
            const at = value.indexOf("=");
            if (at < 0) die(`--licence-group expects LICENCE=GROUP (e.g. Lucidchart="Lucidchart users"), got '${value}'`);
            const [licence, group] = [value.slice(0, at), value.slice(at + 1)];
            if (licence in opts.licenceGroups) die(`--licence-group ${licence} given twice`);
            try {
                Object.assign(opts.licenceGroups, normalizeLicenceGroups({[licence]: group}));
            } catch (ex) {
                die(`--licence-group: ${ex.message}`);
            }
        } else if (arg === "--org-groups") opts.orgGroups = true;
        else if (arg === "--strict-coercion") opts.strictCoercion = true;
        else if (arg === "--page-cache") opts.pageCache = true;
        else if (arg === "-h" || arg === "--help") {
            process.stdout.write(USAGE + "\n");
            process.exit(0);
        } else die(`unknown argument '${argv[i]}'`);
    }
    opts.licenceGroups = normalizeLicenceGroups(opts.licenceGroups);   // licence order, whatever the flags' order
    opts.port = parseIntArg("--port", opts.port, 0, 65535);
    if (!(opts.profile in PROFILES)) die(`--profile must be one of ${PROFILE_NAMES}, got '${opts.profile}'`);
    opts.timeScale = Number(opts.timeScale);
    if (!(opts.timeScale > 0 && opts.timeScale <= 1)) die("--time-scale must be a number above 0, at most 1 (0.01: an hour lasts 36 s)");
    opts.randomSeed = parseIntArg("--random-seed", opts.randomSeed, -2147483648, 4294967295);
    opts.pageLimit = parseIntArg("--page-limit", opts.pageLimit, 0, 1000000);
    // Without a seed file: 50 users / 8 groups; with one: only what the file holds unless asked for more.
    opts.users = opts.users === null ? (opts.seedFile ? 0 : 50) : parseIntArg("--users", opts.users, 0, 2000000);
    opts.groups = opts.groups === null ? (opts.seedFile ? 0 : 8) : parseIntArg("--groups", opts.groups, 0, 100000);
    // Token precedence (as specified): env SCIM_SERVER_TOKEN, then --token, then the fixed dev token.
    opts.token = process.env.SCIM_SERVER_TOKEN || opts.token || DEV_TOKEN;
    if (opts.seedFile) {
        try {
            opts.seed = JSON.parse(fs.readFileSync(opts.seedFile, "utf8"));
        } catch (ex) {
            die(`cannot read --seed-file ${opts.seedFile}: ${ex.message}`);
        }
    } else opts.seed = null;
    return opts;
}

// ---------------------------------------------------------------------------------------------
// Deterministic PRNG
// ---------------------------------------------------------------------------------------------

function mulberry32(seed) {
    let a = seed >>> 0;
    return function () {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function uuidFrom(rand) {
    const h = () => ((rand() * 4294967296) >>> 0).toString(16).padStart(8, "0");
    const s = h() + h() + h() + h();
    const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Global state
// ---------------------------------------------------------------------------------------------

const CONFIG = parseArgs(process.argv.slice(2));

const state = {
    profile: CONFIG.profile,
    orgGroups: CONFIG.orgGroups,
    licenceGroups: CONFIG.licenceGroups,   // licence name -> group displayName (lucid + orgGroups only)
    randomSeed: CONFIG.randomSeed,
    pageLimit: CONFIG.pageLimit,   // > 0: serve at most this many a page, whatever maxResults says
    origin: "http://127.0.0.1:0",
    urls: {users: "", groups: ""},
    ownerId: null,
    rateLimits: null,   // vendor profiles: the limits enforced (lib/rate-limits.js)
};

const store = {
    users: new Map(),        // id -> {id, res, ver, owner}
    groups: new Map(),       // id -> {id, res, ver, members: Set<userId>}
    byUserName: new Map(),   // lower-case userName -> id
    byExternalId: new Map(), // externalId -> Set<id>
    byEmail: new Map(),      // lower-case email -> Set<id>
    byGroupName: new Map(),  // lower-case displayName -> id
    groupsByExternalId: new Map(),
    userGroups: new Map(),   // userId -> Set<groupId>
    gen: 0,                  // bumped when the user list or any user's active flag changes
    groupGen: 0,
    allCache: null, activeCache: null, groupCache: null,
    sortCache: new Map(),
    nextUserNum: 1001, nextGroupNum: 1001,
    idRand: mulberry32(1),
};

function isLucid() {
    return state.profile === "lucid";
}

function setOrigin(port) {
    state.origin = `http://127.0.0.1:${port}`;
    state.urls.users = `${state.origin}${BASE_PATH}/Users`;
    state.urls.groups = `${state.origin}${BASE_PATH}/Groups`;
}

function versionOf(rec) {
    return `W/"${rec.ver}"`;
}

function newUserId() {
    return isLucid() ? `lucid-${store.nextUserNum++}` : uuidFrom(store.idRand);
}

function newGroupId() {
    return isLucid() ? `lucid-group-${store.nextGroupNum++}` : uuidFrom(store.idRand);
}

function addMulti(map, key, id) {
    if (key === undefined || key === null) return;
    let set = map.get(key);
    if (!set) map.set(key, set = new Set());
    set.add(id);
}

function delMulti(map, key, id) {
    const set = map.get(key);
    if (set) {
        set.delete(id);
        if (!set.size) map.delete(key);
    }
}

function lower(s) {
    return typeof s === "string" ? s.toLowerCase() : s;
}

function emailsOf(res) {
    return Array.isArray(res.emails) ? res.emails.map((e) => e && e.value).filter((v) => typeof v === "string") : [];
}

function indexUser(id, oldRes, newRes) {
    if (oldRes) {
        if (store.byUserName.get(lower(oldRes.userName)) === id) store.byUserName.delete(lower(oldRes.userName));
        delMulti(store.byExternalId, oldRes.externalId, id);
        for (const e of emailsOf(oldRes)) delMulti(store.byEmail, lower(e), id);
    }
    if (newRes) {
        store.byUserName.set(lower(newRes.userName), id);
        addMulti(store.byExternalId, newRes.externalId, id);
        for (const e of emailsOf(newRes)) addMulti(store.byEmail, lower(e), id);
    }
}

function indexGroup(id, oldRes, newRes) {
    if (oldRes) {
        if (store.byGroupName.get(lower(oldRes.displayName)) === id) store.byGroupName.delete(lower(oldRes.displayName));
        delMulti(store.groupsByExternalId, oldRes.externalId, id);
    }
    if (newRes) {
        store.byGroupName.set(lower(newRes.displayName), id);
        addMulti(store.groupsByExternalId, newRes.externalId, id);
    }
}

function invalidateUsers() {
    store.gen++;
    store.allCache = store.activeCache = null;
    store.sortCache.clear();
}

function invalidateGroups() {
    store.groupGen++;
    store.groupCache = null;
    store.sortCache.clear();
}

function allUsers() {
    if (!store.allCache) store.allCache = Array.from(store.users.values());
    return store.allCache;
}

function activeUsers() {
    if (!store.activeCache) store.activeCache = allUsers().filter((r) => r.res.active !== false);
    return store.activeCache;
}

function allGroups() {
    if (!store.groupCache) store.groupCache = Array.from(store.groups.values());
    return store.groupCache;
}

// ---------------------------------------------------------------------------------------------
// SCIMMY setup: schema extension, resource types, service provider config
// ---------------------------------------------------------------------------------------------

const {Attribute, SchemaDefinition} = SCIMMY.Types;

const LucidUserSchema = new SchemaDefinition("LucidUser", URN.lucid, "Lucid user extension: product licences and billing code", [
    new Attribute("complex", "productLicenses", {uniqueness: false, description: "Lucid product licences held by the user."},
        LICENCES.map((name) => new Attribute("boolean", name, {description: `Whether the user holds a ${name} licence.`}))),
    new Attribute("string", "billingCode", {description: "Billing code used to allocate the user's licence costs."}),
]);

// Resource types. read() is overridden only for list reads without attributes/excludedAttributes (see listFastPath);
// everything else - single reads, writes, PATCH, DELETE, errors - is SCIMMY's own code.
class User extends SCIMMY.Resources.User {
    async read(ctx) {
        if (!this.id && !this.attributes && !CONFIG.strictCoercion) return listFastPath(this, "User");
        return super.read(ctx);
    }
}

class Group extends SCIMMY.Resources.Group {
    async read(ctx) {
        if (!this.id && !this.attributes && !CONFIG.strictCoercion) return listFastPath(this, "Group");
        return super.read(ctx);
    }
}

SCIMMY.Resources.declare(User, {
    extensions: [{schema: SCIMMY.Schemas.EnterpriseUser, required: false}, {schema: LucidUserSchema, required: false}],
    egress: (resource, ctx) => userEgress(resource, ctx),
    ingress: (resource, instance, ctx) => userIngress(resource, instance, ctx),
    degress: (resource, ctx) => userDegress(resource, ctx),
});
SCIMMY.Resources.declare(Group, {
    egress: (resource, ctx) => groupEgress(resource, ctx),
    ingress: (resource, instance, ctx) => groupIngress(resource, instance, ctx),
    degress: (resource, ctx) => groupDegress(resource, ctx),
});

const USER_KEYS = SCIMMY.Schemas.User.definition.attributes.filter((a) => a instanceof Attribute).map((a) => a.name);
const USER_EXTENSIONS = SCIMMY.Schemas.User.definition.attributes.filter((a) => a instanceof SchemaDefinition).map((a) => a.id);
const GROUP_KEYS = SCIMMY.Schemas.Group.definition.attributes.filter((a) => a instanceof Attribute).map((a) => a.name);

function applyServiceProviderConfig(profile) {
    if (profile === "lucid") {
        SCIMMY.Config.set({patch: true, bulk: false, filter: {supported: true, maxResults: 100}, sort: false,
            etag: true, changePassword: false});
    } else {
        SCIMMY.Config.set({patch: true, bulk: {supported: true, maxOperations: 1000, maxPayloadSize: 1048576},
            filter: {supported: true, maxResults: 1000}, sort: true, etag: true, changePassword: false});
    }
}

function scimError(status, scimType, detail) {
    return new SCIMMY.Types.Error(status, scimType || null, detail);
}

// Errors with statuses SCIMMY's ErrorResponse refuses (e.g. 424) are stashed on the request and
// rendered by our own error handler after SCIMMY's router gives up on them.
function passthroughError(ctx, status, scimType, detail) {
    if (ctx && ctx.req) ctx.req.scimPassthroughError = {status, scimType, detail};
    return scimError(status, scimType, detail);
}

// ---------------------------------------------------------------------------------------------
// Canonical (SCIMMY output-shaped) resources
// ---------------------------------------------------------------------------------------------

function reorder(obj, keys, extensions = []) {
    const out = {};
    for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
    for (const k of extensions) if (obj[k] !== undefined) out[k] = obj[k];
    return out;
}

function userDisplay(res) {
    return res.displayName !== undefined ? res.displayName : res.userName;
}

function userGroupsAttr(userId) {
    const gids = store.userGroups.get(userId);
    if (!gids || !gids.size) return undefined;
    const out = [];
    for (const gid of gids) {
        const g = store.groups.get(gid);
        if (g) out.push({value: gid, $ref: `${state.urls.groups}/${gid}`, display: g.res.displayName});
    }
    return out.length ? out : undefined;
}

function memberEntry(userId) {
    const u = store.users.get(userId);
    return {value: userId, display: userDisplay(u.res), $ref: `${state.urls.users}/${userId}`, type: "User"};
}

function refreshUserGroups(userId) {
    const rec = store.users.get(userId);
    if (rec) rec.res = reorder({...rec.res, groups: userGroupsAttr(userId)}, USER_KEYS, USER_EXTENSIONS);
}

function refreshGroupMembers(rec) {
    const members = Array.from(rec.members, memberEntry);
    rec.res = reorder({...rec.res, members: members.length ? members : undefined}, GROUP_KEYS);
}

function toPlain(x) {
    return JSON.parse(JSON.stringify(x));
}

function scimmyUser(src) {
    return toPlain(new SCIMMY.Schemas.User(src, "out", state.urls.users));
}

function scimmyGroup(src) {
    return toPlain(new SCIMMY.Schemas.Group(src, "out", state.urls.groups));
}

function withoutMeta(res) {
    return JSON.stringify({...res, meta: undefined});
}

// ---------------------------------------------------------------------------------------------
// Licence groups (lucid profile with organisational groups)
// ---------------------------------------------------------------------------------------------
// Lucid grants licences through organisational groups whose licence settings an admin configures in
// Lucid's admin panel (not visible over SCIM). Here that configuration is state.licenceGroups, a map
// licence name -> group displayName, resolved case-sensitively (like Lucid's displayName filter) at
// the time of each change, so the groups need not exist when it is configured.

function normalizeLicenceGroups(body) {
    if (!body || typeof body !== "object" || Array.isArray(body)) {
        throw new AdminError("licence groups must be a JSON object {\"<licence>\": \"<group displayName>\"}");
    }
    const unknown = Object.keys(body).filter((k) => !LICENCES.includes(k));
    if (unknown.length) throw new AdminError(`unknown licence(s): ${unknown.join(", ")} (expected ${LICENCES.join(", ")})`);
    const out = {};
    for (const name of LICENCES) {
        if (!(name in body)) continue;
        if (typeof body[name] !== "string" || !body[name].length) throw new AdminError(`${name} must name a group: a non-empty displayName string`);
        out[name] = body[name];
    }
    return out;
}

function licenceGroupsActive() {
    return isLucid() && state.orgGroups && Object.keys(state.licenceGroups).length > 0;
}

function isLicenceGroupName(displayName) {
    return Object.values(state.licenceGroups).includes(displayName);
}

function licenceGroupOf(licence) {
    const displayName = state.licenceGroups[licence];
    if (displayName === undefined) return null;
    const g = store.groups.get(store.byGroupName.get(lower(displayName)));
    return g && g.res.displayName === displayName ? g : null;
}

// The licences the user's licence groups grant.
function groupLicences(userId) {
    const out = new Set();
    for (const name of LICENCES) {
        const g = licenceGroupOf(name);
        if (g && g.members.has(userId)) out.add(name);
    }
    return out;
}

// lic: {licence: bool}, changed in place. Licences in `lost` that `granted` does not hold are revoked; every
// licence in `granted` is given, an add-on only when a base licence is held; an add-on left without a base is removed.
function grantGroupLicences(lic, granted, lost = []) {
    for (const name of lost) if (!granted.has(name)) lic[name] = false;
    for (const name of BASE_LICENCES) if (granted.has(name)) lic[name] = true;
    const hasBase = BASE_LICENCES.some((n) => lic[n] === true);
    for (const name of ADDON_LICENCES) lic[name] = hasBase && (lic[name] === true || granted.has(name));
}

function licencesOf(res) {
    const l = (res[URN.lucid] && res[URN.lucid].productLicenses) || {};
    return Object.fromEntries(LICENCES.map((n) => [n, l[n] === true]));
}

// Store new licence flags on a user. now: bump version and lastModified (a write); null: seeding, no bump.
function storeLicences(rec, lic, now) {
    const ext = rec.res[URN.lucid];
    const productLicenses = Object.fromEntries(LICENCES.map((n) => [n, lic[n] === true]));
    // In the lucid profile every stored user has productLicenses: replacing the flags keeps SCIMMY's output shape.
    let canon = ext && ext.productLicenses ? {...rec.res, [URN.lucid]: {...ext, productLicenses}}
        : scimmyUser({...rec.res, [URN.lucid]: {...ext, productLicenses}});
    if (now) {
        rec.ver++;
        canon = {...canon, meta: {...canon.meta, lastModified: now, version: versionOf(rec)}};
    }
    commitUser(rec, canon);
}

// After a group's members or name changed: apply licence groups to the users whose memberships changed.
// before: Map userId -> Set of licences their licence groups granted before the change.
function applyLicenceGroupChange(before) {
    const now = new Date().toISOString();
    for (const [uid, had] of before) {
        const rec = store.users.get(uid);
        if (!rec || rec.res.active === false) continue;    // deactivated users hold no licences
        const granted = groupLicences(uid);
        const old = licencesOf(rec.res), lic = {...old};
        grantGroupLicences(lic, granted, [...had].filter((n) => !granted.has(n)));
        if (LICENCES.some((n) => lic[n] !== old[n])) storeLicences(rec, lic, now);
    }
}

// After seeding: every active member of a licence group holds its licence; licences held without a granting
// group are kept (Lucid keeps licences given before organisational groups were enabled).
function seedLicenceGroups() {
    const uids = new Set();
    for (const name of LICENCES) {
        const g = licenceGroupOf(name);
        if (g) for (const uid of g.members) uids.add(uid);
    }
    for (const uid of uids) {
        const rec = store.users.get(uid);
        if (!rec || rec.res.active === false) continue;
        const old = licencesOf(rec.res), lic = {...old};
        grantGroupLicences(lic, groupLicences(uid));
        if (LICENCES.some((n) => lic[n] !== old[n])) storeLicences(rec, lic, null);
    }
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

function applyLucidUserRules(src, existing, opts, ctx) {
    const ext = src[URN.lucid] && typeof src[URN.lucid] === "object" ? {...src[URN.lucid]} : {};
    const incoming = ext.productLicenses && typeof ext.productLicenses === "object" ? ext.productLicenses : {};
    const previous = (existing && existing.res[URN.lucid] && existing.res[URN.lucid].productLicenses) || {};
    // Lucid always reports "active"; a PUT without it keeps the previous value.
    if (src.active === undefined) src.active = existing ? existing.res.active !== false : true;
    const lic = {};
    for (const name of LICENCES) {
        // Organisational groups: licence changes by SCIM are silently ignored.
        lic[name] = (state.orgGroups && !opts.seeding) ? previous[name] === true : incoming[name] === true;
    }
    // Deactivated users are delicensed; reactivated ones get back the licences of the licence groups they are
    // still members of (memberships are kept while deactivated).
    if (src.active === false) for (const name of LICENCES) lic[name] = false;
    else if (existing && existing.res.active === false && licenceGroupsActive() && !opts.seeding) {
        grantGroupLicences(lic, groupLicences(existing.id));
    }
    const changed = LICENCES.some((n) => lic[n] !== (previous[n] === true));
    if (changed && ADDON_LICENCES.some((n) => lic[n]) && !BASE_LICENCES.some((n) => lic[n])) {
        const addons = ADDON_LICENCES.filter((n) => lic[n]).join(", ");
        throw passthroughError(ctx, 424, null,
            `Add-on licence ${addons} requires a base licence (Lucidchart or Lucidspark) that is not active for this user`);
    }
    ext.productLicenses = lic;
    src[URN.lucid] = ext;
}

// data: plain object in SCIMMY "in" shape. existing: user record or null.
function saveUser(data, existing, opts = {}, ctx) {
    const now = new Date().toISOString();
    const id = existing ? existing.id : (opts.id || newUserId());
    if (!existing && store.users.has(id)) throw scimError(409, "uniqueness", `User id '${id}' already exists`);
    const src = {...data};
    delete src.schemas;
    delete src.id;
    delete src.groups;
    delete src.password;
    delete src.meta;
    if (typeof src.userName !== "string" || !src.userName.length) throw scimError(400, "invalidValue", "Required attribute 'userName' is missing");
    const clash = store.byUserName.get(lower(src.userName));
    if (clash !== undefined && clash !== id) {
        throw scimError(409, "uniqueness", `userName '${src.userName}' is already in use`);
    }
    if (isLucid()) applyLucidUserRules(src, existing, opts, ctx);
    src.id = id;
    src.meta = {resourceType: "User", created: existing ? existing.res.meta.created : now, lastModified: now,
        version: existing ? versionOf(existing) : 'W/"1"'};
    src.groups = userGroupsAttr(id);
    const canon = scimmyUser(reorder(src, USER_KEYS, USER_EXTENSIONS));
    if (existing) {
        if (withoutMeta(canon) === withoutMeta(existing.res)) return existing;   // nothing changed
        existing.ver++;
        canon.meta.lastModified = now;
        canon.meta.version = versionOf(existing);
        commitUser(existing, canon);
        return existing;
    }
    const rec = {id, res: canon, ver: 1, owner: !!opts.owner};
    store.users.set(id, rec);
    indexUser(id, null, canon);
    invalidateUsers();
    if (rec.owner) state.ownerId = id;
    return rec;
}

function commitUser(rec, canon) {
    const old = rec.res;
    rec.res = canon;
    indexUser(rec.id, old, canon);
    if ((old.active !== false) !== (canon.active !== false)) invalidateUsers();
    else store.sortCache.clear();
    if (userDisplay(old) !== userDisplay(canon)) {
        // members[].display is derived: refresh it without bumping the groups' versions
        for (const gid of store.userGroups.get(rec.id) || []) {
            const g = store.groups.get(gid);
            if (g) refreshGroupMembers(g);
        }
    }
}

function deleteUser(rec) {
    const now = new Date().toISOString();
    for (const gid of store.userGroups.get(rec.id) || []) {
        const g = store.groups.get(gid);
        if (!g) continue;
        g.members.delete(rec.id);
        g.ver++;
        refreshGroupMembers(g);
        g.res.meta = {...g.res.meta, lastModified: now, version: versionOf(g)};
    }
    store.userGroups.delete(rec.id);
    store.users.delete(rec.id);
    indexUser(rec.id, rec.res, null);
    if (state.ownerId === rec.id) state.ownerId = null;
    invalidateUsers();
}

function resolveMembers(members, groupId) {
    const ids = [];
    const seen = new Set();
    for (const m of Array.isArray(members) ? members : []) {
        const value = m && m.value;
        if (typeof value !== "string" || !value.length) throw scimError(400, "invalidValue", "Group member is missing its 'value' (user id)");
        if (!store.users.has(value)) {
            if (store.groups.has(value) || value === groupId) throw scimError(400, "invalidValue", `Member '${value}' is a group: nested groups are not supported`);
            throw scimError(400, "invalidValue", `Member '${value}' does not exist`);
        }
        if (!seen.has(value)) {
            seen.add(value);
            ids.push(value);
        }
    }
    return ids;
}

function saveGroup(data, existing, opts = {}) {
    const now = new Date().toISOString();
    const id = existing ? existing.id : (opts.id || newGroupId());
    if (!existing && store.groups.has(id)) throw scimError(409, "uniqueness", `Group id '${id}' already exists`);
    if (typeof data.displayName !== "string" || !data.displayName.length) throw scimError(400, "invalidValue", "Required attribute 'displayName' is missing");
    const clash = store.byGroupName.get(lower(data.displayName));
    if (clash !== undefined && clash !== id) throw scimError(409, "uniqueness", `Group displayName '${data.displayName}' is already in use`);
    const memberIds = resolveMembers(data.members, id);
    const members = memberIds.map(memberEntry);
    const src = {
        externalId: data.externalId, displayName: data.displayName, members: members.length ? members : undefined,
        id, meta: {resourceType: "Group", created: existing ? existing.res.meta.created : now, lastModified: now,
            version: existing ? versionOf(existing) : 'W/"1"'},
    };
    const canon = scimmyGroup(reorder(src, GROUP_KEYS));
    if (existing) {
        if (withoutMeta(canon) === withoutMeta(existing.res)) return existing;
        existing.ver++;
        canon.meta.lastModified = now;
        canon.meta.version = versionOf(existing);
        commitGroup(existing, canon, memberIds);
        return existing;
    }
    const rec = {id, res: canon, ver: 1, members: new Set()};
    store.groups.set(id, rec);
    indexGroup(id, null, canon);
    invalidateGroups();
    commitGroup(rec, canon, memberIds);
    return rec;
}

function commitGroup(rec, canon, memberIds) {
    const old = rec.res;
    const next = new Set(memberIds);
    const renamed = old !== canon && old.displayName !== canon.displayName;
    // Licence groups: note what the users whose memberships change held through their groups before the change.
    let licenceBefore = null;
    if (licenceGroupsActive() && (isLicenceGroupName(old.displayName) || isLicenceGroupName(canon.displayName))) {
        licenceBefore = new Map();
        for (const uid of rec.members) if (renamed || !next.has(uid)) licenceBefore.set(uid, groupLicences(uid));
        for (const uid of next) if (!licenceBefore.has(uid) && (renamed || !rec.members.has(uid))) licenceBefore.set(uid, groupLicences(uid));
    }
    rec.res = canon;
    indexGroup(rec.id, old === canon ? null : old, canon);
    const affected = new Set();
    for (const uid of rec.members) {
        if (!next.has(uid)) {
            const s = store.userGroups.get(uid);
            if (s) s.delete(rec.id);
            affected.add(uid);
        }
    }
    for (const uid of next) {
        if (!rec.members.has(uid)) {
            addMulti(store.userGroups, uid, rec.id);
            affected.add(uid);
        }
    }
    rec.members = next;
    if (renamed) for (const uid of next) affected.add(uid);
    for (const uid of affected) refreshUserGroups(uid);
    if (licenceBefore) applyLicenceGroupChange(licenceBefore);
    store.sortCache.clear();
}

function deleteGroup(rec) {
    for (const uid of rec.members) {
        const s = store.userGroups.get(uid);
        if (s) s.delete(rec.id);
    }
    store.groups.delete(rec.id);
    indexGroup(rec.id, rec.res, null);
    for (const uid of rec.members) refreshUserGroups(uid);
    invalidateGroups();
}

// ---------------------------------------------------------------------------------------------
// If-Match
// ---------------------------------------------------------------------------------------------

function checkIfMatch(ctx, rec, kind) {
    if (!ctx || !ctx.req || ctx.bulk) return;
    const header = ctx.req.get("If-Match");
    if (!header) return;
    const current = versionOf(rec);
    const opaque = `"${rec.ver}"`;
    const ok = header.split(",").map((t) => t.trim()).some((t) => t === "*" || t === current || (t.startsWith("W/") ? t.slice(2) : t) === opaque);
    if (!ok) {
        throw scimError(412, null, `${kind} ${rec.id} has changed since it was read: If-Match ${header} does not match its current version ${current}`);
    }
}

// ---------------------------------------------------------------------------------------------
// Queries: filter, sort, page
// ---------------------------------------------------------------------------------------------

// The single "attr eq value" leaf of a SCIMMY filter, or null.
function singleEqLeaf(filter) {
    if (!filter || filter.length !== 1) return null;
    let node = filter[0];
    const parts = [];
    for (;;) {
        const keys = Object.keys(node);
        if (keys.length !== 1) return null;
        parts.push(keys[0]);
        const v = node[keys[0]];
        if (Array.isArray(v)) {
            if (v.length === 2 && typeof v[0] === "string" && v[0].toLowerCase() === "eq" && (v[1] === null || typeof v[1] !== "object")) {
                return {path: parts.join(".").toLowerCase(), value: v[1]};
            }
            return null;
        }
        if (!v || typeof v !== "object") return null;
        node = v;
    }
}

function stripUrn(pathLower, urn) {
    const p = urn.toLowerCase() + ":";
    return pathLower.startsWith(p) ? pathLower.slice(p.length) : pathLower;
}

function validateLucidFilter(filter, kind) {
    const raw = filter.expression || "";
    const stripped = raw.replace(/"(?:[^"\\]|\\.)*"/g, "\"\"");
    const leaf = singleEqLeaf(filter);
    if (!leaf || /[[\]()]/.test(stripped) || /(^|[^\w.:-])(and|or|not)(?=[^\w.:-]|$)/i.test(stripped)) {
        throw scimError(400, "invalidFilter", `Unsupported filter '${raw}': only a single 'attribute eq "value"' expression is supported`);
    }
    if (kind === "Group" && stripUrn(leaf.path, URN.group) !== "displayname") {
        throw scimError(400, "invalidFilter", `Unsupported filter '${raw}': groups can only be filtered with 'displayName eq "value"'`);
    }
    return leaf;
}

function recsFromIds(ids, map) {
    const out = [];
    for (const id of ids || []) {
        const r = map.get(id);
        if (r) out.push(r);
    }
    return out;
}

function scimmyMatch(filter, recs) {
    const matched = new Set(filter.match(recs.map((r) => r.res)));
    return recs.filter((r) => matched.has(r.res));
}

function filterUsers(filter) {
    const leaf = singleEqLeaf(filter);
    let list = null, identity = false;
    if (leaf) {
        let p = stripUrn(leaf.path, URN.user);
        const value = leaf.value;
        if (p === "username") {
            identity = true;
            list = typeof value === "string" ? recsFromIds([store.byUserName.get(value.toLowerCase())], store.users) : [];
        } else if (p === "externalid") {
            identity = true;
            list = typeof value === "string" ? recsFromIds(store.byExternalId.get(value), store.users) : [];
        } else if (p === "emails.value" || p === "emails" || (isLucid() && p === "email")) {
            identity = true;
            list = typeof value === "string" ? recsFromIds(store.byEmail.get(value.toLowerCase()), store.users) : [];
        } else if (p === "id") {
            identity = true;
            list = recsFromIds([value], store.users);
        } else if (isLucid()) {
            p = stripUrn(p, URN.lucid);
            const m = /^productlicenses\.(\w+)$/.exec(p);
            const licence = m && LICENCES.find((n) => n.toLowerCase() === m[1]);
            if (licence) {
                const want = value === true || (typeof value === "string" && value.toLowerCase() === "true");
                list = allUsers().filter((r) => {
                    const l = r.res[URN.lucid] && r.res[URN.lucid].productLicenses;
                    return ((l && l[licence]) === true) === want;
                });
            }
        }
        // keep the store's (creation) order for multi-hit index lookups
        if (list && list.length > 1) {
            const order = new Map(allUsers().map((r, i) => [r, i]));
            list.sort((a, b) => order.get(a) - order.get(b));
        }
    }
    if (!list) list = scimmyMatch(filter, allUsers());
    if (isLucid()) {
        // Inactive users are found by identity lookups (userName, externalId, emails, id) only.
        if (!identity) list = list.filter((r) => r.res.active !== false);
        if (list.length > LUCID_MAX_FILTERED) list = list.slice(0, LUCID_MAX_FILTERED);
    }
    return list;
}

function filterGroups(filter) {
    const leaf = singleEqLeaf(filter);
    if (leaf) {
        const p = stripUrn(leaf.path, URN.group);
        const value = leaf.value;
        if (p === "displayname" && typeof value === "string") {
            const r = store.groups.get(store.byGroupName.get(value.toLowerCase()));
            // Lucid: case-sensitive; generic: case-insensitive (RFC 7643 caseExact false)
            return r && (!isLucid() || r.res.displayName === value) ? [r] : [];
        }
        if (!isLucid()) {
            if (p === "externalid") return recsFromIds(store.groupsByExternalId.get(value), store.groups);
            if (p === "id") return recsFromIds([value], store.groups);
            if (p === "members.value" || p === "members") {
                const gids = new Set(store.userGroups.get(value) || []);
                return allGroups().filter((g) => gids.has(g.id));
            }
        }
    }
    return scimmyMatch(filter, allGroups());
}

// Sort exactly like SCIMMY's ListResponse does (it would re-sort only the page otherwise).
const collator = new Intl.Collator();

function sortKey(res, paths) {
    let v = res;
    for (const p of paths) {
        if (v === undefined || v === null) return undefined;
        const x = v[p];
        v = !Array.isArray(x) ? x : ((x.find((e) => e && e.primary) || x[0]) || {}).value ?? x[0];
    }
    return v;
}

function compareKeys(a, b) {
    const ua = a.v ?? undefined, ub = b.v ?? undefined;
    if (ua === undefined || ub === undefined) return ua === ub ? 0 : (ua === undefined ? 1 : -1);
    if (typeof a.v === "number" && typeof b.v === "number") return a.v - b.v;
    if (a.date && b.date) return a.t - b.t;
    return collator.compare(String(a.v), String(b.v));
}

function sortRecs(list, sortBy, sortOrder, cacheKey) {
    if (cacheKey && store.sortCache.has(cacheKey)) return store.sortCache.get(cacheKey);
    const paths = sortBy.split(".");
    const keyed = list.map((r) => {
        const v = sortKey(r.res, paths);
        const s = String(v instanceof Date ? v.toISOString() : v);
        const date = v !== undefined && v !== null && ISO_DATE.test(s);
        return {r, v, date, t: date ? new Date(v).getTime() : 0};
    });
    keyed.sort(compareKeys);
    const out = keyed.map((k) => k.r);
    if (sortOrder === "descending") out.reverse();
    if (cacheKey) store.sortCache.set(cacheKey, out);
    return out;
}

// Select the matching resources and the page the request asks for.
function selectPage(resource, kind) {
    const prof = PROFILES[state.profile];
    const c = resource.constraints || {};
    let list, filtered = false;
    if (resource.filter) {
        if (isLucid()) validateLucidFilter(resource.filter, kind);
        list = kind === "User" ? filterUsers(resource.filter) : filterGroups(resource.filter);
        filtered = true;
    } else {
        list = kind === "User" ? (isLucid() ? activeUsers() : allUsers()) : allGroups();
    }
    if (prof.sort && typeof c.sortBy === "string" && c.sortBy.length) {
        const order = c.sortOrder === "descending" ? "descending" : "ascending";
        list = sortRecs(list, c.sortBy, order, filtered ? null : `${kind}|${state.profile}|${c.sortBy}|${order}`);
    }
    const startIndex = c.startIndex !== undefined ? c.startIndex : 1;
    let count = c.count !== undefined ? c.count : (kind === "User" ? prof.defaultUserCount : prof.defaultGroupCount);
    count = Math.min(count, prof.maxResults);
    if (state.pageLimit > 0) count = Math.min(count, state.pageLimit);
    const total = list.length;
    const from = startIndex - 1;
    const to = Math.min(from + count, total);
    const pageLen = Math.max(0, to - from);
    // SCIMMY's ListResponse offsets the list it is handed by startIndex unless the list already is the tail
    // (totalResults === length + startIndex - 1) or is shorter than startIndex. Hand it what lands on the page.
    let handed;
    if (pageLen === 0) handed = [];
    else if (startIndex > pageLen || to === total) handed = list.slice(from, to);
    else {
        let end = to;
        if (total === end + startIndex - 1) end += 1;
        handed = list.slice(0, end);
    }
    return {handed, constraints: {startIndex, itemsPerPage: pageLen, totalResults: total}};
}

// Drop the heavy derived multi-valued attribute (members / groups) when the request excludes it anyway,
// so SCIMMY does not coerce thousands of values only to filter them out. Output is unchanged.
function projectionDrop(resource, kind, ctx) {
    const q = ctx && ctx.req && ctx.req.method === "GET" ? ctx.req.query : null;
    if (!q) return null;
    const key = kind === "User" ? "groups" : "members";
    const urn = (kind === "User" ? URN.user : URN.group).toLowerCase() + ":";
    const norm = (s) => s.trim().toLowerCase().replace(urn, "");
    if (typeof q.attributes === "string" && q.attributes.trim()) {
        return q.attributes.split(",").some((a) => norm(a).includes(key)) ? null : key;
    }
    if (typeof q.excludedAttributes === "string" && q.excludedAttributes.trim()) {
        return q.excludedAttributes.split(",").some((a) => norm(a) === key) ? key : null;
    }
    return null;
}

function listFastPath(resource, kind) {
    // Stored resources are kept in exactly the shape SCIMMY's "out" coercion produces (they were produced by it
    // on write, or generated in that shape and verified against it), so the page goes into SCIMMY's ListResponse as is.
    const sel = selectPage(resource, kind);
    return new SCIMMY.Messages.ListResponse(sel.handed.map((r) => r.res), sel.constraints);
}

// ---------------------------------------------------------------------------------------------
// SCIMMY handlers
// ---------------------------------------------------------------------------------------------

function userEgress(resource, ctx) {
    if (resource.id) {
        const rec = store.users.get(resource.id);
        if (!rec) throw scimError(404, null, `Resource ${resource.id} not found`);
        if (ctx && ctx.req && ctx.req.method === "PATCH") checkIfMatch(ctx, rec, "User");
        if (ctx && ctx.req && !ctx.bulk) ctx.req.scimEtag = versionOf(rec);
        return rec.res;
    }
    const sel = selectPage(resource, "User");
    resource.constraints = sel.constraints;
    const drop = projectionDrop(resource, "User", ctx);
    return sel.handed.map((r) => (drop ? {...r.res, [drop]: undefined} : r.res));
}

function userIngress(resource, instance, ctx) {
    const data = toPlain(instance);
    let rec;
    if (resource.id) {
        const existing = store.users.get(resource.id);
        if (!existing) throw scimError(404, null, `Resource ${resource.id} not found`);
        checkIfMatch(ctx, existing, "User");
        rec = saveUser(data, existing, {}, ctx);
    } else {
        rec = saveUser(data, null, {}, ctx);
        if (ctx && ctx.req && !ctx.bulk) ctx.req.scimLocation = rec.res.meta.location;
    }
    if (ctx && ctx.req && !ctx.bulk) ctx.req.scimEtag = versionOf(rec);
    return rec.res;
}

function userDegress(resource, ctx) {
    const rec = store.users.get(resource.id);
    if (!rec) throw scimError(404, null, `Resource ${resource.id} not found`);
    checkIfMatch(ctx, rec, "User");
    if (isLucid() && rec.owner) throw scimError(409, null, "account owner cannot be deleted");
    deleteUser(rec);
}

function groupEgress(resource, ctx) {
    if (resource.id) {
        const rec = store.groups.get(resource.id);
        if (!rec) throw scimError(404, null, `Resource ${resource.id} not found`);
        if (ctx && ctx.req && ctx.req.method === "PATCH") checkIfMatch(ctx, rec, "Group");
        if (ctx && ctx.req && !ctx.bulk) ctx.req.scimEtag = versionOf(rec);
        const drop = projectionDrop(resource, "Group", ctx);
        return drop ? {...rec.res, [drop]: undefined} : rec.res;
    }
    const sel = selectPage(resource, "Group");
    resource.constraints = sel.constraints;
    const drop = projectionDrop(resource, "Group", ctx);
    return sel.handed.map((r) => (drop ? {...r.res, [drop]: undefined} : r.res));
}

function groupIngress(resource, instance, ctx) {
    const data = toPlain(instance);
    let rec;
    if (resource.id) {
        const existing = store.groups.get(resource.id);
        if (!existing) throw scimError(404, null, `Resource ${resource.id} not found`);
        checkIfMatch(ctx, existing, "Group");
        rec = saveGroup(data, existing);
    } else {
        rec = saveGroup(data, null);
        if (ctx && ctx.req && !ctx.bulk) ctx.req.scimLocation = rec.res.meta.location;
    }
    if (ctx && ctx.req && !ctx.bulk) ctx.req.scimEtag = versionOf(rec);
    return rec.res;
}

function groupDegress(resource, ctx) {
    const rec = store.groups.get(resource.id);
    if (!rec) throw scimError(404, null, `Resource ${resource.id} not found`);
    checkIfMatch(ctx, rec, "Group");
    if (isLucid() && rec.members.size > 0) {
        throw scimError(400, null, `Group ${rec.id} still has ${rec.members.size} member(s): remove them before deleting the group`);
    }
    deleteGroup(rec);
}

// ---------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------

function clearStore(randomSeed) {
    store.users.clear();
    store.groups.clear();
    store.byUserName.clear();
    store.byExternalId.clear();
    store.byEmail.clear();
    store.byGroupName.clear();
    store.groupsByExternalId.clear();
    store.userGroups.clear();
    store.nextUserNum = 1001;
    store.nextGroupNum = 1001;
    store.idRand = mulberry32((randomSeed ^ 0x5bd1e995) >>> 0);
    state.ownerId = null;
    invalidateUsers();
    invalidateGroups();
}

function pick(rand, arr) {
    return arr[Math.floor(rand() * arr.length)];
}

// Generate n users and m groups directly in SCIMMY's output shape (verified by selfCheck()).
function generate(nUsers, nGroups, seed) {
    const rand = mulberry32(seed);
    const t0 = Date.UTC(2023, 0, 2, 9, 0, 0);
    const deptCum = [];
    let acc = 0;
    for (const d of DEPARTMENTS) deptCum.push(acc += d[1]);
    const users = new Array(nUsers);
    for (let i = 0; i < nUsers; i++) {
        const n = i + 1;
        const given = pick(rand, GIVEN_NAMES), family = pick(rand, FAMILY_NAMES);
        const x = rand() * acc;
        let di = deptCum.findIndex((c) => x < c);
        if (di < 0) di = DEPARTMENTS.length - 1;
        const [department, , costCenter, division, titles] = DEPARTMENTS[di];
        const owner = n === 1;
        const active = owner || rand() >= 0.03;
        const lic = {Lucidchart: rand() < 0.88, Lucidspark: rand() < 0.38, LucidscaleExplorer: rand() < 0.05, LucidscaleCreator: rand() < 0.02};
        if (owner) lic.Lucidchart = lic.Lucidspark = true;
        if ((lic.LucidscaleExplorer || lic.LucidscaleCreator) && !lic.Lucidchart && !lic.Lucidspark) lic.Lucidchart = true;
        if (!active) for (const k of LICENCES) lic[k] = false;
        const created = t0 + i * 360000 + Math.floor(rand() * 300000);
        const modified = created + Math.floor(rand() * 30 * 86400000);
        users[i] = {
            id: newUserId(), n, given, family, department, costCenter, division, owner, active, lic,
            title: owner ? "Account Owner" : pick(rand, titles),
            phone: rand() < 0.6 ? `+1-555-${String(100 + Math.floor(rand() * 900))}-${String(1000 + Math.floor(rand() * 9000))}` : null,
            billing: rand() < 0.25 ? `BC-${costCenter.slice(3)}` : null,
            hasManager: n > 1 && rand() < 0.85,
            created: new Date(created).toISOString(), modified: new Date(modified).toISOString(),
        };
    }
    // groups and memberships
    const groups = new Array(nGroups);
    for (let j = 0; j < nGroups; j++) {
        const base = GROUP_NAMES[j % GROUP_NAMES.length];
        const round = Math.floor(j / GROUP_NAMES.length);
        const created = t0 - 86400000 * 30 + j * 3600000;
        groups[j] = {id: newGroupId(), name: round ? `${base} ${round + 1}` : base, members: [],
            created: new Date(created).toISOString(), modified: new Date(created + Math.floor(rand() * 200 * 86400000)).toISOString()};
    }
    const memberOf = new Array(nUsers);
    for (let i = 0; i < nUsers; i++) {
        const x = rand();
        let k = x < 0.25 ? 0 : x < 0.65 ? 1 : x < 0.90 ? 2 : 3;
        k = Math.min(k, nGroups);
        const chosen = [];
        while (chosen.length < k) {
            const j = Math.floor(rand() * nGroups);
            if (!chosen.includes(j)) chosen.push(j);
        }
        chosen.sort((a, b) => a - b);
        memberOf[i] = chosen;
        for (const j of chosen) groups[j].members.push(i);
    }
    // canonical users
    const userUrl = state.urls.users, groupUrl = state.urls.groups;
    for (let i = 0; i < nUsers; i++) {
        const u = users[i];
        const slug = `${asciiSlug(u.given)}.${asciiSlug(u.family)}.${u.n}`;
        const email = `${slug}@example.com`;
        const displayName = `${u.given} ${u.family}`;
        u.displayName = displayName;
        const res = {
            schemas: [URN.user, URN.ent, URN.lucid],
            id: u.id,
            externalId: `E${String(u.n).padStart(6, "0")}`,
            meta: {resourceType: "User", created: u.created, lastModified: u.modified, location: `${userUrl}/${u.id}`, version: 'W/"1"'},
            userName: email,
            name: {formatted: displayName, familyName: u.family, givenName: u.given},
            displayName,
            title: u.title,
            active: u.active,
            emails: [{value: email, type: "work", primary: true}],
        };
        if (u.phone) res.phoneNumbers = [{value: u.phone, type: "work"}];
        if (memberOf[i].length) {
            res.groups = memberOf[i].map((j) => ({value: groups[j].id, $ref: `${groupUrl}/${groups[j].id}`, display: groups[j].name}));
        }
        if (u.owner) res.roles = [{value: "AccountAdmin", primary: true}];
        const ent = {employeeNumber: String(u.n).padStart(6, "0"), costCenter: u.costCenter, organization: "Example Corp",
            division: u.division, department: u.department};
        if (u.hasManager) {
            const m = users[Math.floor((i - 1) / 8)];
            ent.manager = {value: m.id, $ref: `${userUrl}/${m.id}`, displayName: `${m.given} ${m.family}`};
        }
        res[URN.ent] = ent;
        const lucid = {productLicenses: {...u.lic}};
        if (u.billing) lucid.billingCode = u.billing;
        res[URN.lucid] = lucid;
        const rec = {id: u.id, res, ver: 1, owner: u.owner};
        store.users.set(u.id, rec);
        store.byUserName.set(email.toLowerCase(), u.id);
        addMulti(store.byExternalId, res.externalId, u.id);
        addMulti(store.byEmail, email.toLowerCase(), u.id);
        if (u.owner) state.ownerId = u.id;
    }
    for (const g of groups) {
        const res = {
            schemas: [URN.group], id: g.id,
            meta: {resourceType: "Group", created: g.created, lastModified: g.modified, location: `${groupUrl}/${g.id}`, version: 'W/"1"'},
            displayName: g.name,
        };
        if (g.members.length) {
            res.members = g.members.map((i) => ({value: users[i].id, display: users[i].displayName, $ref: `${userUrl}/${users[i].id}`, type: "User"}));
        }
        const memberIds = new Set(g.members.map((i) => users[i].id));
        store.groups.set(g.id, {id: g.id, res, ver: 1, members: memberIds});
        store.byGroupName.set(g.name.toLowerCase(), g.id);
        for (const uid of memberIds) addMulti(store.userGroups, uid, g.id);
    }
    invalidateUsers();
    invalidateGroups();
}

function loadSeed(seed) {
    if (!seed || typeof seed !== "object") throw new Error("seed must be an object with 'users' and/or 'groups' arrays");
    const users = seed.users || [], groups = seed.groups || [];
    if (!Array.isArray(users) || !Array.isArray(groups)) throw new Error("seed.users and seed.groups must be arrays");
    const hadOwner = state.ownerId !== null;
    let ownerIndex = -1;
    if (!hadOwner && users.length) {
        ownerIndex = users.findIndex((u) => u && u.title === "Account Owner");
        if (ownerIndex < 0) ownerIndex = 0;
    }
    users.forEach((u, i) => {
        try {
            const data = toPlain(new SCIMMY.Schemas.User(u, "in"));
            saveUser(data, null, {id: typeof u.id === "string" && u.id ? u.id : undefined, owner: i === ownerIndex, seeding: true});
        } catch (ex) {
            throw new Error(`seed user #${i + 1} (${u && u.userName}): ${ex.message}`);
        }
    });
    groups.forEach((g, i) => {
        try {
            const members = (Array.isArray(g.members) ? g.members : []).map((m) => {
                if (m && typeof m.value === "string") return {value: m.value};
                if (m && typeof m.userName === "string") {
                    const id = store.byUserName.get(m.userName.toLowerCase());
                    if (!id) throw new Error(`member userName '${m.userName}' not found`);
                    return {value: id};
                }
                throw new Error("members need 'value' (user id) or 'userName'");
            });
            const data = toPlain(new SCIMMY.Schemas.Group({...g, members}, "in"));
            if (members.length) data.members = members;
            saveGroup(data, null, {id: typeof g.id === "string" && g.id ? g.id : undefined});
        } catch (ex) {
            throw new Error(`seed group #${i + 1} (${g && g.displayName}): ${ex.message}`);
        }
    });
}

// Compare stored resources with what SCIMMY's own coercion makes of them.
function selfCheck(sample = 20) {
    const mismatches = [];
    const check = (kind, rec) => {
        // huge groups: compare a copy with the first 100 members (the check is per value, so that is representative)
        const res = kind === "Group" && rec.res.members && rec.res.members.length > 100 ? {...rec.res, members: rec.res.members.slice(0, 100)} : rec.res;
        const expected = JSON.stringify(kind === "User" ? scimmyUser(res) : scimmyGroup(res));
        const actual = JSON.stringify(res);
        if (expected !== actual) mismatches.push({kind, id: rec.id, stored: res, scimmy: JSON.parse(expected)});
    };
    const pickSome = (list) => {
        if (list.length <= sample) return list;
        const out = [];
        for (let i = 0; i < sample; i++) out.push(list[Math.floor(i * list.length / sample)]);
        out.push(list[list.length - 1]);
        return out;
    };
    const users = pickSome(allUsers()), groups = pickSome(allGroups());
    for (const r of users) check("User", r);
    for (const r of groups) check("Group", r);
    return {checkedUsers: users.length, checkedGroups: groups.length, mismatches};
}

// ---------------------------------------------------------------------------------------------
// Faults and the request log
// ---------------------------------------------------------------------------------------------

const FAULT_DEFAULTS = {latencyMs: 0, error500Rate: 0, error429Rate: 0, retryAfterSeconds: 1, resetRate: 0,
    resetAfterRate: 0, rps: 0, randomSeed: 1, script: []};
const SCRIPT_KEYS = ["match", "status", "retryAfter", "body", "contentType", "reset", "resetAfter", "latencyMs", "headers"];

const faults = {config: {...FAULT_DEFAULTS}, script: [], rand: mulberry32(1), bucket: {tokens: 0, last: 0}};
const requestLog = {seq: 0, entries: []};

function normalizeFaults(body) {
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AdminError("fault config must be a JSON object");
    const unknown = Object.keys(body).filter((k) => !(k in FAULT_DEFAULTS));
    if (unknown.length) throw new AdminError(`unknown fault setting(s): ${unknown.join(", ")}`);
    const cfg = {...FAULT_DEFAULTS, ...body};
    for (const k of ["latencyMs", "error500Rate", "error429Rate", "retryAfterSeconds", "resetRate", "resetAfterRate", "rps", "randomSeed"]) {
        if (typeof cfg[k] !== "number" || !Number.isFinite(cfg[k])) throw new AdminError(`${k} must be a number`);
    }
    for (const k of ["error500Rate", "error429Rate", "resetRate", "resetAfterRate"]) {
        if (cfg[k] < 0 || cfg[k] > 1) throw new AdminError(`${k} must be between 0 and 1`);
    }
    if (cfg.error500Rate + cfg.error429Rate + cfg.resetRate + cfg.resetAfterRate > 1) throw new AdminError("the fault rates add up to more than 1");
    if (cfg.latencyMs < 0 || cfg.rps < 0) throw new AdminError("latencyMs and rps must not be negative");
    cfg.retryAfterSeconds = Math.max(1, Math.ceil(cfg.retryAfterSeconds));
    if (!Array.isArray(cfg.script)) throw new AdminError("script must be an array");
    cfg.script = cfg.script.map((e, i) => {
        if (!e || typeof e !== "object" || Array.isArray(e)) throw new AdminError(`script[${i}] must be an object`);
        const bad = Object.keys(e).filter((k) => !SCRIPT_KEYS.includes(k));
        if (bad.length) throw new AdminError(`script[${i}]: unknown key(s) ${bad.join(", ")}`);
        if (e.match !== undefined && typeof e.match !== "string") throw new AdminError(`script[${i}].match must be a string like "GET /Users"`);
        if (e.status !== undefined && (!Number.isInteger(e.status) || e.status < 100 || e.status > 599)) throw new AdminError(`script[${i}].status must be an HTTP status code`);
        if (!e.reset && !e.resetAfter && e.status === undefined && e.latencyMs === undefined) {
            throw new AdminError(`script[${i}] needs one of status, reset, resetAfter or latencyMs`);
        }
        return {...e, match: e.match === undefined ? null : parseMatch(e.match)};
    });
    return cfg;
}

function parseMatch(s) {
    const t = s.trim();
    const m = /^([A-Za-z]+)?\s*(\/[^\s?]*)?(?:\?(\S*))?$/.exec(t);
    if (!m || (!m[1] && !m[2]) || (m[3] !== undefined && !m[2])) {
        throw new AdminError(`bad match '${s}': expected "METHOD /PathPrefix[?name=value&...]", "METHOD" or "/PathPrefix"`);
    }
    // "GET /Users?startIndex=201": the query parameters named must all have these values.
    const query = m[3] !== undefined ? Object.fromEntries(new URLSearchParams(m[3])) : null;
    return {text: t, method: m[1] ? m[1].toUpperCase() : null, prefix: m[2] || null, query};
}

function matchesQuery(match, req) {
    if (!match.query) return true;
    return Object.entries(match.query).every(([name, value]) => String(req.query[name]) === value);
}

function setFaults(cfg) {
    faults.config = cfg;
    faults.script = cfg.script.slice();
    faults.rand = mulberry32(cfg.randomSeed);
    faults.bucket = {tokens: Math.max(1, cfg.rps), last: performance.now() / 1000};
}

function describeFaults() {
    return {...faults.config, script: faults.config.script.map(describeScriptEntry),
        pendingScript: faults.script.map(describeScriptEntry)};
}

function describeScriptEntry(e) {
    return {...e, match: e.match ? e.match.text : undefined};
}

function takeToken(rps) {
    const now = performance.now() / 1000;
    const b = faults.bucket;
    const cap = Math.max(1, rps);
    b.tokens = Math.min(cap, b.tokens + (now - b.last) * rps);
    b.last = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rps));
}

function sendScimError(res, status, scimType, detail, headers = {}) {
    const body = {schemas: [URN.error], status: String(status)};
    if (scimType) body.scimType = scimType;
    if (detail) body.detail = detail;
    res.status(status).set(headers).set("Content-Type", "application/scim+json; charset=utf-8").send(JSON.stringify(body));
}

function requestLogger(req, res, next) {
    const q = req.originalUrl.indexOf("?");
    const entry = {
        seq: ++requestLog.seq, time: new Date().toISOString(), method: req.method, path: req.path,
        url: req.originalUrl, query: Object.fromEntries(new URLSearchParams(q >= 0 ? req.originalUrl.slice(q + 1) : "")),
        status: null, ifMatch: req.get("If-Match") ?? null, userAgent: req.get("User-Agent") ?? null,
        contentType: req.get("Content-Type") ?? null, faulted: null, faultSource: null, durationMs: null, body: null,
    };
    requestLog.entries.push(entry);
    if (requestLog.entries.length > MAX_LOG + 500) requestLog.entries.splice(0, requestLog.entries.length - MAX_LOG);
    const start = process.hrtime.bigint();
    const done = () => {
        if (entry.durationMs !== null) return;
        entry.durationMs = Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;
        if (req.method !== "GET" && req.body !== undefined && req.body !== null && typeof req.body === "object") entry.body = req.body;
    };
    res.on("finish", () => {
        entry.status = res.statusCode;
        done();
    });
    res.on("close", done);
    req.scimLogEntry = entry;
    next();
}

function faultInjector(req, res, next) {
    const cfg = faults.config;
    const entry = req.scimLogEntry;
    const apply = (f, source) => {
        entry.faultSource = source;
        if (f.reset) {
            entry.faulted = "reset";
            req.socket.destroy();
            return;
        }
        if (f.resetAfter) {
            entry.faulted = "resetAfter";
            // Let the request be processed completely, then drop the connection instead of answering.
            res.end = function () {
                entry.status = res.statusCode;
                req.socket.destroy();
                return res;
            };
            res.write = function () {
                return true;
            };
            return next();
        }
        if (f.status !== undefined) {
            const status = f.status;
            entry.faulted = String(status);
            const headers = {...(f.headers || {})};
            if (status === 429 || f.retryAfter !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(f.retryAfter ?? cfg.retryAfterSeconds)));
            if (f.body !== undefined) {
                const text = typeof f.body === "string" ? f.body : JSON.stringify(f.body);
                const type = f.contentType || (typeof f.body === "string" ? "text/plain; charset=utf-8" : "application/scim+json; charset=utf-8");
                res.status(status).set(headers).set("Content-Type", type).send(text);
            } else if (status === 429) {
                sendScimError(res, 429, "tooMany", "Too many requests (injected fault): retry later", headers);
            } else {
                sendScimError(res, status, null, `Injected fault: HTTP ${status}`, headers);
            }
            return;
        }
        next();     // latency-only script entry
    };
    const proceed = () => {
        const idx = faults.script.findIndex((e) => !e.match || ((!e.match.method || e.match.method === req.method)
            && (!e.match.prefix || req.path.startsWith(e.match.prefix)) && matchesQuery(e.match, req)));
        if (idx >= 0) {
            const f = faults.script.splice(idx, 1)[0];
            if (f.latencyMs && !f.reset && !f.resetAfter && f.status === undefined) {
                entry.faulted = "latency";
                entry.faultSource = "script";
                return setTimeout(next, f.latencyMs);
            }
            if (f.latencyMs) return setTimeout(() => apply(f, "script"), f.latencyMs);
            return apply(f, "script");
        }
        if (cfg.rps > 0) {
            const wait = takeToken(cfg.rps);
            if (wait) {
                entry.faulted = "429";
                entry.faultSource = "rps";
                return sendScimError(res, 429, "tooMany", `Too many requests: the limit is ${cfg.rps} requests per second`, {"Retry-After": String(wait)});
            }
        }
        const u = faults.rand();
        let acc = 0;
        if (u < (acc += cfg.resetRate)) return apply({reset: true}, "random");
        if (u < (acc += cfg.resetAfterRate)) return apply({resetAfter: true}, "random");
        if (u < (acc += cfg.error500Rate)) return apply({status: 500}, "random");
        if (u < (acc += cfg.error429Rate)) return apply({status: 429}, "random");
        next();
    };
    if (cfg.latencyMs > 0) setTimeout(proceed, cfg.latencyMs);
    else proceed();
}

// ---------------------------------------------------------------------------------------------
// Reset
// ---------------------------------------------------------------------------------------------

function resetAll(opts) {
    const t0 = process.hrtime.bigint();
    state.profile = opts.profile;
    state.orgGroups = opts.orgGroups;
    state.licenceGroups = opts.licenceGroups;
    state.randomSeed = opts.randomSeed;
    state.pageLimit = opts.pageLimit;
    state.rateLimits = new RateLimits(opts.profile, {timeScale: CONFIG.timeScale});
    applyServiceProviderConfig(state.profile);
    clearStore(opts.randomSeed);
    generate(opts.users, opts.groups, opts.randomSeed);
    if (opts.seed) loadSeed(opts.seed);
    if (licenceGroupsActive()) seedLicenceGroups();
    setFaults({...FAULT_DEFAULTS, script: []});
    requestLog.entries = [];
    lucidRest.reset();
    return {ok: true, users: store.users.size, groups: store.groups.size, ms: Number(process.hrtime.bigint() - t0) / 1e6};
}

function resolveReset(body) {
    const allowed = ["profile", "users", "groups", "randomSeed", "seed", "orgGroups", "licenceGroups", "pageLimit"];
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AdminError("reset body must be a JSON object");
    const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
    if (unknown.length) throw new AdminError(`unknown reset option(s): ${unknown.join(", ")}`);
    const o = {
        profile: body.profile ?? CONFIG.profile, users: body.users ?? CONFIG.users, groups: body.groups ?? CONFIG.groups,
        randomSeed: body.randomSeed ?? CONFIG.randomSeed, orgGroups: body.orgGroups ?? CONFIG.orgGroups,
        pageLimit: body.pageLimit ?? CONFIG.pageLimit,
        seed: "seed" in body ? body.seed : CONFIG.seed,
        licenceGroups: "licenceGroups" in body ? normalizeLicenceGroups(body.licenceGroups) : {...CONFIG.licenceGroups},
    };
    if (!(o.profile in PROFILES)) throw new AdminError(`profile must be one of ${PROFILE_NAMES}`);
    for (const k of ["users", "groups", "randomSeed", "pageLimit"]) if (!Number.isInteger(o[k])) throw new AdminError(`${k} must be an integer`);
    if (o.users < 0 || o.groups < 0 || o.pageLimit < 0) throw new AdminError("users, groups and pageLimit must not be negative");
    if (typeof o.orgGroups !== "boolean") throw new AdminError("orgGroups must be a boolean");
    if (o.seed !== null && o.seed !== undefined && (typeof o.seed !== "object" || Array.isArray(o.seed))) throw new AdminError("seed must be {users:[...], groups:[...]} or null");
    return o;
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

function bearerOk(req) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get("Authorization") || "");
    return m ? (m[1] === CONFIG.token ? null : "Invalid bearer token") : "Missing bearer token: send 'Authorization: Bearer <token>'";
}

function authCheck(req, res, next) {
    const problem = bearerOk(req);
    if (!problem) return next();
    res.status(401).set("WWW-Authenticate", "Bearer realm=\"scim\"").set("Content-Type", "application/scim+json; charset=utf-8")
        .send(JSON.stringify(new SCIMMY.Messages.Error({status: 401, message: problem})));
}

function lucidGate(req, res, next) {
    if (isLucid() && (/^\/(ResourceTypes|Bulk)(\/|$)/i.test(req.path) || /(^|\/)\.search\/?$/i.test(req.path))) {
        return sendScimError(res, 404, null, "Endpoint Not Found");
    }
    next();
}

// --page-cache: a list page asked for with nothing but startIndex and count is kept as the bytes it was sent as,
// and sent again as they are, so that serving it costs next to nothing (benchmarks compare clients with a plain
// download). Any write, and any admin change, drops every kept page.
const pageCache = new Map();

function pageCacheKey(req) {
    if (!/^\/(Users|Groups)\/?$/.test(req.path)) return null;
    if (Object.keys(req.query).some((name) => name !== "startIndex" && name !== "count")) return null;
    return `${req.path}?${req.query.startIndex ?? ""}&${req.query.count ?? ""}`;
}

function pageCacheHook(req, res, next) {
    if (!CONFIG.pageCache) return next();
    if (req.method !== "GET") {
        pageCache.clear();
        return next();
    }
    const key = pageCacheKey(req);
    if (!key) return next();
    const kept = pageCache.get(key);
    if (kept) return res.status(200).set("Content-Type", kept.type).set("Content-Length", String(kept.body.length)).end(kept.body);
    const end = res.end;
    res.end = function (chunk, encoding, ...rest) {
        if (this.statusCode === 200 && chunk && !pageCache.has(key)) {
            const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
            pageCache.set(key, {type: this.get("Content-Type"), body});
        }
        return end.call(this, chunk, encoding, ...rest);
    };
    next();
}

function responseHooks(req, res, next) {
    const send = res.send;
    res.send = function (body) {
        if (this.statusCode < 300 && req.scimEtag && !this.get("ETag")) this.set("ETag", req.scimEtag);
        if (this.statusCode === 201 && req.scimLocation && !this.get("Location")) this.set("Location", req.scimLocation);
        return send.call(this, body);
    };
    next();
}

// Lucid's REST API (OAuth and transferUserContent), on the users of the SCIM store: lib/lucid-rest.js.
const lucidRest = createLucidRest({
    findByEmail(email) {
        const id = [...(store.byEmail.get(lower(email)) || [])][0] ?? store.byUserName.get(lower(email));
        const rec = id && store.users.get(id);
        return rec ? {id, active: rec.res.active !== false} : null;
    },
    scimRequestSeq: () => requestLog.seq,
});

function buildApp() {
    const app = express();
    app.set("etag", false);
    app.disable("x-powered-by");
    app.use("/_admin/lucidRest", lucidRest.admin);
    app.use(lucidRest.api);

    // ---- admin API (no auth, no faults) ----
    const admin = express.Router();
    admin.use(express.json({limit: "500mb", type: () => true}));
    admin.use((req, res, next) => {
        if (req.method !== "GET") pageCache.clear();
        next();
    });
    admin.get("/state", (req, res) => {
        const summary = req.query.summary === "1" || req.query.summary === "true";
        const body = {profile: state.profile, orgGroups: state.orgGroups, licenceGroups: state.licenceGroups, ownerId: state.ownerId,
            userCount: store.users.size, groupCount: store.groups.size};
        if (!summary) {
            body.users = allUsers().map((r) => r.res);
            body.groups = allGroups().map((r) => r.res);
        }
        res.json(body);
    });
    admin.post("/reset", (req, res) => {
        const o = resolveReset(req.body || {});
        try {
            res.json(resetAll(o));
        } catch (ex) {
            // leave a consistent (empty) store behind
            clearStore(o.randomSeed);
            throw new AdminError(`reset failed: ${ex.message}`);
        }
    });
    admin.get("/faults", (req, res) => res.json(describeFaults()));
    admin.post("/faults", (req, res) => {
        setFaults(normalizeFaults(req.body || {}));
        res.json({ok: true, faults: describeFaults()});
    });
    admin.delete("/faults", (req, res) => {
        setFaults({...FAULT_DEFAULTS, script: []});
        res.json({ok: true, faults: describeFaults()});
    });
    admin.get("/requests", (req, res) => {
        const list = requestLog.entries.slice(-MAX_LOG);
        res.json({count: list.length, requests: list});
    });
    admin.delete("/requests", (req, res) => {
        requestLog.entries = [];
        res.json({ok: true});
    });
    admin.get("/orgGroups", (req, res) => res.json({orgGroups: state.orgGroups}));
    admin.post("/orgGroups", (req, res) => {
        if (!req.body || typeof req.body.enabled !== "boolean") throw new AdminError("body must be {\"enabled\": true|false}");
        state.orgGroups = req.body.enabled;
        res.json({ok: true, orgGroups: state.orgGroups});
    });
    // Licence groups take effect at the next membership change or reactivation; configuring them changes no user.
    admin.get("/licenceGroups", (req, res) => res.json({licenceGroups: state.licenceGroups}));
    admin.post("/licenceGroups", (req, res) => {
        state.licenceGroups = normalizeLicenceGroups(req.body);
        res.json({ok: true, licenceGroups: state.licenceGroups});
    });
    admin.get("/limits", (req, res) => res.json(state.rateLimits.describe()));
    admin.delete("/limits", (req, res) => {
        state.rateLimits.reset();
        res.json({ok: true});
    });
    admin.get("/selfcheck", (req, res) => res.json(selfCheck(Number(req.query.sample) || 20)));
    admin.use((req, res) => res.status(404).json({error: `no admin endpoint ${req.method} ${req.path}`}));
    admin.use((err, req, res, next) => {   // eslint-disable-line no-unused-vars
        const status = err instanceof AdminError || err.type === "entity.parse.failed" ? 400 : (err.status || 500);
        res.status(status).json({error: err.message});
    });
    app.use("/_admin", admin);

    // ---- SCIM ----
    const routers = new SCIMMYRouters({
        type: "bearer",
        docUri: "https://datatracker.ietf.org/doc/html/rfc6750",
        handler: (req) => {
            const problem = bearerOk(req);
            if (problem) throw new Error(problem);
            return state.ownerId;
        },
        context: (req) => ({req, bulk: /^\/Bulk\/?$/i.test(req.path)}),
        baseUri: () => state.origin,
    });
    applyServiceProviderConfig(state.profile);   // the routers' constructor sets its own defaults
    const rateLimiter = rateLimitMiddleware(() => state.rateLimits, sendScimError);
    // The rate limits come before the faults: an injected latency is time a request is being served.
    app.use(BASE_PATH, requestLogger, rateLimiter, faultInjector, authCheck, lucidGate, pageCacheHook, responseHooks, routers);
    app.use((err, req, res, next) => {   // eslint-disable-line no-unused-vars
        if (res.headersSent) {
            // SCIMMY's router already answered (it re-throws 5xx after responding)
            if (!(err instanceof SCIMMY.Types.Error)) process.stderr.write(`scim-server: ${err.stack || err}\n`);
            return;
        }
        const p = req.scimPassthroughError;
        if (p) return sendScimError(res, p.status, p.scimType, p.detail);
        process.stderr.write(`scim-server: unhandled error: ${err.stack || err}\n`);
        sendScimError(res, 500, null, err.message || "Internal server error");
    });
    app.use((req, res) => res.status(404).json({error: `Not found: ${req.method} ${req.path} (SCIM lives under ${BASE_PATH}, admin under /_admin)`}));
    return app;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function writePortFile(file, port) {
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, `${port}\n`);
    fs.renameSync(tmp, file);
}

function main() {
    const app = buildApp();
    const server = http.createServer(app);
    server.keepAliveTimeout = 30000;
    server.headersTimeout = 35000;
    const sockets = new Set();
    server.on("connection", (s) => {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
    });
    server.on("error", (ex) => die(`cannot listen on 127.0.0.1:${CONFIG.port}: ${ex.message}`, 1));
    server.listen(CONFIG.port, "127.0.0.1", () => {
        const port = server.address().port;
        setOrigin(port);
        for (const R of [SCIMMY.Resources.Schema, SCIMMY.Resources.ResourceType, SCIMMY.Resources.ServiceProviderConfig, User, Group]) {
            R.basepath(`${state.origin}${BASE_PATH}`);
        }
        let result;
        try {
            result = resetAll(resolveReset({}));
        } catch (ex) {
            die(`seeding failed: ${ex.message}`, 1);
        }
        const check = selfCheck(5);
        if (check.mismatches.length) {
            process.stderr.write(`scim-server: WARNING stored resources differ from SCIMMY's coercion:\n${JSON.stringify(check.mismatches[0], null, 1)}\n`);
        }
        process.stderr.write(`scim-server: seeded ${result.users} users and ${result.groups} groups in ${result.ms.toFixed(0)} ms\n`);
        if (CONFIG.portFile) writePortFile(CONFIG.portFile, port);
        process.stdout.write(`scim-server listening on ${state.origin}${BASE_PATH} profile=${state.profile} users=${result.users} groups=${result.groups}\n`);
    });
    let stopping = false;
    const stop = (signal) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`scim-server: ${signal}, shutting down\n`);
        if (CONFIG.portFile) {
            try {
                if (fs.readFileSync(CONFIG.portFile, "utf8").trim() === String(server.address() && server.address().port)) fs.unlinkSync(CONFIG.portFile);
            } catch {
                // not there: nothing to clean up
            }
        }
        server.close(() => process.exit(0));
        for (const s of sockets) s.destroy();
        setTimeout(() => process.exit(0), 2000).unref();
    };
    process.on("SIGTERM", () => stop("SIGTERM"));
    process.on("SIGINT", () => stop("SIGINT"));
}

main();
