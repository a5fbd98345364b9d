#!/usr/bin/env node
// ReferralSim load tool: live-session latency (action -> every connection in its audience) and server
// memory/CPU, against a ReferralSim server on loopback, optionally side by side with a bare SignalR
// hub (tests/load/BaselineHub) under the same schedule. See tests/load/README.md.
//
// Rules it keeps: it only ever talks to 127.0.0.1; every count and every wait is bounded; it stops
// by itself (and stops any server it started). Joins are paced to the server's join limit
// (per minute per address, fixed window) by waiting for the next window; a server it starts itself
// gets a limit raised for loopback load (RateLimits:JoinsPerMinute), so its joins need no waiting.
import * as signalR from "@microsoft/signalr";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");

// ---------------------------------------------------------------------------------------------
// Options and bounds

const LIMITS = {
  sessions: 200, // sessions per run
  participants: 8, // receivers per session (6 roles + up to 2 facilitator observers)
  duration: 90, // measured seconds
  warmup: 30, // unmeasured seconds before
  rate: 20, // probes per second per session
  totalProbesPerSecond: 400, // sessions x rate
  joinsPerWindow: 60, // the server's default join limit: 60 per minute per address (web/Endpoints/RateLimitOptions.cs)
  startedServerJoinsPerWindow: 1200, // the limit given to a server started here: 200 sessions x 6 roles in one window
  joinWindowMs: 60_000,
};
const ROLES = ["nurse", "doctor", "mediator", "ngo", "police", "social-worker"]; // gr-ed-lover-boy
const SCENARIO = "gr-ed-lover-boy";
// The story ends by itself at 60 simulated minutes: the inject "leaves-with-companion" takes the
// patient out, since the probes (messages) never separate her. (Its clock limit, 120m, comes later.)
const STORY_ENDS_AFTER_MINUTES = 60;

function usage() {
  return `usage: node load.mjs [--start-server | --url http://127.0.0.1:PORT --pid PID]
                     [--baseline [--baseline-url http://127.0.0.1:PORT --baseline-pid PID]]
                     [--durable-baseline]
                     [--sessions N] [--participants M] [--duration S] [--warmup S] [--rate R]
                     [--speed X] [--receivers json|browser] [--json FILE]
  --start-server   start the server(s) from their Release builds on free loopback ports, in a fresh
                   temp data folder, and stop them at the end (preferred)
  --url            an already running ReferralSim server (127.0.0.1 only); --pid for its memory/CPU
  --baseline       also run the same schedule against the bare SignalR hub and report the ratio
  --durable-baseline
                   with --start-server: also run it against the bare hub writing and syncing
                   each message to disk before pushing it (the least a durable server must do)
  --sessions       sessions (default 20, at most ${LIMITS.sessions})
  --participants   receiving connections per session (default 6, at most ${LIMITS.participants});
                   up to 6 are participants (one per role); above 6 the rest are facilitator
                   observers watching the session (the reference scenario has 6 roles)
  --duration       measured seconds (default 30, at most ${LIMITS.duration})
  --warmup         unmeasured seconds first (default 5, at most ${LIMITS.warmup})
  --rate           probe messages per second per session (default 1, at most ${LIMITS.rate})
  --speed          session speed after Start (default 60, the most the server allows)
  --receivers      json (default): receivers read the JSON \`events\` push, as bots and tools do;
                   browser: ReferralSim's receivers ask for HTML fragments as the live pages do
                   (?fragments=html) and a probe counts when a fragment shows its text (the
                   baseline has no pages: it still pushes the message)
  --json           write the JSON summary to FILE (otherwise it is printed after the table)`;
}

