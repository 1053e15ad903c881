// What the unit tests read of one analysed text: its names, each as a user would see it listed.

import { CorpusIndex, type EntityMention } from '../../server/src/core';

/** "text:id", or "text:type" for a name the register lacks. */
export const textAndId = (m: EntityMention) => `${m.text}:${m.id ?? m.type}`;

/** The same, with the kind of short form a link was made by: "Oskar Ivanovich:tuldin:name-part". */
export const withShortForm = (m: EntityMention) => `${textAndId(m)}${m.shortForm ? `:${m.shortForm}` : ''}`;

/** The names Clio shows in one text (a source unless `file` says otherwise) analysed with `register`, each as `show` writes it. */
export function namesIn(text: string, register?: string, show: (m: EntityMention) => string = textAndId, file = 'sources/a.txt'): string[] {
  const index = new CorpusIndex();
  if (register) index.setDocument('register.yaml', register);
  index.setDocument(file, text);
  return index.get(file)!.entities.map(show);
}
