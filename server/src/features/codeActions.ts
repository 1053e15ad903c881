// Quick fixes on names the register lacks: add the name as a new entry (the
// cursor lands in it), as an alias or known misspelling of an entry, or ignore
// it; on ambiguous names: a context hint that settles them, or, in a note, an
// explicit [[id|name]] link; on conflicting dates: open the other claim, accept
// the disagreement as a known discrepancy (in the register), or mark a source's
// date as an error with the right date (in sources.yaml). Every change is a
// WorkspaceEdit the user can undo; sources are never edited.

import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { addCorrection, addDiscrepancy, addIgnored, addToEntryList, aliasHomes, appendEntry, claimKey, ENTITY_TYPES, LineIndex, relativePath, slugId, type EntityType, type RegisterEdit } from '../core';
import type { Feature, FeatureContext } from './context';
import type { ConflictData } from './diagnostics';

interface NameData {
  text: string;
  type: EntityType | null;
  nearMiss?: string;
  /** Already linked by transliteration: only recording the spelling makes sense. */
  variant?: boolean;
}

interface AmbiguousData {
  text: string;
  candidates: string[];
  /** A nearby word that would settle the reading as a context hint. */
  cue?: string;
}

export const codeActions: Feature = (ctx) => {
  ctx.connection.onCodeAction((params): CodeAction[] => {
    const out: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'clio' || !d.data) continue;
      if (d.code === 'candidate' || d.code === 'possible-typo' || d.code === 'variant') out.push(...nameActions(ctx, d, d.data as NameData));
      else if (d.code === 'ambiguous') out.push(...ambiguousActions(ctx, params.textDocument.uri, d, d.data as AmbiguousData));
      else if (d.code === 'source-vs-source' || d.code === 'source-vs-reference' || d.code === 'within-source' || d.code === 'relative-vs-anchor' || d.code === 'anachronism' || d.code === 'sequence') out.push(...conflictActions(ctx, d, d.data as ConflictData));
    }
    return out;
  });
};

