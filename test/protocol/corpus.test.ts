// The server over stdio on the sample corpus itself: every request the
// foundation promises answers with real content, as a user opening corpus/ sees.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, Hover, Location, SemanticTokens, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');

/** The position of the first match of `needle` in the body of the text, past its title lines (the title is a work of its own). */
function positionOf(text: string, needle: RegExp) {
  const body = text.search(/[^\n]{300}/);
  const m = new RegExp(needle.source, 'g');
  m.lastIndex = Math.max(0, body);
  const found = m.exec(text);
  if (!found) throw new Error(`${needle} not found`);
  return positionAt(text, found.index);
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset + 1);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('language server on the sample corpus', function () {
  this.timeout(60000);
  let client: TestClient;
  const sources = readdirSync(path.join(CORPUS, 'sources')).filter((f) => f.endsWith('.txt'));
  // The source that mentions Trotsky most often.
  const file = sources
    .map((f) => ({ f, text: readFileSync(path.join(CORPUS, 'sources', f), 'utf8') }))
    .sort((a, b) => b.text.split('Trotsky').length - a.text.split('Trotsky').length)[0];
  const uri = () => client.uri(`sources/${file.f}`);

  before(async () => {
    client = await TestClient.start(CORPUS);
    await client.indexed(40000);
  });
  after(() => client?.stop());

  it('hover: an entity card and a date card', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri() }, position: positionOf(file.text, /\bTrotsky\b/) });
    const text = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    assert.match(text, /### Leon Trotsky/);
    assert.match(text, /\*\*born\*\*: 7 November 1879/);
    assert.match(text, /Mentions:\*\* \d+ in [5-9] documents/);
    const d = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri() }, position: positionOf(file.text, /\b(?:January|February|March|April|June|July|August|September|November|December) (?:\d{1,2}, )?19\d\d\b/) });
    const dtext = d && typeof d.contents === 'object' && 'value' in d.contents ? d.contents.value : '';
    assert.match(dtext, /\*\*EDTF\*\*/);
  });

  it('definition, references, document and workspace symbols, semantic tokens', async () => {
    // The person, not the event "Lenin's death".
    const pos = positionOf(file.text, /\bLenin\b(?!['’]s\s+death)/);
    const def = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri() }, position: pos });
    assert.equal(def[0].uri, client.uri('register.yaml'));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri() }, position: pos, context: { includeDeclaration: false } });
    const files = new Set(refs.map((r) => r.uri));
    assert.ok(refs.length > 50 && files.size >= 4, `${refs.length} references in ${files.size} files`);
    const reg = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('register.yaml') } });
    assert.ok(reg.length > 100);
    const ws = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'Bronstein' });
    assert.ok(ws.some((s) => s.name === 'Leon Trotsky'));
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri() } });
    assert.ok(tokens.data.length / 5 > 100, `${tokens.data.length / 5} tokens`);
  });

  it('publishes the conflict over the date of Lenin’s death with related information', async () => {
    await client.until(() => [...client.diagnostics.values()].flat().some((d) => /Death of Lenin/.test(String(d.message))), 20000);
    const all = [...client.diagnostics.entries()].flatMap(([u, ds]) => ds.map((d) => ({ u, d })));
    const between = all.filter(({ d }) => d.code === 'source-vs-source' && /Death of Lenin/.test(String(d.message)));
    assert.ok(between.length >= 2, 'on each side');
    for (const { u, d } of between) {
      assert.ok(d.relatedInformation && d.relatedInformation.length > 0);
      assert.notEqual(d.relatedInformation[0].location.uri, u, 'points to the other source');
    }
  });
});
