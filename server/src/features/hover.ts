// Hover cards: an entity's card on its mentions and its register entry, and a
// date's normalised interval on date mentions.

import { MarkupKind, type Hover } from 'vscode-languageserver';
import { type DateMention, type EntityMention, type RegisterEntry } from '../core';
import { offsetIn, type Feature, type FeatureContext } from './context';
import { humanInterval, md } from './markdown';
import { shortFormReason } from './shortForms';

export const hover: Feature = (ctx) => {
  ctx.connection.onHover((params): Hover | null => {
    const uri = params.textDocument.uri;
    const offset = offsetIn(ctx, uri, params.position);
    if (offset === undefined) return null;
    const index = ctx.corpus.index;
    const date = index.dateAt(uri, offset);
    if (date) return { contents: { kind: MarkupKind.Markdown, value: dateCard(ctx, uri, date) }, range: ctx.corpus.range(uri, date) };
    const mention = index.entityAt(uri, offset);
    if (mention) return { contents: { kind: MarkupKind.Markdown, value: mentionCard(ctx, mention) }, range: ctx.corpus.range(uri, mention) };
    const entry = index.entryAt(uri, offset);
    if (entry) return { contents: { kind: MarkupKind.Markdown, value: entityCard(ctx, entry) }, range: ctx.corpus.range(uri, entry.idSpan) };
    return null;
  });
};

function mentionCard(ctx: FeatureContext, m: EntityMention): string {
  const register = ctx.corpus.index.register;
  if (m.id) {
    const entry = register.byId.get(m.id)!;
    const note = m.derived
      ? `*Derived form* of **${md(entry.name)}**: "${md(m.text)}"\n\n---\n\n`
      : m.misspelling
        ? `*Known misspelling* of **${md(entry.name)}**: "${md(m.text)}"\n\n---\n\n`
        : m.variant && m.shortForm
          ? `*Short form* of "${md(m.variant)}", ${shortFormReason(m.shortForm)}: "${md(m.text)}"\n\n---\n\n`
          : m.variant
            ? `*Another spelling* of "${md(m.variant)}", read by its transliteration: "${md(m.text)}"\n\n---\n\n`
            : '';
    return note + entityCard(ctx, entry);
  }
  if (m.candidates?.length) {
    const choices = m.candidates.map((id) => register.byId.get(id)).filter((e): e is RegisterEntry => !!e);
    return [`**${md(m.text)}** is ambiguous: it could be`, ...choices.map((e) => `- **${md(e.name)}** (${e.type}) — ${md(e.description ?? '')}`), '', 'Add a `context:` hint to the register entries to tell them apart.'].join('\n');
  }
  const near = m.nearMiss ? register.byId.get(m.nearMiss) : undefined;
  if (near) return `**${md(m.text)}** — *not in the register*\n\nDid you mean **${md(near.name)}** (${near.type})? The quick fix can record "${md(m.text)}" as a known misspelling.`;
  if (m.frame) return `**${md(m.text)}** — *not in the register*\n\n${m.frame === 'title' ? "This text's own title, read from its layout: a work." : "The masthead of the periodical or site this text appeared in: an organisation."} Add it to the register to link its mentions across the corpus.`;
  return `**${md(m.text)}** — *not in the register*${m.type ? ` (looks like a ${m.type})` : ''}\n\nA name-like candidate. Add it to the register to link its mentions across the corpus.`;
}

