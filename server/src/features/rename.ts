// Rename an entity: on its id (in the register) the id changes everywhere the
// register refers to it and in notes' [[id]] links; on a mention or its name,
// the canonical name changes in the register and in notes. Source texts are
// evidence and are never rewritten.

import { ResponseError, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { idReferences, type RegisterEntry } from '../core';
import { offsetIn, type Feature, type FeatureContext } from './context';

type Target = { entry: RegisterEntry; what: 'id' | 'name'; range: Range; placeholder: string };

export const rename: Feature = (ctx) => {
  ctx.connection.onPrepareRename((params) => {
    const t = target(ctx, params.textDocument.uri, params.position);
    if (!t) throw new ResponseError(0, 'Clio renames entities: put the cursor on a mention, or on an id or name in the register.');
    return { range: t.range, placeholder: t.placeholder };
  });
  ctx.connection.onRenameRequest((params): WorkspaceEdit | null => {
    const t = target(ctx, params.textDocument.uri, params.position);
    if (!t) return null;
    const next = params.newName.trim();
    if (!next) throw new ResponseError(0, 'The new name is empty.');
    if (t.what === 'id') {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(next)) throw new ResponseError(0, `"${next}" is not a valid id: use letters, digits, "-", "_" or ".".`);
      if (next !== t.entry.id && ctx.corpus.index.register.byId.has(next)) throw new ResponseError(0, `The register already has an entry with id "${next}".`);
      return renameId(ctx, t.entry, next);
    }
    return renameName(ctx, t.entry, next);
  });
};

function target(ctx: FeatureContext, uri: string, position: { line: number; character: number }): Target | undefined {
  const index = ctx.corpus.index;
  const offset = offsetIn(ctx, uri, position);
  if (offset === undefined) return undefined;
  if (uri === index.registerKey) {
    const entry = index.entryAt(uri, offset);
    if (!entry) return undefined;
    if (entry.idSpan.start <= offset && offset <= entry.idSpan.end) return { entry, what: 'id', range: ctx.corpus.range(uri, entry.idSpan), placeholder: entry.id };
    const name = entry.nameSpan;
    if (name && name.start <= offset && offset <= name.end) return { entry, what: 'name', range: ctx.corpus.range(uri, name), placeholder: entry.name };
    return undefined;
  }
  const m = index.entityAt(uri, offset);
  if (!m?.id) return undefined;
  const entry = index.register.byId.get(m.id)!;
  return { entry, what: 'name', range: ctx.corpus.range(uri, m), placeholder: entry.name };
}

function edit(ctx: FeatureContext, uri: string, start: number, end: number, newText: string): TextEdit {
  return { range: ctx.corpus.range(uri, { start, end }), newText };
}

function renameId(ctx: FeatureContext, entry: RegisterEntry, next: string): WorkspaceEdit {
  const index = ctx.corpus.index;
  const reg = index.registerKey!;
  const text = index.get(reg)!.text;
  const changes: Record<string, TextEdit[]> = { [reg]: [edit(ctx, reg, entry.idSpan.start, entry.idSpan.end, next)] };
  // References inside the register: other entries' participants and part_of, {id} in triggers.
  for (const r of idReferences(text, entry.id)) changes[reg].push(edit(ctx, reg, r.start, r.end, next));
  const escaped = entry.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Notes' wikilinks [[id]] and [[id|label]].
  for (const key of index.keys()) {
    const doc = index.get(key)!;
    if (doc.role !== 'note') continue;
    for (const m of doc.text.matchAll(new RegExp(`\\[\\[${escaped}(?=[|\\]])`, 'g'))) {
      (changes[key] ??= []).push(edit(ctx, key, m.index! + 2, m.index! + 2 + entry.id.length, next));
    }
  }
  return { changes };
}

function renameName(ctx: FeatureContext, entry: RegisterEntry, next: string): WorkspaceEdit {
  const index = ctx.corpus.index;
  const reg = index.registerKey!;
  const changes: Record<string, TextEdit[]> = {};
  const name = entry.nameSpan;
  if (name) changes[reg] = [edit(ctx, reg, name.start, name.end, /[:#,[\]{}]|^\s|\s$/.test(next) ? JSON.stringify(next) : next)];
  // Mentions in notes that spell the canonical name; other aliases and all sources stay as written.
  for (const [key, mentions] of index.mentionsOf(entry.id)) {
    if (index.get(key)?.role !== 'note') continue;
    for (const m of mentions) if (m.text === entry.name) (changes[key] ??= []).push(edit(ctx, key, m.start, m.end, next));
  }
  return { changes };
}
