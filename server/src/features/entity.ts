// `clio/entity`: an entity's register entry and mentions, for the client's
// "Show all mentions" and "Open register entry" commands; `clio/entries` and
// `clio/addAlias` for "Add as another name of…".

import type { WorkspaceEdit } from 'vscode-languageserver';
import { addToEntryList } from '../core';
import { AddAliasRequest, EntityRequest, EntriesRequest, type AddAliasParams, type EntityParams, type EntityResult, type EntryItem } from '../protocol';
import { workspaceEdit } from './codeActions';
import type { Feature } from './context';
import { entryLocation } from './definition';
import { mentionLocations } from './references';

export const entityRequests: Feature = (ctx) => {
  ctx.connection.onRequest(EntityRequest, (params: EntityParams): EntityResult | null => {
    const entry = ctx.corpus.index.register.byId.get(params.id);
    if (!entry) return null;
    return { id: entry.id, name: entry.name, type: entry.type, definition: entryLocation(ctx, entry.id), mentions: mentionLocations(ctx, entry.id, false, params.forms) };
  });
  ctx.connection.onRequest(EntriesRequest, (): EntryItem[] =>
    ctx.corpus.index.register.entries.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
  );
  ctx.connection.onRequest(AddAliasRequest, (params: AddAliasParams): WorkspaceEdit | null => {
    const key = ctx.corpus.index.registerKey;
    const text = key ? ctx.corpus.index.get(key)?.text : undefined;
    const edit = key && text !== undefined ? addToEntryList(text, params.id, 'aliases', params.text) : undefined;
    return key && text !== undefined && edit ? workspaceEdit(key, text, edit, false) : null;
  });
};
