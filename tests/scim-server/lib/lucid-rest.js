"use strict";
/*
 * Lucid's REST API as far as ScimDesk uses it, beside the SCIM service: the OAuth 2.0 authorisation server
 * (authorisation code flow with PKCE S256, refresh tokens that rotate, short-lived access tokens) and
 * POST /transferUserContent (token and scope checked, both users must exist, 30 requests per 5 s).
 *
 *   GET  /oauth2/authorizeAccount   plays an account admin who allows access: redirects to the loopback
 *                                   redirect_uri with a code (400 for an unknown client or a non-loopback URI)
 *   POST /oauth2/token              authorization_code (code_verifier checked) and refresh_token grants
 *   POST /transferUserContent       {"fromUser": email, "toUser": email} -> 200 with an empty body
 *   GET|POST|DELETE /_admin/lucidRest   state (transfers, issued tokens, counters) and configuration
 */

const crypto = require("node:crypto");
const express = require("express");

const SCOPE = "account.user.transfercontent";
const DEFAULTS = {
    clientId: "scimdesk-test-client",
    clientSecret: "scimdesk+test/secret=",
    accessTokenTtlSeconds: 3600,
    rateLimit: {requests: 30, windowMs: 5000},
    denyConsent: false,   // true: the admin says no (access_denied on the redirect)
};

function randomToken(prefix) {
    return `${prefix}${crypto.randomBytes(24).toString("base64url")}`;
}

function base64UrlSha256(text) {
    return crypto.createHash("sha256").update(text, "ascii").digest("base64url");
}

function isLoopback(uri) {
    try {
        const url = new URL(uri);
        return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    } catch {
        return false;
    }
}

function oauthError(res, status, error, description) {
    res.status(status).json({error, error_description: description});
}

