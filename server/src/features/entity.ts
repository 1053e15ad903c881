// `clio/entity`: an entity's register entry and mentions, for the client's
// "Show all mentions" and "Open register entry" commands.

import { EntityRequest, type EntityParams, type EntityResult } from '../protocol';
import type { Feature } from './context';
import { entryLocation } from './definition';
import { mentionLocations } from './references';

export const entityRequests: Feature = (ctx) => {
  ctx.connection.onRequest(EntityRequest, (params: EntityParams): EntityResult | null => {
    const entry = ctx.corpus.index.register.byId.get(params.id);
    if (!entry) return null;
    return { id: entry.id, name: entry.name, type: entry.type, definition: entryLocation(ctx, entry.id), mentions: mentionLocations(ctx, entry.id, false, params.forms) };
  });
};
