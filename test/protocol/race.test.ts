// A document the editor restores before indexing starts must not flash hints
// computed without the register.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TestClient } from './lsp';
const CORPUS = '/work/main/corpus';
describe('start-up', function () {
  this.timeout(60000);
  it('a document opened at start-up gets no stale candidate hints', async () => {
    const text = readFileSync(path.join(CORPUS, 'sources/deutscher-prophet-unarmed-review.txt'), 'utf8');
    let uri = '';
    const client = await TestClient.start(CORPUS, {}, async (c) => {
      uri = c.uri('sources/deutscher-prophet-unarmed-review.txt');
      // As an editor restoring its tabs does: the document opens before indexing begins.
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    });
    // Every set of diagnostics the editor ever shows must come from an index that has the register.
    const seen: string[] = [];
    client.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: string; message: string }[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics as never);
      if (p.uri === uri) seen.push(...p.diagnostics.filter((d) => d.code === 'candidate').map((d) => d.message));
    });
    await client.indexed(40000);
    await client.until(() => client.diagnostics.has(uri));
    await client.stop();
    assert.deepEqual(seen.filter((m) => m.includes('"Trotsky"')), []);
  });
});
