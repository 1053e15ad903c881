// The Chronology request: dated events in order, with each source's claims,
// for the client's tree view (and later the graphical timeline).

import { ChronologyRequest, type ChronologyResult } from '../protocol';
import type { Feature } from './context';
import { entryLocation } from './definition';

export const chronology: Feature = (ctx) => {
  ctx.connection.onRequest(ChronologyRequest, (): ChronologyResult => {
    const corpus = ctx.corpus;
    return {
      complete: !corpus.indexing,
      events: corpus.index.chronology().map((e) => ({
        event: e.event,
        name: e.name,
        sortKey: e.sortKey,
        participants: corpus.index.register.byId.get(e.event)?.participants ?? [],
        reference: e.reference ? { edtf: e.reference.edtf, earliest: e.reference.interval.earliest, latest: e.reference.interval.latest, cite: e.reference.cite } : undefined,
        definition: entryLocation(ctx, e.event),
        conflicts: e.conflicts,
        claims: e.claims.map((c) => ({
          uri: c.source,
          sourceName: c.sourceName,
          range: corpus.range(c.source, c),
          text: c.text,
          earliest: c.interval.earliest,
          latest: c.interval.latest,
          conflicted: c.conflicted,
          ...(c.reliability ? { reliability: c.reliability } : {}),
          ...(c.sic ? { sic: { earliest: c.sic.interval.earliest, latest: c.sic.interval.latest, note: c.sic.note } } : {}),
        })),
      })),
    };
  });
};
