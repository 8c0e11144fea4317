#!/usr/bin/env node
"use strict";
// Measures seeding time and list-page latency of server.js.
// usage: node bench.js [--users 100000] [--groups 200] [--concurrency 4] [--strict-coercion]
const {spawn} = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const http = require("node:http");

const args = process.argv.slice(2);
const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
};
const USERS = Number(opt("--users", 100000));
const GROUPS = Number(opt("--groups", 200));
const CONC = Number(opt("--concurrency", 4));
const STRICT = args.includes("--strict-coercion");
const TOKEN = "bench-token";
const agent = new http.Agent({keepAlive: true, maxSockets: 16});

function get(port, p) {
    return new Promise((resolve, reject) => {
        const t0 = process.hrtime.bigint();
        http.get({host: "127.0.0.1", port, path: p, agent, headers: {Authorization: `Bearer ${TOKEN}`}}, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => {
                const ms = Number(process.hrtime.bigint() - t0) / 1e6;
                resolve({status: res.statusCode, ms, body: Buffer.concat(chunks)});
            });
        }).on("error", reject);
    });
}

async function start(profile) {
    const portFile = path.join(os.tmpdir(), `scim-bench-${process.pid}-${profile}.port`);
    try {
        fs.unlinkSync(portFile);
    } catch {
        // not there
    }
    const argv = [path.join(__dirname, "server.js"), "--port", "0", "--port-file", portFile, "--token", TOKEN,
        "--profile", profile, "--users", String(USERS), "--groups", String(GROUPS)];
    if (STRICT) argv.push("--strict-coercion");
    const t0 = Date.now();
    const child = spawn(process.execPath, argv, {stdio: ["ignore", "pipe", "pipe"], env: {...process.env, SCIM_SERVER_TOKEN: ""}});
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    while (!fs.existsSync(portFile)) {
        if (Date.now() - t0 > 60000) throw new Error(`server did not start: ${err}`);
        await new Promise((r) => setTimeout(r, 20));
    }
    const port = Number(fs.readFileSync(portFile, "utf8"));
    const seeded = /in (\d+) ms/.exec(err);
    return {child, port, startupMs: Date.now() - t0, seedMs: seeded ? Number(seeded[1]) : NaN};
}

function stats(xs) {
    const s = xs.slice().sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `n=${s.length} mean=${(s.reduce((a, b) => a + b, 0) / s.length).toFixed(1)}ms p50=${q(0.5).toFixed(1)}ms p95=${q(0.95).toFixed(1)}ms max=${s[s.length - 1].toFixed(1)}ms`;
}

async function serverSide(port) {
    const r = await new Promise((resolve, reject) => http.get({host: "127.0.0.1", port, path: "/_admin/requests", agent}, (res) => {
        const c = [];
        res.on("data", (d) => c.push(d));
        res.on("end", () => resolve(JSON.parse(Buffer.concat(c))));
    }).on("error", reject));
    return r.requests.filter((e) => e.method === "GET" && e.path === "/Users").map((e) => e.durationMs);
}

async function clearLog(port) {
    await new Promise((resolve, reject) => {
        const req = http.request({host: "127.0.0.1", port, path: "/_admin/requests", method: "DELETE", agent}, (res) => {
            res.resume();
            res.on("end", resolve);
        });
        req.on("error", reject);
        req.end();
    });
}

async function loadAll(port, count, conc) {
    const t0 = process.hrtime.bigint();
    const first = await get(port, `/scim/v2/Users?startIndex=1&count=${count}`);
    const total = JSON.parse(first.body).totalResults;
    const starts = [];
    for (let s = 1 + count; s <= total; s += count) starts.push(s);
    let got = JSON.parse(first.body).Resources.length;
    const lat = [first.ms];
    let next = 0;
    await Promise.all(Array.from({length: conc}, async () => {
        while (next < starts.length) {
            const s = starts[next++];
            const r = await get(port, `/scim/v2/Users?startIndex=${s}&count=${count}`);
            if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
            got += JSON.parse(r.body).Resources.length;
            lat.push(r.ms);
        }
    }));
    return {ms: Number(process.hrtime.bigint() - t0) / 1e6, got, total, lat};
}

(async () => {
    console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0].model}), users=${USERS} groups=${GROUPS}${STRICT ? " strict-coercion" : ""}`);
    for (const [profile, count] of [["generic", 1000], ["lucid", 100]]) {
        const srv = await start(profile);
        try {
            console.log(`[${profile}] startup ${srv.startupMs} ms (seeding ${srv.seedMs} ms)`);
            await loadAll(srv.port, count, 1);   // warm-up
            await clearLog(srv.port);
            const seq = await loadAll(srv.port, count, 1);
            const sside = await serverSide(srv.port);
            console.log(`[${profile}] sequential count=${count}: ${seq.got}/${seq.total} users in ${seq.ms.toFixed(0)} ms; client ${stats(seq.lat)}; server ${stats(sside)}`);
            const par = await loadAll(srv.port, count, CONC);
            console.log(`[${profile}] ${CONC} concurrent count=${count}: ${par.got}/${par.total} users in ${par.ms.toFixed(0)} ms; client ${stats(par.lat)}`);
        } finally {
            srv.child.kill("SIGTERM");
        }
    }
    agent.destroy();
})().catch((ex) => {
    console.error(ex);
    process.exit(1);
});