function parseArgs(argv) {
  const o = { sessions: 20, participants: 6, duration: 30, warmup: 5, rate: 1, speed: 60, baseline: false, durableBaseline: false, startServer: false, receivers: "json" };
  const numbers = new Set(["sessions", "participants", "duration", "warmup", "rate", "speed", "pid", "baseline-pid"]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${arg}`);
    const name = arg.slice(2);
    if (name === "help") { console.log(usage()); process.exit(0); }
    if (name === "baseline") { o.baseline = true; continue; }
    if (name === "durable-baseline") { o.durableBaseline = true; continue; }
    if (name === "start-server") { o.startServer = true; continue; }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    const key = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (numbers.has(name)) {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${arg} must be a non-negative number`);
      o[key] = n;
    } else if (["url", "baseline-url", "json", "receivers"].includes(name)) {
      o[key] = value;
    } else {
      throw new Error(`unknown option ${arg}`);
    }
  }
  const check = (ok, message) => { if (!ok) throw new Error(message); };
  check(Number.isInteger(o.sessions) && o.sessions >= 1 && o.sessions <= LIMITS.sessions, `--sessions must be 1..${LIMITS.sessions}`);
  check(Number.isInteger(o.participants) && o.participants >= 2 && o.participants <= LIMITS.participants, `--participants must be 2..${LIMITS.participants}`);
  check(o.duration > 0 && o.duration <= LIMITS.duration, `--duration must be in (0, ${LIMITS.duration}]`);
  check(o.warmup <= LIMITS.warmup, `--warmup must be at most ${LIMITS.warmup}`);
  check(o.rate > 0 && o.rate <= LIMITS.rate, `--rate must be in (0, ${LIMITS.rate}]`);
  check(o.sessions * o.rate <= LIMITS.totalProbesPerSecond, `--sessions x --rate must be at most ${LIMITS.totalProbesPerSecond} probes per second`);
  check(o.speed > 0 && o.speed <= 60, "--speed must be in (0, 60]");
  check(["json", "browser"].includes(o.receivers), "--receivers must be json or browser");
  // The run ends by itself at the scenario's clock limit; every probe must land before that.
  const simMinutes = ((o.warmup + o.duration + 15) * o.speed) / 60;
  check(simMinutes < STORY_ENDS_AFTER_MINUTES,
    `at speed ${o.speed} the reference scenario's story ends after ${(STORY_ENDS_AFTER_MINUTES * 60) / o.speed} s; shorten --warmup + --duration or lower --speed`);
  check(o.startServer !== Boolean(o.url), "give exactly one of --start-server or --url");
  if (o.url) o.url = loopback(o.url, "--url");
  if (o.baselineUrl) o.baselineUrl = loopback(o.baselineUrl, "--baseline-url");
  check(!o.baseline || o.startServer || o.baselineUrl, "--baseline with --url needs --baseline-url (or use --start-server)");
  check(!o.durableBaseline || o.startServer, "--durable-baseline needs --start-server (the tool gives the hub its temp file)");
  return o;
}

/** Only http://127.0.0.1:PORT is accepted: the tool never targets any other host. */
function loopback(text, option) {
  let url;
  try { url = new URL(text); } catch { throw new Error(`${option}: not a URL: ${text}`); }
  if (url.protocol !== "http:" || url.hostname !== "127.0.0.1" || !url.port) {
    throw new Error(`${option}: refused ${text}; the load tool only targets http://127.0.0.1:PORT`);
  }
  return `http://127.0.0.1:${url.port}`;
}

/** The join limit the server has: raised on a server this tool starts, the default otherwise. */
const joinsPerWindow = (o) => (o.startServer ? LIMITS.startedServerJoinsPerWindow : LIMITS.joinsPerWindow);

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...args) => console.error(`[load ${new Date().toISOString().slice(11, 19)}]`, ...args);

async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms); })]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs fn over items with at most `limit` in flight. */
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function stats(values) {
  const sorted = Float64Array.from(values).sort();
  const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
  };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Server processes and /proc sampling

const CLK_TCK = (() => {
  try { return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100; } catch { return 100; }
})();

/** CPU seconds (utime + stime) and resident memory (VmRSS, bytes) of a process, from /proc. */
function sampleProcess(pid) {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from 3 (state) on
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime (14), stime (15)
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
    const threads = Number(/Threads:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { at: performance.now(), cpuSeconds, rssBytes: rssKb * 1024, threads };
  } catch {
    return null;
  }
}

const children = new Set();
const tempDirs = new Set();

async function startProcess(name, args, url) {
  const child = spawn("dotnet", args, { cwd: repo, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DOTNET_NOLOGO: "1" } });
  children.add(child);
  let output = "";
  const ready = new Promise((resolveReady, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes("Now listening on:")) resolveReady();
      if (output.length > 20000) output = output.slice(-10000);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${name} exited (${code}) before listening:\n${output.slice(-2000)}`)));
  });
  await withTimeout(ready, 60_000, `${name} start`);
  const health = await fetch(`${url}/healthz`);
  if (!health.ok) throw new Error(`${name}: /healthz answered ${health.status}`);
  log(`${name} listening on ${url} (pid ${child.pid})`);
  return { child, pid: child.pid, url, output: () => output };
}

async function stopProcess(server) {
  if (!server?.child || server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000)]);
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
  children.delete(server.child);
}

async function startReferralSim() {
  const dll = join(repo, "web", "bin", "Release", "net10.0", "referralsim.dll");
  if (!existsSync(dll)) throw new Error(`${dll} is missing: run 'dotnet build -c Release web' first`);
  const data = mkdtempSync(join(tmpdir(), "referralsim-load-"));
  tempDirs.add(data);
  const url = `http://127.0.0.1:${await freePort()}`;
  const server = await startProcess("referralsim",
    [dll, "serve", "--urls", url, "--data", data, "--scenarios", join(repo, "scenarios"),
      `--RateLimits:JoinsPerMinute=${LIMITS.startedServerJoinsPerWindow}`], url);
  return { ...server, data };
}

