// `npm start`: build, then open the sample corpus in VS Code with Clio loaded from this checkout.
//   - `code` on PATH: code --extensionDevelopmentPath=<repo> <repo>/corpus
//   - otherwise (or with `npm start -- --code-server`): VS Code in the browser via code-server, with a
//     profile under .clio-run/; prints the URL and runs until Ctrl-C. Port 8080 or the next free one,
//     or $PORT.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO, ensureCodeServer, installExtension, onPath, startCodeServer } from './codeserver.mjs';

const CORPUS = path.join(REPO, 'corpus');
const PROFILE = path.join(REPO, '.clio-run');

const build = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) {
  console.error(`start: build failed (exit ${build.status ?? build.signal})`);
  process.exit(1);
}

const code = !process.argv.includes('--code-server') && onPath('code');
if (code) {
  console.log(`start: ${code} --extensionDevelopmentPath=${REPO} ${CORPUS}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${REPO}`, CORPUS], { stdio: 'inherit' });
  child.on('exit', (status, signal) => process.exit(status ?? (signal ? 1 : 0)));
} else {
  try {
    ensureCodeServer();
  } catch (e) {
    console.error(`start: no \`code\` on PATH and code-server could not be installed: ${e.message}`);
    process.exit(1);
  }
  const installed = installExtension(path.join(PROFILE, 'ext'));
  console.log(`start: installed the extension into ${path.relative(REPO, installed)}`);
  const server = await startCodeServer({ folder: CORPUS, port: Number(process.env.PORT) || 8080, profileDir: PROFILE });
  const rule = '─'.repeat(Math.max(40, server.url.length + 4));
  console.log(`\n${rule}\n  Clio is running in VS Code (code-server). Open:\n\n  ${server.url}\n\n  Log: ${path.relative(process.cwd(), server.logFile)}    Stop: Ctrl-C\n${rule}\n`);

  let stopping = false;
  const shutdown = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstart: ${why}, stopping code-server ...`);
    await server.stop();
    console.log('start: stopped');
    process.exit(0);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(sig));
  const keepAlive = setInterval(() => {}, 1 << 30);
  server.exited.then(() => {
    if (stopping) return;
    clearInterval(keepAlive);
    console.error(`start: code-server exited unexpectedly; see ${server.logFile}`);
    process.exit(1);
  });
}