/** The entity card: name, type, dates, description, aliases, mentions per source, dated claims. */
export function entityCard(ctx: FeatureContext, entry: RegisterEntry): string {
  const index = ctx.corpus.index;
  const lines: string[] = [`### ${md(entry.name)}`, `*${entry.type}* · \`${entry.id}\``, ''];
  for (const d of entry.dates) {
    const when = d.interval ? `${humanInterval(d.interval)} (\`${d.edtf}\`)` : `\`${d.edtf}\` (not a valid EDTF date)`;
    lines.push(`- **${d.role}**: ${when}${d.cite ? ` — ${md(d.cite)}` : ''}`);
  }
  if (entry.calendarNote) lines.push(`- *calendar*: ${md(entry.calendarNote)}`);
  if (entry.description) lines.push('', md(entry.description));
  if (entry.aliases.length) lines.push('', `**Also:** ${entry.aliases.map(md).join(', ')}`);
  if (entry.derived.length) lines.push('', `**Derived forms:** ${entry.derived.map(md).join(', ')}`);
  const bySource = [...index.mentionsOf(entry.id)].map(([key, ms]) => ({ key, direct: ms.filter((m) => !m.derived).length, derived: ms.filter((m) => m.derived).length }));
  if (bySource.length) {
    const total = bySource.reduce((n, s) => n + s.direct + s.derived, 0);
    lines.push('', `**Mentions:** ${total} in ${bySource.length} document${bySource.length === 1 ? '' : 's'}`);
    for (const s of bySource.sort((a, b) => b.direct + b.derived - (a.direct + a.derived))) {
      lines.push(`- ${md(index.sourceName(s.key))}: ${s.direct}${s.derived ? ` + ${s.derived} derived` : ''}`);
    }
  } else lines.push('', '*No mentions in the corpus yet.*');
  const claims = index.claimsAbout(entry.id);
  if (claims.length) {
    lines.push('', '**Dated in the sources:**');
    for (const c of claims.slice(0, 12)) {
      const event = index.register.byId.get(c.event);
      // Disputed as the diagnostics are: by every conflict rule, after corrections and accepted discrepancies.
      const disputed = index.conflictsOf(c.event).some((k) => [k.a, k.b].some((side) => side.source === c.source && side.start === c.start && !side.reference));
      const sic = c.correction ? ` (the source says ${humanInterval(c.correction.original)}: *marked as an error*)` : '';
      // A claim read from free wording says which words were read, so the reader can judge the reading.
      const read = c.described ? ` (read from "${md(c.described)}")` : c.edition ? ' (an edition cited)' : '';
      // The source's rating, so a disagreement can be weighed: a tertiary summary against a secondary study.
      const rated = c.reliability ? ` (${md(c.reliability)})` : '';
      lines.push(`- ${md(event?.name ?? c.event)}: "${md(c.dateText)}" (${humanInterval(c.interval)})${sic}${read} — ${md(index.sourceName(c.source))}${rated}${disputed ? ' ⚠ *sources disagree*' : ''}`);
    }
    if (claims.length > 12) lines.push(`- … and ${claims.length - 12} more`);
  }
  const arg = encodeURIComponent(JSON.stringify([entry.id]));
  const derived = bySource.reduce((n, s) => n + s.derived, 0);
  // References list every form; these links let the reader tell the name from its derived forms.
  const byForm = derived
    ? ` · [Only the name](command:clio.showMentions?${encodeURIComponent(JSON.stringify([entry.id, 'direct']))}) · [Only derived forms](command:clio.showMentions?${encodeURIComponent(JSON.stringify([entry.id, 'derived']))})`
    : '';
  lines.push('', `[Show all mentions](command:clio.showMentions?${arg})${byForm} · [Reveal in Chronology](command:clio.revealInChronology?${arg}) · [Open register entry](command:clio.openRegisterEntry?${arg})`);
  return lines.join('\n');
}

/** A date's card: interval in words and as EDTF, granularity, qualifiers, where an implied year came from, the other calendar, and the registered events inside it. */
export function dateCard(ctx: FeatureContext, uri: string, d: DateMention): string {
  const lines = [`**${md(d.text)}** — ${d.kind}`, ''];
  if (d.interval) {
    lines.push(`- **interval**: ${humanInterval(d.interval)}`);
    lines.push(`- **from** \`${d.interval.earliest}\` **to** \`${d.interval.latest}\``);
  } else lines.push('- *not resolved*: no anchoring date precedes it');
  if (d.edtf) lines.push(`- **EDTF**: \`${d.edtf}\``);
  if (d.granularity) lines.push(`- **granularity**: ${d.granularity}`);
  if (d.qualifiers.length) lines.push(`- **qualifiers**: ${d.qualifiers.join(', ')}`);
  const doc = ctx.corpus.doc(uri);
  if (d.anchor && doc) {
    const line = doc.lines.positionAt(d.anchor.start).line + 1;
    lines.push(`- **${d.kind === 'relative' ? 'counted from' : 'year taken from'}** "${md(doc.text.slice(d.anchor.start, d.anchor.end))}" (line ${line})`);
  } else if (d.implied) lines.push('- **year implied** by the text around it');
  if (d.calendar) lines.push(`- **calendar**: ${d.calendar === 'julian' ? 'Julian (Old Style)' : 'Gregorian (New Style)'}`);
  if (d.otherCalendar) lines.push(`- **${d.otherCalendar.calendar === 'julian' ? 'Old Style' : 'New Style'} reading**: ${humanInterval(d.otherCalendar)}`);
  if (d.interval) {
    const events = ctx.corpus.index.eventsWithin(d.interval, 9);
    if (events.length) {
      lines.push('', '**Registered events in this period:**');
      for (const e of events.slice(0, 8)) lines.push(`- ${md(e.name)}`);
      if (events.length > 8) lines.push('- …');
    }
  }
  return lines.join('\n');
}
