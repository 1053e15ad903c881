// Code lenses above each register entry: "N mentions in M sources", which
// opens them all.

import type { CodeLens } from 'vscode-languageserver';
import type { Feature } from './context';

export const codeLens: Feature = (ctx) => {
  ctx.connection.onCodeLens((params): CodeLens[] => {
    const uri = params.textDocument.uri;
    const index = ctx.corpus.index;
    if (uri !== index.registerKey) return [];
    return index.register.entries.map((e) => {
      const byDoc = index.mentionsOf(e.id);
      let n = 0;
      for (const list of byDoc.values()) n += list.length;
      const title = n ? `${n} mention${n === 1 ? '' : 's'} in ${byDoc.size} document${byDoc.size === 1 ? '' : 's'}` : 'no mentions yet';
      return { range: ctx.corpus.range(uri, { start: e.span.start, end: e.span.start }), command: { title, command: n ? 'clio.showMentions' : '', arguments: [e.id] } };
    });
  });
};
