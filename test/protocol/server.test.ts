// Protocol tests: the real server over stdio against a small fixture corpus.
// Each test asserts what an editor would show a user.

import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, DocumentSymbol, Hover, Location, SemanticTokens, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import type { ChronologyResult } from '../../server/src/protocol';
import { TestClient } from './lsp';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'mini');

/** Position of the n-th occurrence of `needle` in a text. */
function pos(text: string, needle: string, nth = 0, delta = 1) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

/** Opens a note with `text` and waits for the first diagnostic with `code` on it; returns it and a code-action request for it. */
async function noteDiagnostic(client: TestClient, rel: string, text: string, code: string) {
  const uri = client.uri(rel);
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await client.until(() => (client.diagnostics.get(uri) ?? []).some((d) => d.code === code));
  const d = client.diagnostics.get(uri)!.find((x) => x.code === code)!;
  const actions = <T,>() => client.request<T[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const close = () => client.notify('textDocument/didClose', { textDocument: { uri } });
  return { uri, d, actions, close };
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const memoir = () => require('node:fs').readFileSync(path.join(dir, 'sources/memoir.txt'), 'utf8') as string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clio-protocol-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'sources', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    client = await TestClient.start(dir);
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports indexing through work-done progress', () => {
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('warns about a binary file by name and skips it', () => {
    const shown = client.notifications.filter((n) => n.method.startsWith('window/showMessage')).map((n) => (n.params as { message: string }).message);
    assert.ok(shown.some((m) => m.includes('scan.txt') && m.includes('binary')), shown.join('\n'));
  });

  it('shows an entity hover card with name, type, dates, description, aliases and mentions per source', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'Trotsky') });
    const text = hoverText(h);
    assert.match(text, /Leon Trotsky/);
    assert.match(text, /\*person\*/);
    assert.match(text, /7 November 1879/);
    assert.match(text, /organiser of the Red Army/);
    assert.match(text, /Lev Davidovich Bronstein/);
    assert.match(text, /Mentions:\*\* \d+ in 3 documents/);
    assert.match(text, /A Memoir of the Twenties \(Test Author\): 2/);
    assert.match(text, /command:clio\.showMentions/);
  });

  it('shows a date hover with its interval and EDTF', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'January 21, 1924') });
    const text = hoverText(h);
    assert.match(text, /21 January 1924/);
    assert.match(text, /EDTF\*\*: `1924-01-21`/);
  });

  it('shows in a date hover which registered events fall inside it', async () => {
    const chronicle = require('node:fs').readFileSync(path.join(dir, 'sources/chronicle.txt'), 'utf8') as string;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/chronicle.txt') }, position: pos(chronicle, '1928') });
    assert.match(hoverText(h), /1 January 1928 – 31 December 1928/);
    const note = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'April 1923') });
    assert.match(hoverText(note), /Registered events in this period:\*\*\n- Twelfth Party Congress/);
    const relative = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'the next day') });
    assert.match(hoverText(relative), /counted from\*\* "January 21, 1924" \(line 3\)/);
  });

  it('shows the normalised value of fuzzy, implied and relative dates as inlay hints', async () => {
    const hints = await client.request<{ label: string; position: { line: number } }[]>('textDocument/inlayHint', {
      textDocument: { uri: client.uri('sources/chronicle.txt') },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    assert.deepEqual(hints.map((h) => h.label), ['= 1–10 Jan 1924']);
    const memoirHints = await client.request<{ label: string; tooltip: string }[]>('textDocument/inlayHint', {
      textDocument: { uri: client.uri('sources/memoir.txt') },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    assert.ok(memoirHints.some((h) => h.label === '= 22 Jan 1924'), 'the next day after January 21, 1924: ' + JSON.stringify(memoirHints));
  });

  it('highlights the other mentions of the entity in the file', async () => {
    const hl = await client.request<{ range: { start: { line: number; character: number } } }[]>('textDocument/documentHighlight', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'Trotsky') });
    assert.deepEqual(hl.map((h) => h.range.start), [pos(memoir(), 'Trotsky', 0, 0), pos(memoir(), 'Trotsky', 1, 0)]);
  });

  it('shows mention counts above register entries', async () => {
    const lenses = await client.request<{ command: { title: string; arguments: string[] } }[]>('textDocument/codeLens', { textDocument: { uri: client.uri('register.yaml') } });
    const trotsky = lenses.find((l) => l.command.arguments[0] === 'trotsky')!;
    assert.equal(trotsky.command.title, '4 mentions in 3 documents');
    assert.equal(lenses.find((l) => l.command.arguments[0] === 'history-russian-revolution')!.command.title, 'no mentions yet');
  });

  it('completes entity names in notes and ids in the register, never in sources', async () => {
    const note = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: client.uri('notes/working-note.md') }, position: { line: 2, character: 0 } });
    assert.ok(note.some((i) => i.label === 'Leon Trotsky'));
    const reg = require('node:fs').readFileSync(path.join(dir, 'register.yaml'), 'utf8') as string;
    const inTrigger = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: client.uri('register.yaml') }, position: pos(reg, '{lenin} died', 0, 1) });
    assert.ok(inTrigger.some((i) => i.label === 'lenin'));
    const source = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: { line: 2, character: 3 } });
    assert.deepEqual(source, []);
  });

  it('goes from a mention to its register entry', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'Lenin died') });
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, client.uri('register.yaml'));
    const reg = require('node:fs').readFileSync(path.join(dir, 'register.yaml'), 'utf8') as string;
    assert.deepEqual(defs[0].range.start, pos(reg, 'id: lenin', 0, 4));
  });

  it('finds references in every corpus file', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: client.uri('sources/memoir.txt') },
      position: pos(memoir(), 'Trotsky'),
      context: { includeDeclaration: true },
    });
    const files = new Set(refs.map((r) => path.relative(dir, new URL(r.uri).pathname)));
    assert.deepEqual([...files].sort(), ['notes/working-note.md', 'register.yaml', 'sources/chronicle.txt', 'sources/memoir.txt']);
  });

  it('tells a derived form from the name: in the hover, and in "Show all mentions" by form', async () => {
    const chronicle = require('node:fs').readFileSync(path.join(dir, 'sources/chronicle.txt'), 'utf8') as string;
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/chronicle.txt') }, position: pos(chronicle, 'Leninism') }));
    assert.match(h, /\*Derived form\* of \*\*Vladimir Lenin\*\*: "Leninism"/);
    assert.match(h, /\+ 1 derived/);
    assert.match(h, /\[Only derived forms\]\(command:clio\.showMentions\?/);
    const derived = await client.request<{ mentions: { uri: string; range: { start: { line: number } } }[] }>('clio/entity', { id: 'lenin', forms: 'derived' });
    assert.deepEqual(derived.mentions.map((m) => [path.basename(m.uri), m.range.start.line]), [['chronicle.txt', pos(chronicle, 'Leninism').line]]);
    const all = await client.request<{ mentions: unknown[] }>('clio/entity', { id: 'lenin' });
    const direct = await client.request<{ mentions: unknown[] }>('clio/entity', { id: 'lenin', forms: 'direct' });
    assert.equal(direct.mentions.length, all.mentions.length - 1);
  });

  it('lists register entries and a source’s sections with their dated claims as document symbols', async () => {
    const reg = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('register.yaml') } });
    assert.ok(reg.some((s) => s.name === 'Leon Trotsky' && s.detail === 'person · trotsky'));
    const chron = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('sources/chronicle.txt') } });
    const section = chron.find((s) => s.name === '1. The succession');
    assert.ok(section, JSON.stringify(chron.map((s) => s.name)));
    assert.deepEqual(section!.children!.map((c) => c.name), ['Death of Lenin: early January 1924']);
  });

  it('finds entities by any alias as workspace symbols', async () => {
    const found = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'bronstein' });
    assert.deepEqual(found.map((s) => s.name), ['Leon Trotsky']);
  });

  it('returns semantic tokens for entities and dates', async () => {
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri('sources/memoir.txt') } });
    // Decode the relative encoding into absolute [line, character, length, type].
    const decoded: number[][] = [];
    for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      decoded.push([line, char, data[i + 2], data[i + 3]]);
    }
    const text = memoir().split('\n');
    const at = (d: number[]) => text[d[0]].slice(d[1], d[1] + d[2]);
    // Legend: 0 class (person), 4 event, 6 number (date).
    assert.ok(decoded.some((d) => at(d) === 'Trotsky' && d[3] === 0), 'Trotsky is a person');
    assert.ok(decoded.some((d) => at(d) === 'January 21, 1924' && d[3] === 6), 'the date is a date');
    assert.ok(decoded.some((d) => at(d) === 'Twelfth Congress' && d[3] === 4), 'the congress is an event');
  });

  it('publishes the date conflict on each source with related information', async () => {
    await client.until(() => (client.diagnostics.get(client.uri('sources/chronicle.txt')) ?? []).length > 0);
    const onMemoir = (client.diagnostics.get(client.uri('sources/memoir.txt')) ?? []).filter((d) => d.code === 'source-vs-source');
    const onChronicle = (client.diagnostics.get(client.uri('sources/chronicle.txt')) ?? []).filter((d) => d.code === 'source-vs-source');
    assert.equal(onMemoir.length, 1);
    assert.equal(onChronicle.length, 1);
    const d = onChronicle[0];
    assert.equal(String(d.message), 'Death of Lenin: this text says "early January 1924" (1924-01-01 – 1924-01-10), but A Memoir of the Twenties (Test Author) says "January 21, 1924" (1924-01-21).');
    assert.equal(d.relatedInformation![0].location.uri, client.uri('sources/memoir.txt'));
    assert.deepEqual(d.range.start, pos(require('node:fs').readFileSync(path.join(dir, 'sources/chronicle.txt'), 'utf8'), 'early January 1924', 0, 0));
  });

  it('answers the Chronology request in order', async () => {
    const result = await client.request<ChronologyResult>('clio/chronology', {});
    assert.equal(result.complete, true);
    assert.deepEqual(result.events.map((e) => e.name), ['October Revolution', 'Twelfth Party Congress', 'Death of Lenin']);
    assert.equal(result.events[2].conflicts > 0, true);
  });

  it('shows a new conflict live while a note is typed, and clears it when corrected', async () => {
    const uri = client.uri('notes/live.md');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Draft.\n' } });
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Lenin died on 21 January 1923.\n' }],
    });
    await client.until(() => (client.diagnostics.get(uri) ?? []).some((d: Diagnostic) => /Death of Lenin/.test(String(d.message))));
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 1, character: 24 }, end: { line: 1, character: 28 } }, text: '1924' }],
    });
    await client.until(() => (client.diagnostics.get(uri) ?? []).length === 0);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports malformed register YAML at its line and keeps the last good register', async () => {
    const uri = client.uri('register.yaml');
    const text = require('node:fs').readFileSync(path.join(dir, 'register.yaml'), 'utf8') as string;
    const broken = text.replace('aliases: [Trotsky,', 'aliases: [Trotsky,,{');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: broken } });
    await client.until(() => (client.diagnostics.get(uri) ?? []).some((d) => d.code === 'register-yaml'));
    const d = client.diagnostics.get(uri)!.find((x) => x.code === 'register-yaml')!;
    assert.ok(Math.abs(d.range.start.line - pos(broken, 'aliases: [Trotsky').line) <= 2, `at line ${d.range.start.line}`);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'Trotsky') });
    assert.match(hoverText(h), /Leon Trotsky/);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    await client.until(() => !(client.diagnostics.get(uri) ?? []).some((d) => d.code === 'register-yaml'));
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('re-links every document when register.yaml changes on disk', async () => {
    const regPath = path.join(dir, 'register.yaml');
    const original = require('node:fs').readFileSync(regPath, 'utf8') as string;
    writeFileSync(regPath, original + '  - { id: caucasus, type: place, name: Caucasus, description: Mountains between the Black and Caspian seas. }\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('register.yaml'), type: 2 }] });
    const at = pos(memoir(), 'Caucasus');
    await client.until(async () => /Mountains between/.test(hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: at }))));
    writeFileSync(regPath, original);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('register.yaml'), type: 2 }] });
    // The next tests need the register back as it was: wait until the card no longer shows the added entry.
    await client.until(async () => !/Mountains between/.test(hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: at }))));
  });

  it('keeps a file deleted while open until it is closed, then forgets it', async () => {
    const file = path.join(dir, 'notes', 'doomed.md');
    const uri = client.uri('notes/doomed.md');
    const body = 'Lenin died on 2 February 1925.\n';
    writeFileSync(file, body);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: body } });
    await client.until(() => (client.diagnostics.get(uri) ?? []).length > 0);
    rmSync(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    // The deletion is noticed, and the open editor still has Clio: its card, once the change has been read.
    let card = '';
    await client.until(async () => /Vladimir Lenin/.test((card = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }))))).catch(() => undefined);
    assert.match(card, /Vladimir Lenin/, 'the open editor still has Clio');
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.until(() => (client.diagnostics.get(uri) ?? []).length === 0);
  });

  it('offers quick fixes that add a missing name to the register, and they produce a valid register', async () => {
    const uri = client.uri('sources/memoir.txt');
    await client.until(() => (client.diagnostics.get(uri) ?? []).some((d) => d.code === 'candidate'));
    const caucasus = client.diagnostics.get(uri)!.find((d) => d.code === 'candidate' && /Caucasus/.test(String(d.message)))!;
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> }; command?: { command: string } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: caucasus.range, context: { diagnostics: [caucasus] } },
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Add "Caucasus" to the register as a place'), titles.join('\n'));
    assert.ok(titles.includes('Ignore "Caucasus": it is not a name'));
    const add = actions.find((a) => a.title === 'Add "Caucasus" to the register as a place')!;
    assert.equal(add.command?.command, 'clio.revealPosition', 'the cursor lands in the new entry');
    const regUri = client.uri('register.yaml');
    const [change] = add.edit.changes[regUri];
    const reg = require('node:fs').readFileSync(path.join(dir, 'register.yaml'), 'utf8') as string;
    const lines = reg.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const after = reg.slice(0, offset(change.range.start)) + change.newText + reg.slice(offset(change.range.end));
    const { parseRegister } = require('../../server/src/core') as typeof import('../../server/src/core');
    const parsed = parseRegister(after);
    assert.ok(parsed.ok);
    assert.equal(parsed.register.byId.get('caucasus')?.type, 'place');
  });

  it('offers quick fixes on a conflict: open the other claim, accept a known discrepancy, or mark the source’s date an error; each edit ends that conflict', async () => {
    type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    type Action = { title: string; edit?: { changes?: Record<string, Edit[]> }; command?: { command: string; arguments: unknown[] } };
    const read = (rel: string) => require('node:fs').readFileSync(path.join(dir, rel), 'utf8') as string;
    const applyEdit = (text: string, e: Edit, typed: string) => {
      const lines = text.split('\n');
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      return text.slice(0, offset(e.range.start)) + e.newText + typed + text.slice(offset(e.range.end));
    };
    const uri = client.uri('sources/chronicle.txt');
    const conflictsHere = () => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'source-vs-source' || d.code === 'source-vs-reference').map((d) => String(d.code)).sort();
    await client.until(() => conflictsHere().includes('source-vs-source'));
    const d = client.diagnostics.get(uri)!.find((x) => x.code === 'source-vs-source' && /January 21, 1924/.test(String(x.message)))!;
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.deepEqual(actions.map((a) => a.title), [
      'Open A Memoir of the Twenties (Test Author) at "January 21, 1924"',
      'Accept as a known discrepancy (say why in the register)',
      'Mark "early January 1924" as an error in this source: the right date is 1924-01-21 (recorded in sources.yaml)',
    ]);
    // Open: the memoir at its claim.
    const [openUri, line, character] = actions[0].command!.arguments as [string, number, number];
    assert.equal(openUri, client.uri('sources/memoir.txt'));
    assert.deepEqual({ line, character }, pos(memoir(), 'January 21, 1924', 0, 0));

    // Accept: the register records the pair and a reason; the memoir's conflict goes, the register's date still disagrees.
    const regUri = client.uri('register.yaml');
    const accepted = applyEdit(read('register.yaml'), actions[1].edit!.changes![regUri][0], 'The chronicle rounds the date.');
    assert.match(accepted, /discrepancies:\n\s+- claims: \["sources\/chronicle.txt: early January 1924", "sources\/memoir.txt: January 21, 1924"\]\n\s+reason: The chronicle rounds the date\./);
    await client.notify('textDocument/didOpen', { textDocument: { uri: regUri, languageId: 'yaml', version: 1, text: accepted } });
    await client.until(() => conflictsHere().join() === 'source-vs-reference');
    await client.notify('textDocument/didChange', { textDocument: { uri: regUri, version: 2 }, contentChanges: [{ text: read('register.yaml') }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: regUri } });
    await client.until(() => conflictsHere().includes('source-vs-source'));

    // Mark as an error: sources.yaml records the right date, and the chronicle's claim conflicts with nothing.
    const metaUri = client.uri('sources.yaml');
    const corrected = applyEdit(read('sources.yaml'), actions[2].edit!.changes![metaUri][0], 'Lenin died on 21 January 1924.');
    assert.match(corrected, /corrections:\n\s+- event: lenin-death\n\s+date: "early January 1924"\n\s+when: "1924-01-21"\n\s+note: Lenin died on 21 January 1924\./);
    await client.notify('textDocument/didOpen', { textDocument: { uri: metaUri, languageId: 'yaml', version: 1, text: corrected } });
    await client.until(() => conflictsHere().length === 0);
    await client.notify('textDocument/didChange', { textDocument: { uri: metaUri, version: 2 }, contentChanges: [{ text: read('sources.yaml') }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: metaUri } });
    await client.until(() => conflictsHere().length === 2);
  });

  it('reads an event told in free wording, and says which words it read, in the diagnostic and on the card', async () => {
    const text = 'Death took Lenin from us on 21 January 1923.\n';
    const note = await noteDiagnostic(client, 'notes/free.md', text, 'source-vs-reference');
    assert.equal(note.d.message, 'Death of Lenin: this text says "21 January 1923" (1923-01-21), but the register gives 1924-01-21 (Service, Lenin (2000)). Clio read "Death" as Death of Lenin.');
    const card = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: note.uri }, position: pos(text, 'Lenin') }));
    assert.match(card, /Death of Lenin: "21 January 1923" \(21 January 1923\) \(read from "Death"\) — free\.md ⚠ \*sources disagree\*/);
    await note.close();
  });

  it('shows an edition a note cites on the work’s card as an edition, not as the work’s date', async () => {
    const uri = client.uri('notes/reading.md');
    const text = 'I read the History of the Russian Revolution (London: Gollancz, 1965) last week.\n';
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    let card = '';
    await client.until(async () => (card = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(text, 'History') }))).includes('1965'));
    assert.match(card, /History of the Russian Revolution: "1965" \(1 January 1965 – 31 December 1965\) \(an edition cited\) — reading\.md/);
    assert.doesNotMatch(card, /sources disagree/);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('shows each source’s reliability beside its claims on an entity card', async () => {
    const uri = client.uri('sources/chronicle.txt');
    const text = require('node:fs').readFileSync(path.join(dir, 'sources/chronicle.txt'), 'utf8') as string;
    const card = async () => hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(text, 'Lenin in early') }));
    const metaUri = client.uri('sources.yaml');
    const meta = require('node:fs').readFileSync(path.join(dir, 'sources.yaml'), 'utf8') as string;
    await client.notify('textDocument/didOpen', { textDocument: { uri: metaUri, languageId: 'yaml', version: 1, text: meta.replace('    kind: study\n', '    kind: study\n    reliability: tertiary\n') } });
    await client.until(async () => /\(tertiary\)/.test(await card()));
    assert.match(await card(), /Death of Lenin: "early January 1924" \(1 January 1924 – 10 January 1924\) — A Party Chronicle \(Another Author\) \(tertiary\) ⚠ \*sources disagree\*/);
    await client.notify('textDocument/didChange', { textDocument: { uri: metaUri, version: 2 }, contentChanges: [{ text: meta }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: metaUri } });
    await client.until(async () => !/\(tertiary\)/.test(await card()));
  });

  it('marks disputed claims on an entity card, and a date marked as an error with what the source says', async () => {
    const uri = client.uri('sources/chronicle.txt');
    const text = require('node:fs').readFileSync(path.join(dir, 'sources/chronicle.txt'), 'utf8') as string;
    const card = async () => hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(text, 'Lenin in early') }));
    assert.match(await card(), /Death of Lenin: "early January 1924" \(1 January 1924 – 10 January 1924\) — A Party Chronicle \(Another Author\) ⚠ \*sources disagree\*/);
    const metaUri = client.uri('sources.yaml');
    const meta = require('node:fs').readFileSync(path.join(dir, 'sources.yaml'), 'utf8') as string;
    const corrected = meta + '    corrections:\n      - { event: lenin-death, date: "early January 1924", when: "1924-01-21", note: "He died on the 21st." }\n';
    await client.notify('textDocument/didOpen', { textDocument: { uri: metaUri, languageId: 'yaml', version: 1, text: corrected } });
    await client.until(async () => /marked as an error/.test(await card()));
    const after = await card();
    assert.match(after, /Death of Lenin: "early January 1924" \(21 January 1924\) \(the source says 1 January 1924 – 10 January 1924: \*marked as an error\*\) — A Party Chronicle \(Another Author\)\n/);
    await client.notify('textDocument/didChange', { textDocument: { uri: metaUri, version: 2 }, contentChanges: [{ text: meta }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: metaUri } });
    await client.until(async () => !/marked as an error/.test(await card()));
  });

  it('keeps the editor’s text of a file closed and opened again at once, not the disk’s', async () => {
    const uri = client.uri('sources/chronicle.txt');
    const text = require('node:fs').readFileSync(path.join(dir, 'sources/chronicle.txt'), 'utf8') as string;
    const card = async () => hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(text, 'Lenin in early') }));
    const metaUri = client.uri('sources.yaml');
    const meta = require('node:fs').readFileSync(path.join(dir, 'sources.yaml'), 'utf8') as string;
    const rated = meta.replace('    kind: study\n', '    kind: study\n    reliability: tertiary\n');
    await client.notify('textDocument/didOpen', { textDocument: { uri: metaUri, languageId: 'yaml', version: 1, text: rated } });
    await client.until(async () => /\(tertiary\)/.test(await card()));
    // Closed, and opened again before the server has read the disk: the editor's text stays.
    await client.notify('textDocument/didClose', { textDocument: { uri: metaUri } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: metaUri, languageId: 'yaml', version: 1, text: rated } });
    await new Promise((r) => setTimeout(r, 300));
    assert.match(await card(), /\(tertiary\)/);
    await client.notify('textDocument/didChange', { textDocument: { uri: metaUri, version: 2 }, contentChanges: [{ text: meta }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: metaUri } });
    await client.until(async () => !/\(tertiary\)/.test(await card()));
  });

  it('marks a note that dates one event two ways on both of its claims', async () => {
    const uri = client.uri('notes/twice.md');
    const text = 'Lenin died on 21 January 1924.\n\nLater in these notes: Lenin died on 21 January 1925.\n';
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.until(() => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'within-source').length === 2);
    const within = client.diagnostics.get(uri)!.filter((d) => d.code === 'within-source');
    assert.deepEqual(within.map((d) => d.range.start), [pos(text, '21 January 1924', 0, 0), pos(text, '21 January 1925', 0, 0)]);
    assert.equal(within[0].message, 'Death of Lenin: this text says "21 January 1924" (1924-01-21) here, and "21 January 1925" (1925-01-21) elsewhere.');
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: within[0].range, context: { diagnostics: [within[0]] } });
    assert.deepEqual(actions.map((a) => a.title), ['Open the other claim, "21 January 1925"', 'Accept as a known discrepancy (say why in the register)']);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('says "did you mean" for a near miss, and offers to record it as a known misspelling', async () => {
    const note = await noteDiagnostic(client, 'notes/typo.md', 'Trotksy was silent.\n', 'possible-typo');
    assert.equal(note.d.message, '"Trotksy" is not in the register. Did you mean Leon Trotsky?');
    const preferred = (await note.actions<{ title: string; isPreferred?: boolean }>()).find((a) => a.isPreferred)!;
    assert.equal(preferred.title, 'Add "Trotksy" as a known misspelling of Leon Trotsky');
    await note.close();
  });

  it('links another transliteration openly, and offers to record the spelling', async () => {
    const note = await noteDiagnostic(client, 'notes/spelling.md', 'Trotzky was silent.\n', 'variant');
    assert.equal(note.d.message, '"Trotzky" is read as Leon Trotsky, another spelling of "Trotsky" that the register does not list.');
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: note.uri }, position: { line: 0, character: 2 } }));
    assert.match(h, /\*Another spelling\* of "Trotsky"/);
    assert.match(h, /### Leon Trotsky/);
    const actions = await note.actions<{ title: string; isPreferred?: boolean }>();
    assert.deepEqual(actions.map((a) => [a.title, !!a.isPreferred]), [['Add "Trotzky" as another name of Leon Trotsky', true]]);
    await note.close();
  });

  it('links a note\'s initials and clipped surname openly, says why, and offers to record them', async () => {
    const note = await noteDiagnostic(client, 'notes/shorthand.md', '- VIL and Trots. (with Stalin) disagreed.\n', 'variant');
    const messages = client.diagnostics.get(note.uri)!.filter((d) => d.code === 'variant').map((d) => d.message);
    assert.deepEqual(messages, [
      '"VIL" is read as Vladimir Lenin, the only registered name with these initials; the register does not list it as a short form.',
      '"Trots." is read as Leon Trotsky, the only registered person whose surname it begins; the register does not list it as a short form.',
    ]);
    const h = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: note.uri }, position: { line: 0, character: 3 } }));
    assert.match(h, /\*Short form\* of "Vladimir Lenin", the only registered name with these initials: "VIL"/);
    const actions = await note.actions<{ title: string }>();
    assert.deepEqual(actions.map((a) => a.title), ['Add "VIL" as another name of Vladimir Lenin']);
    await note.close();
  });

  it('marks a name two entries share as ambiguous, and offers a context hint or, in a note, an explicit link', async () => {
    const note = await noteDiagnostic(client, 'notes/wrangel.md', 'Trotsky wrote that Wrangel was a pretext.\n', 'ambiguous');
    const uri = note.uri;
    assert.equal(note.d.message, '"Wrangel" could be Pyotr Wrangel (person) or Wrangel officer (person); nothing nearby tells them apart.');
    type Action = { title: string; edit?: { changes: Record<string, { newText: string }[]> } };
    const actions = await note.actions<Action>();
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Link this "Wrangel" to Pyotr Wrangel',
      'Read "Wrangel" near "Trotsky" as Pyotr Wrangel: add "Trotsky" to its context hints',
      'Link this "Wrangel" to Wrangel officer',
      'Read "Wrangel" near "Trotsky" as Wrangel officer: add "Trotsky" to its context hints',
    ]);
    assert.deepEqual(actions[0].edit!.changes[uri].map((c) => c.newText), ['[[wrangel-general|Wrangel]]']);
    assert.match(actions[3].edit!.changes[client.uri('register.yaml')][0].newText, /context: \[Trotsky\]/);
    await note.close();
  });

  it('offers to add a candidate as another name of an entry that shares a word with it, or of any entry', async () => {
    const note = await noteDiagnostic(client, 'notes/ilyich.md', 'In exile, Vladimir Ilyich read the papers.\n', 'candidate');
    const actions = await note.actions<{ title: string; command?: { command: string; arguments: unknown[] } }>();
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Add "Vladimir Ilyich" as another name of Vladimir Lenin'), titles.join('\n'));
    const any = actions.find((a) => a.title === 'Add "Vladimir Ilyich" as another name of…')!;
    assert.deepEqual(any.command, { title: 'Add as another name of…', command: 'clio.addAlias', arguments: ['Vladimir Ilyich'] });
    // What the client does once the user has picked an entry.
    const entries = await client.request<{ id: string }[]>('clio/entries', {});
    assert.ok(entries.some((e) => e.id === 'stalin'));
    const edit = await client.request<{ changes: Record<string, { newText: string }[]> }>('clio/addAlias', { id: 'stalin', text: 'Koba' });
    assert.match(edit.changes[client.uri('register.yaml')][0].newText, /Koba/);
    await note.close();
  });

  it('renames an entity’s id across the register and notes’ links, and its name in notes, never in sources', async () => {
    const reg = require('node:fs').readFileSync(path.join(dir, 'register.yaml'), 'utf8') as string;
    const regUri = client.uri('register.yaml');
    const noteUri = client.uri('notes/links.md');
    await client.notify('textDocument/didOpen', { textDocument: { uri: noteUri, languageId: 'markdown', version: 1, text: 'See [[lenin|Lenin]] and Vladimir Lenin.\n' } });
    const prep = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: regUri }, position: pos(reg, 'id: lenin\n', 0, 4) });
    assert.equal(prep.placeholder, 'lenin');
    type Edit = { changes: Record<string, { range: unknown; newText: string }[]> };
    const byId = await client.request<Edit>('textDocument/rename', { textDocument: { uri: regUri }, position: pos(reg, 'id: lenin\n', 0, 4), newName: 'vladimir-lenin' });
    // The id itself, participants: [lenin], and four {lenin} trigger slots.
    assert.equal(byId.changes[regUri].length, 6);
    assert.ok(byId.changes[regUri].every((e) => e.newText === 'vladimir-lenin'));
    assert.deepEqual(byId.changes[noteUri], [{ range: byId.changes[noteUri][0].range, newText: 'vladimir-lenin' }]);
    const byName = await client.request<Edit>('textDocument/rename', { textDocument: { uri: noteUri }, position: { line: 0, character: 30 }, newName: 'V. I. Lenin' });
    assert.deepEqual(Object.keys(byName.changes).sort(), [noteUri, regUri].sort());
    assert.equal(byName.changes[noteUri][0].newText, 'V. I. Lenin');
    assert.ok(!Object.keys(byName.changes).some((u) => u.includes('/sources/')), 'sources are evidence');
    await client.notify('textDocument/didClose', { textDocument: { uri: noteUri } });
  });

  it('survives hostile text without crashing', async () => {
    const uri = client.uri('notes/hostile.md');
    // Besides binary noise and a huge word: runs of possessives and of initials, which once sent title and imprint
    // patterns back over every split of the text (minutes; now well under a second each).
    const hostile = '\u0000\uffff' + '('.repeat(5000) + ' 1924-99-99 31 February 1923 ' + 'Ж'.repeat(20000) + '\n'.repeat(100) + 'x'.repeat(200000) + '\n' + "Ab's ".repeat(20000) + '\n' + 'Oksana M. '.repeat(20000);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: hostile } });
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(h === null || typeof h === 'object');
    const still = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('sources/memoir.txt') }, position: pos(memoir(), 'Trotsky') });
    assert.match(hoverText(still), /Leon Trotsky/);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});
