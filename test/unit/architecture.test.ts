// The core stays free of the editor: no vscode and no LSP import, so the CLI,
// the server and future hosts share it unchanged.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const CORE = path.join(__dirname, '..', '..', 'server', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('the core imports neither vscode nor the language server protocol, nor Node I/O', () => {
    const offenders = files(CORE).filter((f) => /from ['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:fs|fs|node:child_process)['"]/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(CORE, f)), []);
  });
});
