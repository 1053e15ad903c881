// Quick fixes on names the register lacks: add the name as a new entry (the
// cursor lands in it), as an alias or known misspelling of the entry it nearly
// matches, or ignore it. Every change is a WorkspaceEdit to register.yaml, so
// the user can undo it; sources are never edited.

import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { addIgnored, addToEntryList, appendEntry, ENTITY_TYPES, LineIndex, slugId, type EntityType, type RegisterEdit } from '../core';
import type { Feature, FeatureContext } from './context';

interface NameData {
  text: string;
  type: EntityType | null;
  nearMiss?: string;
}

export const codeActions: Feature = (ctx) => {
  ctx.connection.onCodeAction((params): CodeAction[] => {
    const out: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'clio' || (d.code !== 'candidate' && d.code !== 'possible-typo') || !d.data) continue;
      out.push(...nameActions(ctx, d, d.data as NameData));
    }
    return out;
  });
};

function nameActions(ctx: FeatureContext, diagnostic: Diagnostic, data: NameData): CodeAction[] {
  const index = ctx.corpus.index;
  const registerUri = index.registerKey ?? registerLocation(ctx);
  if (!registerUri) return [];
  const text = index.registerKey ? index.get(index.registerKey)?.text ?? '' : '';
  const creating = !index.registerKey;
  const actions: CodeAction[] = [];
  const action = (title: string, edit: RegisterEdit | undefined, preferred = false): void => {
    if (!edit) return;
    const after = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const cursor = edit.cursor !== undefined ? new LineIndex(after).positionAt(edit.cursor) : undefined;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: preferred || undefined,
      edit: workspaceEdit(registerUri, text, edit, creating),
      command: cursor ? { title: 'Show the new entry', command: 'clio.revealPosition', arguments: [registerUri, cursor.line, cursor.character] } : undefined,
    });
  };
  const near = data.nearMiss ? index.register.byId.get(data.nearMiss) : undefined;
  if (near) {
    action(`Add "${data.text}" as a known misspelling of ${near.name}`, addToEntryList(text, near.id, 'misspellings', data.text), true);
    action(`Add "${data.text}" as another name of ${near.name}`, addToEntryList(text, near.id, 'aliases', data.text));
  }
  const types = data.type ? [data.type, ...ENTITY_TYPES.filter((t) => t !== data.type)] : ENTITY_TYPES;
  const used = new Set(index.register.entries.map((e) => e.id));
  let id = slugId(data.text);
  for (let n = 2; used.has(id); n++) id = `${slugId(data.text)}-${n}`;
  types.forEach((type, i) => action(`Add "${data.text}" to the register as ${type === 'event' || type === 'organization' ? 'an' : 'a'} ${type}`, appendEntry(text, { id, type, name: data.text }), !near && i === 0 && !!data.type));
  action(`Ignore "${data.text}": it is not a name`, addIgnored(text, data.text));
  return actions;
}

/** Where a new register goes when a folder has none: register.yaml at the top of the first workspace folder. */
function registerLocation(ctx: FeatureContext): string | undefined {
  const folder = ctx.corpus.firstFolder();
  return folder ? `${folder.replace(/\/$/, '')}/register.yaml` : undefined;
}

function workspaceEdit(uri: string, text: string, edit: RegisterEdit, create: boolean): WorkspaceEdit {
  const lines = new LineIndex(text);
  const change = { range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.text };
  if (!create) return { changes: { [uri]: [change] } };
  return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [change] }] };
}
