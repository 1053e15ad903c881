// A document the editor restores before indexing starts must not flash hints
// computed without the register, whatever else the editor sends meanwhile.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TestClient } from './lsp';
const CORPUS = path.join(__dirname, '..', '..', 'corpus');
const SOURCE = 'sources/deutscher-prophet-unarmed-review.txt';

/** Opens SOURCE before `initialized`, as an editor restoring its tabs does, and records every candidate hint published for it. */
async function startWithRestoredTab(capabilities: Record<string, unknown> = {}) {
  const text = readFileSync(path.join(CORPUS, SOURCE), 'utf8');
  const candidates: string[] = [];
  let uri = '';
  const client = await TestClient.start(CORPUS, capabilities, async (c) => {
    uri = c.uri(SOURCE);
    c.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: string; message: string }[] }) => {
      c.diagnostics.set(p.uri, p.diagnostics as never);
      if (p.uri === uri) candidates.push(...p.diagnostics.filter((d) => d.code === 'candidate').map((d) => d.message));
    });
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  });
  return { client, uri, candidates };
}

describe('start-up', function () {
  this.timeout(60000);
  it('a document opened at start-up gets no stale candidate hints', async () => {
    const { client, uri, candidates } = await startWithRestoredTab();
    await client.indexed(40000);
    await client.until(() => client.diagnostics.has(uri));
    await client.stop();
    assert.deepEqual(candidates.filter((m) => m.includes('"Trotsky"')), []);
  });

  it('a settings change during cold indexing publishes nothing computed without the register', async () => {
    const refreshes: string[] = [];
    const { client, uri, candidates } = await startWithRestoredTab({
      workspace: { configuration: true, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true }, semanticTokens: { refreshSupport: true } },
    });
    for (const method of ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) {
      client.conn.onRequest(method, () => {
        refreshes.push(method);
        return null;
      });
    }
    // VS Code sends this as soon as the client starts, while the server is still reading the corpus.
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.indexed(40000);
    await client.until(() => client.diagnostics.has(uri));
    assert.deepEqual(candidates.filter((m) => m.includes('"Trotsky"')), []);
    // Views the editor pulled before the register was read are refreshed once it is.
    await client.until(() => refreshes.length >= 3).finally(() => client.stop());
    assert.deepEqual([...new Set(refreshes)].sort(), ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']);
  });
});
