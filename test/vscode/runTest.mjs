// `npm run test:vscode`: the standard @vscode/test-electron suite (test/vscode/suite) in a desktop VS Code.
// Uses $VSCODE_EXECUTABLE, else a `code` found on PATH, else downloads VS Code (when the download host
// resolves). Without any VS Code it prints `vscode: skipped: ...` and exits 0; CI here runs the
// code-server e2e suite instead (npm run test:e2e).
import { runTests } from '@vscode/test-electron';
import dns from 'node:dns/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPath } from '../../scripts/codeserver.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP = 'vscode: skipped: no VS Code binary (set VSCODE_EXECUTABLE to run)';

/** The Electron binary behind a `code` CLI shim (runTests needs the binary, not the shell script). */
function executableFromCli(cli) {
  const real = fs.realpathSync(cli);
  const binDir = path.dirname(real); // <install>/bin/code (Linux), .../Contents/Resources/app/bin/code (macOS)
  const candidates = [
    path.join(binDir, '..', 'code'), // Linux .deb/.tar.gz: /usr/share/code/code
    path.join(binDir, '..', 'code-insiders'),
    path.join(binDir, '..', '..', '..', 'MacOS', 'Electron'),
    path.join(binDir, '..', '..', '..', 'MacOS', 'Code'),
  ];
  return candidates.map((c) => path.resolve(c)).find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

function isNetworkError(e) {
  const text = `${e?.code ?? ''} ${e?.message ?? e}`;
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|Failed to get JSON|status code 4\d\d|status code 5\d\d/i.test(text);
}

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  const cli = onPath('code');
  if (cli) vscodeExecutablePath = executableFromCli(cli);
}
if (vscodeExecutablePath && !fs.existsSync(vscodeExecutablePath)) {
  console.error(`vscode: VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  process.exit(1);
}
if (!vscodeExecutablePath) {
  // Only try the download when its host resolves; offline machines skip at once.
  try {
    await dns.lookup('update.code.visualstudio.com');
  } catch {
    console.log(SKIP);
    process.exit(0);
  }
}

const launchArgs = [
  path.join(REPO, 'corpus'),
  '--disable-extensions', // other installed extensions; the one under development still loads
  '--disable-workspace-trust',
  '--skip-welcome',
  '--skip-release-notes',
  `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'clio-vscode-test-'))}`,
];
if (process.platform === 'linux' && process.getuid?.() === 0) launchArgs.push('--no-sandbox');

try {
  await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(REPO, 'test', 'vscode', 'suite', 'index.js'),
    launchArgs,
  });
  console.log('vscode: passed');
} catch (e) {
  if (!vscodeExecutablePath && isNetworkError(e)) {
    console.log(SKIP);
    console.log(`  (download failed: ${String(e?.message ?? e).split('\n')[0]})`);
    process.exit(0);
  }
  console.error(`vscode: failed: ${e?.message ?? e}`);
  process.exit(1);
}
