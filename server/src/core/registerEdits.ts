// Edits to register.yaml and sources.yaml that code actions offer: a new entry, a
// value added to an entry's list (aliases, misspellings), a name to ignore, a
// known discrepancy, a correction of a source's date. Each is a plain text
// insertion computed from the YAML's own positions, so the editor can apply it
// as an undoable WorkspaceEdit and the user's formatting and comments survive.

import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EntityType } from './types';

/** Replace [start, end) with `text` (an insertion when start === end). */
export interface RegisterEdit {
  start: number;
  end: number;
  text: string;
  /** Where to put the cursor afterwards, as an offset into the edited text. */
  cursor?: number;
}

/** YAML-safe scalar: JSON strings are valid double-quoted YAML. */
const q = (s: string) => (/^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s));

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

/** End of the last line a node occupies (its range end, without trailing blank lines). */
function nodeEnd(text: string, node: YamlNode): number {
  let end = node.range![1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A new entry at the end of `entities:` (or a new `entities:` list). The cursor lands on its description. */
export function appendEntry(text: string, entry: { id: string; type: EntityType; name: string }): RegisterEdit {
  const doc = parseDocument(text);
  const root = doc.contents;
  const list = isMap(root) ? root.get('entities', true) : undefined;
  const body = (indent: string) =>
    `${indent}- id: ${entry.id}\n${indent}  type: ${entry.type}\n${indent}  name: ${q(entry.name)}\n${indent}  aliases: []\n${indent}  description: `;
  if (isSeq(list) && list.items.length && !list.flow) {
    const first = list.items[0] as YamlNode;
    const dash = text.lastIndexOf('-', first.range![0]);
    const indent = lineIndent(text, dash);
    const at = lineEnd(text, nodeEnd(text, list));
    const insert = `\n${body(indent)}`;
    return { start: at, end: at, text: insert, cursor: at + insert.length };
  }
  const prefix = text.length && !text.endsWith('\n') ? '\n' : '';
  const insert = `${prefix}${isSeq(list) ? '' : 'entities:\n'}${body('  ')}`;
  if (isSeq(list)) {
    // A flow list `entities: []`: turn the new entry into a flow map inside it.
    const close = list.range![1] - 1;
    const flow = `${list.items.length ? ', ' : ''}{ id: ${entry.id}, type: ${entry.type}, name: ${q(entry.name)} }`;
    return { start: close, end: close, text: flow, cursor: close + flow.length };
  }
  return { start: text.length, end: text.length, text: insert + '\n', cursor: text.length + insert.length };
}

/** Adds `value` to the list under `key` of the entry `id` (creating the key if needed). */
export function addToEntryList(text: string, id: string, key: string, value: string): RegisterEdit | undefined {
  const doc = parseDocument(text);
  const root = doc.contents;
  const list = isMap(root) ? root.get('entities', true) : undefined;
  if (!isSeq(list)) return undefined;
  const entry = list.items.find((i): i is YAMLMap => isMap(i) && i.get('id') === id);
  if (!entry) return undefined;
  const existing = entry.get(key, true);
  if (isSeq(existing)) return appendToSeq(text, existing, value);
  if (isScalar(existing) && existing.range) {
    // `aliases: Stalin` becomes `aliases: [Stalin, value]`.
    const [a, b] = existing.range;
    return { start: a, end: b, text: `[${text.slice(a, b)}, ${q(value)}]` };
  }
  if (entry.flow) {
    const close = nodeEnd(text, entry) - 1; // the closing brace
    return { start: close, end: close, text: `, ${key}: [${q(value)}] ` };
  }
  const idPair = entry.items.find((p) => isScalar(p.key) && p.key.value === 'id')!;
  const keyStart = (idPair.key as YamlNode).range![0];
  const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
  const at = lineEnd(text, nodeEnd(text, entry));
  return { start: at, end: at, text: `\n${indent}${key}: [${q(value)}]` };
}

/** Adds a name to the register's top-level `ignore:` list (creating it at the end). */
export function addIgnored(text: string, name: string): RegisterEdit {
  const doc = parseDocument(text);
  const root = doc.contents;
  const list = isMap(root) ? root.get('ignore', true) : undefined;
  if (isSeq(list)) return appendToSeq(text, list, name)!;
  const prefix = text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: text.length, end: text.length, text: `${prefix}ignore: [${q(name)}]\n` };
}

function appendToSeq(text: string, seq: YAMLSeq, value: string): RegisterEdit {
  if (seq.flow) {
    const close = nodeEnd(text, seq) - 1;
    return { start: close, end: close, text: `${seq.items.length ? ', ' : ''}${q(value)}` };
  }
  const last = seq.items[seq.items.length - 1] as YamlNode;
  const dash = text.lastIndexOf('-', last.range![0]);
  const at = lineEnd(text, nodeEnd(text, seq));
  return { start: at, end: at, text: `\n${lineIndent(text, dash)}- ${q(value)}` };
}

/**
 * Accepts the disagreement between two claims (each as `claimKey` writes it) as a
 * known discrepancy of event `id`. The cursor lands on the reason, for the user to give.
 */
export function addDiscrepancy(text: string, id: string, claims: string[]): RegisterEdit | undefined {
  const doc = parseDocument(text);
  const list = isMap(doc.contents) ? doc.contents.get('entities', true) : undefined;
  const entry = isSeq(list) ? list.items.find((i): i is YAMLMap => isMap(i) && i.get('id') === id) : undefined;
  if (!entry) return undefined;
  return appendBlockItem(text, entry, 'discrepancies', [`claims: [${claims.map((c) => JSON.stringify(c)).join(', ')}]`, 'reason: ']);
}

/**
 * Marks a source's date for an event as an error, with the right date, in the
 * source's entry of sources.yaml (`path` as that file writes it), adding the entry
 * or the file's `sources:` list where missing. The cursor lands on the note.
 */
export function addCorrection(text: string, path: string, correction: { event: string; date: string; when: string }): RegisterEdit {
  const lines = [`event: ${correction.event}`, `date: ${JSON.stringify(correction.date)}`, `when: ${JSON.stringify(correction.when)}`, 'note: '];
  const doc = parseDocument(text);
  const list = isMap(doc.contents) ? doc.contents.get('sources', true) : undefined;
  const entry = isSeq(list) ? list.items.find((i): i is YAMLMap => isMap(i) && i.get('path') === path) : undefined;
  if (entry) return appendBlockItem(text, entry, 'corrections', lines);
  const item = (indent: string) => `${indent}- path: ${q(path)}\n${indent}  corrections:\n${blockItem(`${indent}    `, lines)}`;
  if (isSeq(list) && list.items.length && !list.flow) {
    const dash = text.lastIndexOf('-', (list.items[0] as YamlNode).range![0]);
    const at = lineEnd(text, nodeEnd(text, list));
    const insert = `\n${item(lineIndent(text, dash))}`;
    return { start: at, end: at, text: insert, cursor: at + insert.length };
  }
  if (isSeq(list)) {
    // `sources: []`: replace the empty flow list by a block one.
    const [a, b] = list.range!;
    const block = `\n${item('  ')}`;
    return { start: a, end: b, text: block, cursor: a + block.length };
  }
  // No `sources:` list (an empty file, or none): start one at the end.
  const prefix = text.length && !text.endsWith('\n') ? '\n' : '';
  const insert = `${prefix}sources:\n${item('  ')}`;
  return { start: text.length, end: text.length, text: insert + '\n', cursor: text.length + insert.length };
}

/** A block list item of `key: value` lines at `indent`: "- a: 1" then "  b: 2". */
function blockItem(indent: string, lines: string[]): string {
  return lines.map((l, k) => `${indent}${k ? '  ' : '- '}${l}`).join('\n');
}

/** Appends a block mapping (its `key: value` lines) to the list under `key` of `map`, creating the list where missing; the cursor ends the last line. */
function appendBlockItem(text: string, map: YAMLMap, key: string, lines: string[]): RegisterEdit {
  const existing = map.get(key, true);
  if (isSeq(existing) && existing.items.length && !existing.flow) {
    const dash = text.lastIndexOf('-', (existing.items[0] as YamlNode).range![0]);
    const indent = lineIndent(text, dash);
    const at = lineEnd(text, nodeEnd(text, existing));
    const insert = '\n' + blockItem(indent, lines);
    return { start: at, end: at, text: insert, cursor: at + insert.length };
  }
  if (map.flow) {
    // A flow entry takes a flow item; the cursor lands inside the last value's quotes.
    const close = nodeEnd(text, map) - 1;
    const flow = `${map.items.length ? ', ' : ''}${key}: [{ ${lines.map((l) => (l.endsWith(': ') ? `${l}""` : l)).join(', ')} }] `;
    return { start: close, end: close, text: flow, cursor: close + flow.length - 5 };
  }
  const first = map.items[0];
  const keyStart = (first.key as YamlNode).range![0];
  const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
  if (existing !== undefined && existing !== null) {
    // An empty or flow list under the key: replace it by a block list.
    const node = existing as YamlNode;
    const [a, b] = node.range!;
    const block = '\n' + blockItem(`${indent}  `, lines);
    return { start: a, end: b, text: block, cursor: a + block.length };
  }
  const at = lineEnd(text, nodeEnd(text, map));
  const insert = `\n${indent}${key}:\n${blockItem(`${indent}  `, lines)}`;
  return { start: at, end: at, text: insert, cursor: at + insert.length };
}

/**
 * Every place in the register text that refers to entry `id` by its id: other
 * entries' `participants` and `part_of`, and `{id}` slots in triggers. For
 * renaming an id without touching anything else.
 */
export function idReferences(text: string, id: string): { start: number; end: number }[] {
  const doc = parseDocument(text);
  const root = doc.contents;
  const list = isMap(root) ? root.get('entities', true) : undefined;
  const out: { start: number; end: number }[] = [];
  if (!isSeq(list)) return out;
  const scalarAt = (n: unknown) => {
    if (isScalar(n) && n.value === id && n.range) {
      const quote = /^["']/.test(text[n.range[0]]) ? 1 : 0;
      out.push({ start: n.range[0] + quote, end: n.range[0] + quote + id.length });
    }
  };
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const participants = item.get('participants', true);
    if (isSeq(participants)) participants.items.forEach(scalarAt);
    scalarAt(item.get('part_of', true));
    const triggers = item.get('triggers', true);
    if (!isSeq(triggers)) continue;
    for (const t of triggers.items) {
      if (!isScalar(t) || !t.range) continue;
      const source = text.slice(t.range[0], t.range[1]);
      for (let at = source.indexOf(`{${id}}`); at >= 0; at = source.indexOf(`{${id}}`, at + 1)) {
        out.push({ start: t.range[0] + at + 1, end: t.range[0] + at + 1 + id.length });
      }
    }
  }
  return out;
}
