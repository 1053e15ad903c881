// `clio/draftRegister`: a newcomer's folder has no register yet; offer one
// built from the names that recur in it. The client writes it through a
// WorkspaceEdit the user can undo.

import { DraftRegisterRequest, type DraftRegisterResult } from '../protocol';
import { draftRegister } from '../core';
import type { Feature } from './context';

export const registerDraft: Feature = (ctx) => {
  ctx.connection.onRequest(DraftRegisterRequest, (): DraftRegisterResult => {
    const { yaml, entries } = draftRegister(ctx.corpus.index);
    const folder = ctx.corpus.firstFolder();
    return { yaml, entries, uri: folder ? `${folder.replace(/\/$/, '')}/register.yaml` : undefined };
  });
};
