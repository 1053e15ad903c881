// What every LSP feature module receives: the connection and the corpus.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../settings';
import type { ServerCorpus } from '../workspace';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  corpus: ServerCorpus;
  settings(): Settings;
}

/** A feature registers its handlers on the connection. */
export type Feature = (ctx: FeatureContext) => void;

/** The offset of an LSP position in the indexed text of a document. */
export function offsetIn(ctx: FeatureContext, uri: string, position: { line: number; character: number }): number | undefined {
  return ctx.corpus.doc(uri)?.lines.offsetAt(position);
}