// `users` answers findByEmail(email) -> {id, active} | null, from the SCIM store, and scimRequestSeq() -> the
// sequence number of the last SCIM request logged (a transfer's place among them).
function createLucidRest(users) {
    const rest = {};

    rest.reset = () => {
        rest.config = structuredClone(DEFAULTS);
        rest.codes = new Map();          // code -> {clientId, redirectUri, challenge, scope, expires}
        rest.access = new Map();         // access token -> {clientId, scope, expires}
        rest.refresh = new Map();        // refresh token -> {clientId, scope}
        rest.issued = {accessTokens: [], refreshTokens: []};
        rest.transfers = [];
        rest.sent = [];                  // when each transfer request arrived (ms), for the rate limit
        rest.counts = {authorizations: 0, tokenGrants: 0, refreshes: 0, transferRequests: 0, unauthorized: 0, tooMany: 0};
    };
    rest.reset();

    function issue(clientId, scope) {
        const access = randomToken("lucid-at-");
        const refresh = randomToken("lucid-rt-");
        const ttl = rest.config.accessTokenTtlSeconds;
        rest.access.set(access, {clientId, scope, expires: Date.now() + ttl * 1000});
        rest.refresh.set(refresh, {clientId, scope});
        rest.issued.accessTokens.push(access);
        rest.issued.refreshTokens.push(refresh);
        return {access_token: access, refresh_token: refresh, token_type: "bearer", expires_in: ttl, scope, client_id: clientId};
    }

    function clientOf(req) {
        let id = req.body.client_id, secret = req.body.client_secret;
        const basic = /^Basic\s+(\S+)$/i.exec(req.get("Authorization") || "");
        if (basic) [id, secret] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
        return id === rest.config.clientId && secret === rest.config.clientSecret ? id : null;
    }

    const api = express.Router();
    api.get("/oauth2/authorizeAccount", (req, res) => {
        const q = req.query;
        if (q.client_id !== rest.config.clientId) return oauthError(res, 400, "invalid_client", `Unknown client_id '${q.client_id}'`);
        if (!isLoopback(q.redirect_uri)) return oauthError(res, 400, "invalid_request", "redirect_uri must be a loopback http address");
        const back = new URL(q.redirect_uri);
        if (q.state !== undefined) back.searchParams.set("state", q.state);
        const fail = (error, description) => {
            back.searchParams.set("error", error);
            back.searchParams.set("error_description", description);
            res.redirect(302, back.toString());
        };
        if (q.response_type !== "code") return fail("unsupported_response_type", "response_type must be code");
        if (!q.code_challenge || q.code_challenge_method !== "S256") return fail("invalid_request", "PKCE with code_challenge_method S256 is required");
        if (rest.config.denyConsent) return fail("access_denied", "The admin did not allow access");
        const code = randomToken("lucid-code-");
        rest.codes.set(code, {clientId: q.client_id, redirectUri: q.redirect_uri, challenge: q.code_challenge,
            scope: String(q.scope || ""), expires: Date.now() + 600000});
        rest.counts.authorizations++;
        back.searchParams.set("code", code);
        res.redirect(302, back.toString());
    });

    api.post("/oauth2/token", express.urlencoded({extended: false}), express.json(), (req, res) => {
        const clientId = clientOf(req);
        if (!clientId) return oauthError(res, 401, "invalid_client", "client_id or client_secret is wrong");
        const grant = req.body.grant_type;
        if (grant === "authorization_code") {
            const entry = rest.codes.get(req.body.code);
            rest.codes.delete(req.body.code);   // a code is good once
            if (!entry || entry.expires < Date.now() || entry.clientId !== clientId) return oauthError(res, 400, "invalid_grant", "unknown or used code");
            if (req.body.redirect_uri !== entry.redirectUri) return oauthError(res, 400, "invalid_grant", "redirect_uri differs from the authorisation request");
            if (typeof req.body.code_verifier !== "string" || base64UrlSha256(req.body.code_verifier) !== entry.challenge) {
                return oauthError(res, 400, "invalid_grant", "PKCE verification failed: code_verifier does not match code_challenge");
            }
            rest.counts.tokenGrants++;
            return res.json(issue(clientId, entry.scope));
        }
        if (grant === "refresh_token") {
            const entry = rest.refresh.get(req.body.refresh_token);
            if (!entry || entry.clientId !== clientId) return oauthError(res, 400, "invalid_grant", "unknown or already used refresh token");
            rest.refresh.delete(req.body.refresh_token);   // refresh tokens rotate
            rest.counts.refreshes++;
            return res.json(issue(clientId, entry.scope));
        }
        return oauthError(res, 400, "unsupported_grant_type", `grant_type '${grant}' is not supported`);
    });

    api.post("/transferUserContent", express.json({type: () => true}), (req, res) => {
        rest.counts.transferRequests++;
        const m = /^Bearer\s+(\S+)$/i.exec(req.get("Authorization") || "");
        const token = m && rest.access.get(m[1]);
        if (!token || token.expires <= Date.now()) {
            rest.counts.unauthorized++;
            return res.status(401).json({code: "unauthorized", message: token ? "Access token expired" : "Invalid access token"});
        }
        if (req.get("Lucid-Api-Version") !== "1") return res.status(400).json({code: "badRequest", message: "Lucid-Api-Version: 1 header required"});
        if (!token.scope.split(/\s+/).includes(SCOPE)) return res.status(403).json({code: "forbidden", message: `scope ${SCOPE} required`});
        const now = Date.now();
        rest.sent = rest.sent.filter((t) => t > now - rest.config.rateLimit.windowMs);
        if (rest.sent.length >= rest.config.rateLimit.requests) {
            rest.counts.tooMany++;
            return res.status(429).json({code: "tooManyRequests", message: "Rate limit exceeded"});
        }
        rest.sent.push(now);
        const {fromUser, toUser} = req.body || {};
        if (typeof fromUser !== "string" || typeof toUser !== "string") return res.status(400).json({code: "badRequest", message: "fromUser and toUser (emails) are required"});
        if (fromUser.toLowerCase() === toUser.toLowerCase()) return res.status(400).json({code: "badRequest", message: "fromUser and toUser must differ"});
        const from = users.findByEmail(fromUser), to = users.findByEmail(toUser);
        if (!from || !to) return res.status(404).json({code: "notFound", message: `User not found: ${!from ? fromUser : toUser}`});
        rest.transfers.push({fromUser, toUser, fromUserId: from.id, fromActive: from.active, toUserId: to.id, at: now,
            afterScimRequest: users.scimRequestSeq()});
        res.status(200).end();
    });

    const admin = express.Router();
    admin.use(express.json({type: () => true}));
    admin.get("/", (req, res) => res.json({config: rest.config, transfers: rest.transfers, issued: rest.issued, counts: rest.counts}));
    admin.post("/", (req, res) => {
        const b = req.body || {};
        for (const k of ["clientId", "clientSecret"]) if (typeof b[k] === "string") rest.config[k] = b[k];
        if (Number.isInteger(b.accessTokenTtlSeconds)) rest.config.accessTokenTtlSeconds = b.accessTokenTtlSeconds;
        if (typeof b.denyConsent === "boolean") rest.config.denyConsent = b.denyConsent;
        if (b.rateLimit) rest.config.rateLimit = {...rest.config.rateLimit, ...b.rateLimit};
        if (b.revokeAccessTokens) rest.access.clear();
        if (b.clearRateWindow) rest.sent = [];
        if (b.revokeRefreshTokens) rest.refresh.clear();
        res.json({ok: true, config: rest.config});
    });
    admin.delete("/", (req, res) => {
        rest.reset();
        res.json({ok: true});
    });

    rest.api = api;
    rest.admin = admin;
    return rest;
}

module.exports = {createLucidRest, SCOPE, DEFAULTS};