/** The bare hub; given a folder, the durable variant, which syncs each message to a file there. */
async function startBaseline(durableFolder = null) {
  const dll = join(repo, "tests", "load", "BaselineHub", "bin", "Release", "net10.0", "baselinehub.dll");
  if (!existsSync(dll)) throw new Error(`${dll} is missing: run 'dotnet build -c Release tests/load/BaselineHub' first`);
  const url = `http://127.0.0.1:${await freePort()}`;
  if (!durableFolder) return startProcess("baseline", [dll, "--urls", url], url);
  return startProcess("durable baseline", [dll, "--urls", url, "--durable", join(durableFolder, "messages.log")], url);
}

// ---------------------------------------------------------------------------------------------
// HTTP (ReferralSim's JSON API)

class Api {
  constructor(url) { this.url = url; this.cookie = ""; }

  /** One retry on a network failure (a stale keep-alive socket after a long join-limit wait). */
  async post(path, body) {
    try {
      return await this.postOnce(path, body);
    } catch (error) {
      log(`POST ${path}: ${error.message} (${error.cause?.code ?? error.cause?.message ?? "no cause"}); retrying once`);
      await sleep(1_000);
      return this.postOnce(path, body);
    }
  }

  async postOnce(path, body) {
    const response = await fetch(this.url + path, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie?.() ?? [];
    for (const c of cookies) {
      const pair = c.split(";")[0];
      const name = pair.split("=")[0];
      const others = this.cookie.split("; ").filter((p) => p && !p.startsWith(name + "="));
      this.cookie = [...others, pair].join("; ");
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async postOk(path, body) {
    const r = await this.post(path, body);
    if (r.status < 200 || r.status >= 300) throw new Error(`POST ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/**
 * Keeps joins under the server's limit of `perWindow` per minute per address (a fixed window that
 * opens at the first join): after that many joins it waits for the next window, and if the server still answers 429
 * (a window opened earlier by someone else) it waits and retries. This is pacing: the figures are
 * measured after all joins.
 */
class JoinPacer {
  constructor(perWindow) { this.perWindow = perWindow; this.windowStart = null; this.used = 0; this.waitedMs = 0; this.retries = 0; }

  async join(api, code, displayName) {
    for (let attempt = 0; ; attempt++) {
      const now = Date.now();
      if (this.windowStart === null) this.windowStart = now;
      if (this.used >= this.perWindow) {
        const next = this.windowStart + LIMITS.joinWindowMs + 1_000;
        if (next > now) {
          log(`join limit: ${this.used} joins in this window; waiting ${((next - now) / 1000).toFixed(1)} s for the next one`);
          this.waitedMs += next - now;
          await sleep(next - now);
        }
        this.windowStart += LIMITS.joinWindowMs * Math.max(1, Math.floor((Date.now() - this.windowStart) / LIMITS.joinWindowMs));
        this.used = 0;
      }
      this.used++;
      const r = await api.post("/api/join", { code, displayName });
      if (r.status === 200) return r.body;
      if (r.status !== 429 || attempt >= 40) throw new Error(`POST /api/join: ${r.status} ${JSON.stringify(r.body)}`);
      this.retries++;
      this.waitedMs += 2_000;
      await sleep(2_000);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Connections and probes

const probes = new Map(); // text -> probe
const recorder = {
  reset() {
    probes.clear();
    this.latencies = []; // ms, one per (probe, receiving connection), measured probes only
    this.acks = []; // ms, the sender's invocation round trip, measured probes only
    this.sent = 0; this.sentWarm = 0; this.refused = 0; this.errors = 0; this.received = 0; this.receivedWarm = 0;
    this.bySecond = []; this.origin = performance.now();
    this.duplicates = 0; this.closed = 0; this.refusals = {};
    this.fragments = 0; this.fragmentChars = 0;
  },
};

function connectionOptions({ token, cookie }) {
  const options = { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: false, timeout: 30_000 };
  if (token) options.accessTokenFactory = () => token;
  if (cookie) options.headers = { Cookie: cookie };
  return options;
}

async function connect(url, auth, onEvents, onFragments) {
  const query = onFragments ? "?culture=en&fragments=html" : "";
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${url}/hubs/session${query}`, connectionOptions(auth))
    .configureLogging(signalR.LogLevel.None)
    .build();
  connection.serverTimeoutInMilliseconds = 120_000;
  if (onEvents) connection.on("events", onEvents);
  connection.on("roleAssigned", () => {});
  // Fragments (browser receivers only): counted, and their size, which is part of the work.
  connection.on("fragments", (message) => {
    recorder.fragments++;
    recorder.fragmentChars += message?.html?.length ?? 0;
    onFragments?.(message);
  });
  connection.onclose(() => { recorder.closed++; });
  await withTimeout(connection.start(), 30_000, "hub connect");
  return connection;
}

/** Times a probe's arrival at one connection, once. */
function arrived(seen, text, now, session) {
  const probe = probes.get(text);
  if (!probe) return;
  if (seen.has(text)) { recorder.duplicates++; return; }
  seen.add(text);
  probe.received++;
  if (probe.received >= probe.expected) session?.outstanding.delete(text);
  if (probe.warm) { recorder.receivedWarm++; return; }
  recorder.received++;
  recorder.latencies.push(now - probe.sentAt);
  recorder.bySecond.push([Math.floor((probe.sentAt - recorder.origin) / 1000), now - probe.sentAt]);
}

/** A receiving connection reading the JSON `events` push: every probe it sees is timed once. */
function receiver() {
  const seen = new Set();
  return (items) => {
    const now = performance.now();
    for (const item of items ?? []) {
      const text = item?.event?.text;
      if (typeof text === "string") arrived(seen, text, now, null);
    }
  };
}

/**
 * A browser-like receiving connection: a probe has arrived when a pushed fragment (the page's live
 * parts, re-rendered) first contains its text. Only the session's probes not yet seen everywhere
 * are looked for.
 */
function fragmentReceiver(session) {
  const seen = new Set();
  return (message) => {
    const now = performance.now();
    const html = message?.html;
    if (typeof html !== "string") return;
    for (const text of [...session.outstanding]) {
      if (!seen.has(text) && html.includes(text)) arrived(seen, text, now, session);
    }
  };
}

async function invokeOk(connection, method, ...args) {
  const reply = await withTimeout(connection.invoke(method, ...args), 30_000, method);
  if (!reply?.ok) throw new Error(`${method}: ${reply?.code} ${reply?.message}`);
  return reply.data;
}

// ---------------------------------------------------------------------------------------------
// Setting up a target

/** ReferralSim: a facilitator, N sessions, M receivers each (participants with roles, then observers). */
async function setupReferralSim(url, o, target) {
  const facilitator = new Api(url);
  const credentials = { userName: "load-facilitator", password: "a long enough password for the load tool" };
  const setup = await facilitator.post("/api/facilitator/setup", credentials);
  if (setup.status !== 200) await facilitator.postOk("/api/facilitator/sign-in", credentials);
  target.sample("base");

  const roles = ROLES.slice(0, Math.min(o.participants, ROLES.length));
  const observers = o.participants - roles.length;
  const pacer = new JoinPacer(joinsPerWindow(o));
  let joinSeconds = 0;
  const create = async (s) => {
    const created = await facilitator.postOk("/api/sessions", { scenarioId: SCENARIO, seed: 1000 + s, language: "en" });
    return { index: s, id: created.sessionId, code: created.joinCode, roles, members: [], outstanding: new Set() };
  };
  const joinAll = async (group) => {
    const started = performance.now();
    for (const session of group) {
      for (const role of roles) {
        const joined = await pacer.join(new Api(url), session.code, `load ${session.index} ${role}`);
        session.members.push({ role, token: joined.token });
      }
    }
    joinSeconds += (performance.now() - started) / 1000;
  };
  const connectAll = async (group) => {
    const items = group.flatMap((session) => [
      ...session.members.map((member) => ({ session, member })),
      ...Array.from({ length: observers }, () => ({ session, member: { role: null } })),
    ]);
    await pool(items, 16, async ({ session, member }) => {
      if (member.role) {
        member.connection = o.receivers === "browser"
          ? await connect(url, { token: member.token }, null, fragmentReceiver(session))
          : await connect(url, { token: member.token }, receiver());
        await invokeOk(member.connection, "TakeRole", member.role);
        await invokeOk(member.connection, "JoinSession", 0);
      } else {
        member.connection = o.receivers === "browser"
          ? await connect(url, { cookie: facilitator.cookie }, null, fragmentReceiver(session))
          : await connect(url, { cookie: facilitator.cookie }, receiver());
        await invokeOk(member.connection, "WatchSession", session.id, 0);
        session.members.push(member);
      }
    });
    return items.length;
  };

  // Session 0 first, complete (created, joined, connected): it loads and compiles the code paths,
  // so the memory figures below count what each further session and connection adds.
  target.control = await connect(url, { cookie: facilitator.cookie }, null);
  const first = await create(0);
  await joinAll([first]);
  const firstConnections = await connectAll([first]);
  await sleep(1_000);
  target.sample("warm");

  const rest = [];
  for (let s = 1; s < o.sessions; s++) rest.push(await create(s));
  await joinAll(rest);
  const sessions = [first, ...rest];
  target.joins = { count: o.sessions * roles.length, seconds: joinSeconds, waitedSeconds: pacer.waitedMs / 1000, retriedAfter429: pacer.retries };
  log(`joined ${target.joins.count} participants in ${target.joins.seconds.toFixed(1)} s (${target.joins.waitedSeconds.toFixed(1)} s waiting for the join limit)`);
  await sleep(1_000);
  target.sample("sessions");

  const restConnections = await connectAll(rest);
  target.sessions = sessions;
  target.connections = firstConnections + restConnections;
  target.measuredConnections = restConnections;
  target.measuredSessions = rest.length;
  log(`connected ${target.connections} receiving connections (+1 control)`);
  await sleep(2_000);
  target.sample("connected");

  for (const session of sessions) {
    await invokeOk(target.control, "Start", session.id);
    await invokeOk(target.control, "SetSpeed", session.id, o.speed);
  }
  log(`started ${sessions.length} sessions at speed ${o.speed}`);

  target.send = (session, from, text) =>
    from.connection.invoke("Message", { from: from.role, to: session.roles.filter((r) => r !== from.role), text });
}

/** Baseline: the same sessions as groups, the same number of connections per group, no auth. */
async function setupBaseline(url, o, target) {
  target.sample("base");
  const roles = ROLES.slice(0, Math.min(o.participants, ROLES.length));
  const sessions = Array.from({ length: o.sessions }, (_, s) => ({
    index: s, id: `s${s}`, roles,
    members: Array.from({ length: o.participants }, (_, m) => ({ role: m < roles.length ? roles[m] : null })),
  }));
  const connectAll = async (group) => {
    const items = group.flatMap((session) => session.members.map((member) => ({ session, member })));
    await pool(items, 16, async ({ session, member }) => {
      member.connection = await connect(url, {}, receiver());
      await invokeOk(member.connection, "Join", session.id);
    });
    return items.length;
  };
  const firstConnections = await connectAll(sessions.slice(0, 1));
  await sleep(1_000);
  target.sample("warm");
  target.sample("sessions");
  const restConnections = await connectAll(sessions.slice(1));
  target.sessions = sessions;
  target.connections = firstConnections + restConnections;
  target.measuredConnections = restConnections;
  target.measuredSessions = sessions.length - 1;
  log(`connected ${target.connections} receiving connections`);
  await sleep(2_000);
  target.sample("connected");
  target.send = (session, from, text) =>
    from.connection.invoke("Message", { from: from.role, to: session.roles.filter((r) => r !== from.role), text });
}

// ---------------------------------------------------------------------------------------------
// One run: warmup, then the measured schedule, then drain

async function runTarget(name, url, pid, o, setup) {
  recorder.reset();
  const samples = {};
  const series = [];
  const target = {
    sample(label) { samples[label] = sampleProcess(pid); return samples[label]; },
  };
  const runId = Math.random().toString(36).slice(2, 8);
  try {
    await setup(url, o, target);

    // The fixed schedule: each session sends `rate` probes per second, sessions evenly phased,
    // senders rotating through the session's participant roles. Probe k of session s is due at
    // (k + s / sessions) / rate seconds after the schedule starts.
    const period = 1000 / o.rate;
    const total = Math.floor((o.warmup + o.duration) * o.rate);
    const warmCount = Math.floor(o.warmup * o.rate);
    const schedule = [];
    for (let k = 0; k < total; k++) {
      for (const session of target.sessions) {
        schedule.push({ due: (k + session.index / target.sessions.length) * period, session, k, warm: k < warmCount });
      }
    }
    schedule.sort((a, b) => a.due - b.due);

    const lag = monitorEventLoopDelay({ resolution: 10 });
    const clientCpuBefore = process.cpuUsage();
    const pending = [];
    const start = performance.now() + 200;
    let measuredStartSample = null;
    let next = 0;
    let lastSeries = 0;
    while (next < schedule.length) {
      const now = performance.now();
      if (now - lastSeries >= 1000) { lastSeries = now; const s = sampleProcess(pid); if (s) series.push(s); }
      const item = schedule[next];
      const wait = start + item.due - now;
      if (wait > 1) { await sleep(Math.min(wait, 250)); continue; }
      next++;
      if (!item.warm && measuredStartSample === null) {
        measuredStartSample = target.sample("measureStart");
        recorder.origin = measuredStartSample?.at ?? performance.now();
        lag.enable();
      }
      const senders = item.session.members.filter((m) => m.role);
      const from = senders[item.k % senders.length];
      const text = `probe ${runId} s${item.session.index} k${item.k}`;
      const probe = { sentAt: performance.now(), received: 0, expected: item.session.members.length, warm: item.warm };
      probes.set(text, probe);
      item.session.outstanding?.add(text);
      if (item.warm) recorder.sentWarm++; else recorder.sent++;
      pending.push(target.send(item.session, from, text).then(
        (reply) => {
          if (!reply?.ok) {
            recorder.refused++;
            recorder.refusals[reply?.code ?? "?"] = (recorder.refusals[reply?.code ?? "?"] ?? 0) + 1;
          } else if (!probe.warm) {
            recorder.acks.push(performance.now() - probe.sentAt);
          }
        },
        () => { recorder.errors++; },
      ));
    }
    const measuredEnd = performance.now();
    target.sample("measureEnd");
    lag.disable();
    // Drain: wait (bounded) for every reply and every expected push.
    const drainUntil = performance.now() + 10_000;
    await Promise.race([Promise.allSettled(pending), sleep(10_000)]);
    while (performance.now() < drainUntil && [...probes.values()].some((p) => p.received < p.expected)) await sleep(100);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    await sleep(1_000);
    target.sample("afterRun");

    const measured = [...probes.values()].filter((p) => !p.warm);
    const expected = measured.reduce((n, p) => n + p.expected, 0);
    const ms = (a, b) => (samples[a] && samples[b] ? (samples[b].at - samples[a].at) / 1000 : null);
    const cpu = (a, b) => (samples[a] && samples[b] ? samples[b].cpuSeconds - samples[a].cpuSeconds : null);
    const rss = (label) => samples[label]?.rssBytes ?? null;
    const measuredSeconds = (measuredEnd - (measuredStartSample?.at ?? measuredEnd)) / 1000;
    // Memory: what each session and connection beyond the first (warm) session adds to the RSS.
    const perConnection = rss("connected") !== null && target.measuredConnections > 0 ? (rss("connected") - rss("sessions")) / target.measuredConnections : null;
    const perSession = rss("connected") !== null && target.measuredSessions > 0 ? (rss("connected") - rss("warm")) / target.measuredSessions : null;
    const perSessionAfterRun = rss("afterRun") !== null && target.measuredSessions > 0 ? (rss("afterRun") - rss("warm")) / target.measuredSessions : null;
    const summary = {
      target: name,
      url,
      pid: pid ?? null,
      sessions: o.sessions,
      receiversPerSession: o.participants,
      connections: target.connections,
      latencyMs: stats(recorder.latencies), // send -> push received, per receiving connection
      ackMs: stats(recorder.acks), // send -> the sender's reply
      counts: {
        sent: recorder.sent,
        expectedReceipts: expected,
        received: recorder.received,
        missing: expected - recorder.received,
        refused: recorder.refused,
        errors: recorder.errors,
        duplicates: recorder.duplicates,
        warmupSent: recorder.sentWarm,
        warmupReceived: recorder.receivedWarm,
        connectionsClosed: recorder.closed,
        refusals: recorder.refusals,
        fragmentsReceived: recorder.fragments,
        fragmentCharsPerFragment: recorder.fragments ? Math.round(recorder.fragmentChars / recorder.fragments) : 0,
      },
      measuredSeconds: Math.round(measuredSeconds * 10) / 10,
      probesPerSecond: Math.round((recorder.sent / o.duration) * 10) / 10,
      pushesPerSecond: Math.round((recorder.received / o.duration) * 10) / 10,
      // Per second of the measured window (by send time): receipts, p50 and max latency (ms), and
      // the server's thread count and CPU seconds in that second; shows whether the tail is steady or in bursts.
      timeline: timeline(recorder.bySecond, series, recorder.origin),
      joins: target.joins ?? null,
      server: pid ? {
        rssBytes: { base: rss("base"), warm: rss("warm"), sessions: rss("sessions"), connected: rss("connected"), measureEnd: rss("measureEnd"), afterRun: rss("afterRun"), peak: Math.max(0, ...series.map((s) => s.rssBytes)) },
        bytesPerConnection: perConnection === null ? null : Math.round(perConnection),
        bytesPerSession: perSession === null ? null : Math.round(perSession),
        bytesPerSessionAfterRun: perSessionAfterRun === null ? null : Math.round(perSessionAfterRun),
        cpuSecondsMeasured: cpu("measureStart", "measureEnd"),
        coresUsedMeasured: cpu("measureStart", "measureEnd") !== null ? Math.round((cpu("measureStart", "measureEnd") / ms("measureStart", "measureEnd")) * 100) / 100 : null,
        threadsConnected: samples.connected?.threads ?? null,
        threadsPeak: Math.max(0, ...series.map((s) => s.threads)),
        threadsAfterRun: samples.afterRun?.threads ?? null,
      } : null,
      client: {
        cpuSeconds: Math.round(((clientCpu.user + clientCpu.system) / 1e6) * 100) / 100,
        eventLoopDelayMs: { p50: Math.round(lag.percentile(50) / 1e4) / 100, p99: Math.round(lag.percentile(99) / 1e4) / 100, max: Math.round(lag.max / 1e4) / 100 },
      },
    };
    return summary;
  } finally {
    const all = [target.control, ...(target.sessions ?? []).flatMap((s) => s.members.map((m) => m.connection))].filter(Boolean);
    await Promise.race([Promise.allSettled(all.map((c) => c.stop())), sleep(15_000)]);
    log(`${name}: closed ${all.length} connections`);
  }
}

function timeline(bySecond, series, origin) {
  const buckets = new Map();
  for (const [second, ms] of bySecond) {
    if (!buckets.has(second)) buckets.set(second, []);
    buckets.get(second).push(ms);
  }
  return [...buckets.keys()].sort((a, b) => a - b).map((second) => {
    const st = stats(buckets.get(second));
    const inSecond = series.filter((x) => Math.floor((x.at - origin) / 1000) === second);
    return { second, receipts: st.count, p50: st.p50, max: st.max, serverThreads: inSecond[0]?.threads ?? null };
  });
}

// ---------------------------------------------------------------------------------------------
// Report

function table(runs, ratio, durableRatios) {
  const kb = (b) => (b === null || b === undefined ? "-" : `${(b / 1024).toFixed(0)} KB`);
  const mb = (b) => (b === null || b === undefined ? "-" : `${(b / 1048576).toFixed(1)} MB`);
  const f = (v) => (v === null || v === undefined ? "-" : String(v));
  const rows = [
    ["", ...runs.map((r) => r.target)],
    ["connections (sessions x receivers)", ...runs.map((r) => `${r.connections} (${r.sessions} x ${r.receiversPerSession})`)],
    ["latency p50 ms", ...runs.map((r) => f(r.latencyMs.p50))],
    ["latency p95 ms", ...runs.map((r) => f(r.latencyMs.p95))],
    ["latency p99 ms", ...runs.map((r) => f(r.latencyMs.p99))],
    ["latency max ms", ...runs.map((r) => f(r.latencyMs.max))],
    ["reply (ack) p50 / p99 ms", ...runs.map((r) => `${f(r.ackMs.p50)} / ${f(r.ackMs.p99)}`)],
    ["probes sent / refused / errors", ...runs.map((r) => `${r.counts.sent} / ${r.counts.refused} / ${r.counts.errors}`)],
    ["pushes received / expected", ...runs.map((r) => `${r.counts.received} / ${r.counts.expectedReceipts}`)],
    ["probes/s, pushes/s", ...runs.map((r) => `${r.probesPerSecond}, ${r.pushesPerSecond}`)],
    ["server RSS base -> warm -> connected -> after", ...runs.map((r) => r.server ? `${mb(r.server.rssBytes.base)} -> ${mb(r.server.rssBytes.warm)} -> ${mb(r.server.rssBytes.connected)} -> ${mb(r.server.rssBytes.afterRun)}` : "-")],
    ["memory per connection", ...runs.map((r) => kb(r.server?.bytesPerConnection))],
    ["memory per session (with its connections)", ...runs.map((r) => kb(r.server?.bytesPerSession))],
    ["memory per session after the run", ...runs.map((r) => kb(r.server?.bytesPerSessionAfterRun))],
    ["server CPU (cores) while measuring", ...runs.map((r) => f(r.server?.coresUsedMeasured))],
    ["client CPU s / event-loop delay p99 ms", ...runs.map((r) => `${r.client.cpuSeconds} / ${r.client.eventLoopDelayMs.p99}`)],
  ];
  if (ratio !== null) rows.push(["p99 ratio referralsim / baseline", `${ratio}`]);
  if (durableRatios) {
    rows.push(["p99 ratio referralsim / durable baseline", f(durableRatios.p99RatioToDurableBaseline)]);
    rows.push(["p99 ratio durable baseline / baseline", f(durableRatios.durableBaselineP99Ratio)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c] ?? "").length)));
  return rows.map((row) => row.map((cell, c) => String(cell ?? "").padEnd(widths[c])).join("  ")).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const o = parseArgs(process.argv.slice(2));
  // The whole invocation is bounded: joins (paced), the runs (two, or three with the durable
  // baseline), and slack for starting and stopping.
  const joinMinutes = Math.ceil((o.sessions * Math.min(o.participants, ROLES.length)) / joinsPerWindow(o));
  const runCount = o.durableBaseline ? 3 : 2;
  const budgetMs = (joinMinutes * 62 + runCount * (o.warmup + o.duration + 20) + 240 + o.sessions * 2) * 1000;
  const deadline = setTimeout(() => { log(`time budget of ${Math.round(budgetMs / 1000)} s exceeded; stopping`); shutdown(3); }, budgetMs);
  deadline.unref();
  log(`plan: ${o.sessions} sessions x ${o.participants} receivers, ${o.rate} probe/s per session, warmup ${o.warmup} s, measured ${o.duration} s; budget ${Math.round(budgetMs / 1000)} s`);

  let referralsim = null;
  let baseline = null;
  let durableBaseline = null;
  let durableFolder = null;
  const runs = [];
  try {
    if (o.startServer) {
      referralsim = await startReferralSim();
      if (o.baseline) baseline = await startBaseline();
      if (o.durableBaseline) {
        durableFolder = mkdtempSync(join(tmpdir(), "referralsim-load-durable-"));
        tempDirs.add(durableFolder);
        durableBaseline = await startBaseline(durableFolder);
      }
    } else {
      referralsim = { url: o.url, pid: o.pid };
      if (o.baseline) baseline = { url: o.baselineUrl, pid: o.baselinePid };
    }
    runs.push(await runTarget("referralsim", referralsim.url, referralsim.pid, o, setupReferralSim));
    if (baseline) runs.push(await runTarget("baseline", baseline.url, baseline.pid, o, setupBaseline));
    if (durableBaseline) runs.push(await runTarget("durable baseline", durableBaseline.url, durableBaseline.pid, o, setupBaseline));
  } finally {
    await stopProcess(durableBaseline);
    await stopProcess(baseline);
    await stopProcess(referralsim);
    if (referralsim?.data) rmSync(referralsim.data, { recursive: true, force: true });
    if (durableFolder) rmSync(durableFolder, { recursive: true, force: true });
  }

  const p99 = (name) => runs.find((r) => r.target === name)?.latencyMs.p99 ?? null;
  const p99RatioOf = (over, under) => (p99(over) && p99(under) ? Math.round((p99(over) / p99(under)) * 100) / 100 : null);
  const ratio = p99RatioOf("referralsim", "baseline");
  const durableRatios = {
    p99RatioToDurableBaseline: p99RatioOf("referralsim", "durable baseline"),
    durableBaselineP99Ratio: p99RatioOf("durable baseline", "baseline"),
  };
  const summary = {
    tool: "tests/load/load.mjs",
    command: `node tests/load/load.mjs ${process.argv.slice(2).join(" ")}`,
    at: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    options: o,
    runs,
    p99Ratio: ratio,
    ...(durableBaseline ? durableRatios : {}),
  };
  console.log(table(runs, ratio, durableBaseline ? durableRatios : null));
  if (o.json) {
    writeFileSync(o.json, JSON.stringify(summary, null, 2) + "\n");
    log(`JSON summary written to ${o.json}`);
  } else {
    console.log(JSON.stringify(summary, null, 2));
  }
  clearTimeout(deadline);
  process.exit(runs.some((r) => r.counts.missing > 0 || r.counts.errors > 0) ? 1 : 0);
}

function shutdown(code) {
  for (const child of children) {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}

process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));

main().catch((error) => {
  console.error(`load: ${error.message}${error.cause ? ` (${error.cause.code ?? error.cause.message})` : ""}`);
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) console.error(`a server exited (${child.exitCode ?? child.signalCode})`);
  }
  shutdown(2);
});
