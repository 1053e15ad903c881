// `npm run bench`: bundles bench/run.ts with esbuild, as scripts/build.mjs bundles the
// server, and runs the bundle. The figures are then those of the code users run:
// tsx would add a name-keeping wrapper to every closure the hot paths create, which
// the shipped bundle does not have.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// dist/bench/ is two levels below the repository, as bench/ and test/fixtures/ are
// below it, so the bundle finds the corpus and the gold sets where the sources do.
const outfile = 'dist/bench/run.js';
const options = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// The matcher's section runs in a process of its own, from a bundle beside run.js.
await Promise.all([build({ ...options, entryPoints: ['bench/run.ts'], outfile }), build({ ...options, entryPoints: ['bench/matcherMain.ts'], outfile: 'dist/bench/matcher.js' })]);
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