function ambiguousActions(ctx: FeatureContext, uri: string, diagnostic: Diagnostic, data: AmbiguousData): CodeAction[] {
  const index = ctx.corpus.index;
  const registerUri = index.registerKey;
  const registerText = registerUri ? index.get(registerUri)?.text ?? '' : '';
  const actions: CodeAction[] = [];
  const isNote = index.get(uri)?.role === 'note';
  for (const id of data.candidates) {
    const entry = index.register.byId.get(id);
    if (!entry) continue;
    // In a note, the writer's own text: say which one is meant, explicitly.
    if (isNote) {
      actions.push({
        title: `Link this "${data.text}" to ${entry.name}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: diagnostic.range, newText: `[[${id}|${data.text}]]` }] } },
      });
    }
    const edit = registerUri && data.cue ? addToEntryList(registerText, id, 'context', data.cue) : undefined;
    if (registerUri && edit) {
      actions.push({
        title: `Read "${data.text}" near "${data.cue}" as ${entry.name}: add "${data.cue}" to its context hints`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(registerUri, registerText, edit, false),
      });
    }
  }
  return actions;
}

function nameActions(ctx: FeatureContext, diagnostic: Diagnostic, data: NameData): CodeAction[] {
  const index = ctx.corpus.index;
  const registerUri = index.registerKey ?? registerLocation(ctx);
  if (!registerUri) return [];
  const text = index.registerKey ? index.get(index.registerKey)?.text ?? '' : '';
  const creating = !index.registerKey;
  const actions: CodeAction[] = [];
  const action = (title: string, edit: RegisterEdit | undefined, preferred = false): void => {
    if (edit) actions.push(editAction(title, diagnostic, registerUri, text, edit, creating, preferred));
  };
  const near = data.nearMiss ? index.register.byId.get(data.nearMiss) : undefined;
  if (near && data.variant) {
    action(`Add "${data.text}" as another name of ${near.name}`, addToEntryList(text, near.id, 'aliases', data.text), true);
    return actions;
  }
  if (near) {
    action(`Add "${data.text}" as a known misspelling of ${near.name}`, addToEntryList(text, near.id, 'misspellings', data.text), true);
    action(`Add "${data.text}" as another name of ${near.name}`, addToEntryList(text, near.id, 'aliases', data.text));
  } else {
    // Entries that share a name word ("Lev Trotsky" and Leon Trotsky) are the likely homes for it.
    for (const home of aliasHomes(data.text, index.register)) action(`Add "${data.text}" as another name of ${home.name}`, addToEntryList(text, home.id, 'aliases', data.text));
  }
  const types = data.type ? [data.type, ...ENTITY_TYPES.filter((t) => t !== data.type)] : ENTITY_TYPES;
  const used = new Set(index.register.entries.map((e) => e.id));
  let id = slugId(data.text);
  for (let n = 2; used.has(id); n++) id = `${slugId(data.text)}-${n}`;
  types.forEach((type, i) => action(`Add "${data.text}" to the register as ${type === 'event' || type === 'organization' ? 'an' : 'a'} ${type}`, appendEntry(text, { id, type, name: data.text }), !near && i === 0 && !!data.type));
  if (!creating && index.register.entries.length) {
    // Any other entry: the client asks which, then applies the edit from `clio/addAlias`.
    actions.push({ title: `Add "${data.text}" as another name of…`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add as another name of…', command: 'clio.addAlias', arguments: [data.text] } });
  }
  action(`Ignore "${data.text}": it is not a name`, addIgnored(text, data.text));
  return actions;
}

function conflictActions(ctx: FeatureContext, diagnostic: Diagnostic, data: ConflictData): CodeAction[] {
  const index = ctx.corpus.index;
  const event = index.register.byId.get(data.event);
  if (!event || !data.here || !data.other) return [];
  const actions: CodeAction[] = [];
  const other = data.other;
  const at = index.get(other.source)?.lines.positionAt(other.start);
  if (at) {
    const where = other.reference ? "the register's date" : other.metadata ? `this source's date of writing (${other.text})` : other.source === data.here.source ? `the other claim, "${other.text}"` : `${index.sourceName(other.source)} at "${other.text}"`;
    actions.push({ title: `Open ${where}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: `Open ${where}`, command: 'clio.revealPosition', arguments: [other.source, at.line, at.character] } });
  }
  const edited = (title: string, uri: string, text: string, edit: RegisterEdit | undefined, create = false): void => {
    if (edit) actions.push(editAction(title, diagnostic, uri, text, edit, create));
  };
  // The claims as the register names them: the document relative to the register's folder, and the date as written.
  const registerUri = index.registerKey;
  if (registerUri) {
    const claims = [claimKey({ source: index.registerRelative(data.here.source), text: data.here.text }), claimKey({ source: index.registerRelative(other.source), text: other.text, reference: other.reference, metadata: other.metadata })];
    const text = index.get(registerUri)?.text ?? '';
    edited(`Accept as a known discrepancy (say why in the register)`, registerUri, text, addDiscrepancy(text, event.id, claims));
  }
  // A source is evidence and never edited: its error is recorded beside it, in sources.yaml.
  if (index.get(data.here.source)?.role === 'source' && other.edtf) {
    const metaUri = index.sourcesMetaKey ?? (registerUri ? registerUri.replace(/[^/]*$/, 'sources.yaml') : undefined);
    if (metaUri) {
      const text = index.sourcesMetaKey ? index.get(metaUri)?.text ?? '' : '';
      const path = index.sourceMeta(data.here.source)?.path ?? relativePath(metaUri, data.here.source);
      const edit = addCorrection(text, path, { event: event.id, date: data.here.text, when: other.edtf });
      edited(`Mark "${data.here.text}" as an error in this source: the right date is ${other.edtf} (recorded in sources.yaml)`, metaUri, text, edit, !index.sourcesMetaKey);
    }
  }
  return actions;
}

/** A quick fix that applies `edit` to the file at `uri` (created if need be) and then puts the cursor where the edit says. */
function editAction(title: string, diagnostic: Diagnostic, uri: string, text: string, edit: RegisterEdit, create: boolean, preferred = false): CodeAction {
  const after = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const cursor = edit.cursor !== undefined ? new LineIndex(after).positionAt(edit.cursor) : undefined;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: workspaceEdit(uri, text, edit, create),
    command: cursor ? { title: 'Show where to type', command: 'clio.revealPosition', arguments: [uri, cursor.line, cursor.character] } : undefined,
  };
}

/** Where a new register goes when a folder has none: register.yaml at the top of the first workspace folder. */
function registerLocation(ctx: FeatureContext): string | undefined {
  const folder = ctx.corpus.firstFolder();
  return folder ? `${folder.replace(/\/$/, '')}/register.yaml` : undefined;
}

export function workspaceEdit(uri: string, text: string, edit: RegisterEdit, create: boolean): WorkspaceEdit {
  const lines = new LineIndex(text);
  const change = { range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.text };
  if (!create) return { changes: { [uri]: [change] } };
  return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [change] }] };
}
