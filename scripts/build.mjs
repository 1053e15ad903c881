// Bundles the client, the language server and the CLI with esbuild.
// The server and CLI share the core (server/src/core), which imports neither vscode nor the LSP.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', define: { CLIO_VERSION: JSON.stringify(version) }, banner: { js: '#!/usr/bin/env node' } }),
]);
if (!watch) console.log('built dist/client.js, dist/server.js, dist/cli.js');
