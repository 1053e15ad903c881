// The user's word on a conflict: a date marked as an error in its source (a
// correction in sources.yaml), or a disagreement accepted as a known discrepancy
// (in the register). Both change what Clio reports, and both are read from files
// the user can edit and undo.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { addCorrection, addDiscrepancy, CorpusIndex, parseRegister, parseSourcesMeta, type RegisterEdit } from '../../server/src/core';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'mini');
const read = (p: string) => readFileSync(path.join(FIXTURE, p), 'utf8');

function index(sourcesYaml = read('sources.yaml'), register = read('register.yaml')): CorpusIndex {
  const ix = new CorpusIndex();
  ix.setDocument('register.yaml', register);
  ix.setDocument('sources.yaml', sourcesYaml, 'sources-meta', (p) => p);
  ix.setDocument('sources/memoir.txt', read('sources/memoir.txt'));
  ix.setDocument('sources/chronicle.txt', read('sources/chronicle.txt'));
  return ix;
}

/** The chronicle's "early January 1924" for Lenin's death, corrected. */
const CORRECTED = read('sources.yaml').replace(
  '    written: "1960~"\n',
  '    written: "1960~"\n    corrections:\n      - { event: lenin-death, date: "early January 1924", when: "1924-01-21", note: "Lenin died on 21 January." }\n',
);

/** The text after an edit, with "|" where the cursor lands. */
const applied = (text: string, e: RegisterEdit) => text.slice(0, e.start) + e.text.slice(0, e.cursor! - e.start) + '|' + e.text.slice(e.cursor! - e.start) + text.slice(e.end);
const apply = (text: string, e: RegisterEdit, typed = '') => applied(text, e).replace('|', typed);

const leninConflicts = (ix: CorpusIndex) => ix.conflicts().filter((c) => c.event === 'lenin-death');

describe('corrections and known discrepancies', () => {
  it('without them, the chronicle’s "early January 1924" conflicts with the memoir and the register', () => {
    const rules = leninConflicts(index()).map((c) => c.rule).sort();
    assert.deepEqual(rules, ['source-vs-reference', 'source-vs-source']);
  });

  it('a correction gives the claim the right date, keeps what the source says, and ends its conflicts', () => {
    const ix = index(CORRECTED);
    assert.deepEqual(leninConflicts(ix), []);
    const claim = ix.claims('lenin-death').find((c) => c.source === 'sources/chronicle.txt')!;
    assert.equal(claim.dateText, 'early January 1924');
    assert.deepEqual(claim.interval, { earliest: '1924-01-21', latest: '1924-01-21' });
    assert.deepEqual(claim.correction, { original: { earliest: '1924-01-01', latest: '1924-01-10' }, originalGranularity: 'month', note: 'Lenin died on 21 January.', when: '1924-01-21' });
    // The memoir's claim is untouched.
    assert.equal(ix.claims('lenin-death').find((c) => c.source === 'sources/memoir.txt')!.correction, undefined);
  });

  it('the chronology shows a corrected claim with both its dates', () => {
    const ix = index(CORRECTED);
    const lenin = ix.chronology().find((e) => e.event === 'lenin-death')!;
    const chronicle = lenin.claims.find((c) => c.source === 'sources/chronicle.txt')!;
    assert.deepEqual([chronicle.interval, chronicle.sic], [{ earliest: '1924-01-21', latest: '1924-01-21' }, { interval: { earliest: '1924-01-01', latest: '1924-01-10' }, note: 'Lenin died on 21 January.' }]);
    assert.equal(lenin.conflicts, 0);
  });

  it('a correction to a wrong date raises the conflict it creates', () => {
    const wrong = CORRECTED.replace('when: "1924-01-21"', 'when: "1923-01-21"');
    assert.equal(leninConflicts(index(wrong)).length, 2);
  });

  it('editing sources.yaml applies and withdraws a correction', () => {
    const ix = index();
    ix.setDocument('sources.yaml', CORRECTED, 'sources-meta', (p) => p);
    assert.deepEqual(leninConflicts(ix), []);
    ix.setDocument('sources.yaml', read('sources.yaml'), 'sources-meta', (p) => p);
    assert.equal(leninConflicts(ix).length, 2);
  });

  it('a correction without the right date, or with one that does not parse, is a problem at its place', () => {
    const bad = read('sources.yaml').replace('    written: "1960~"\n', '    written: "1960~"\n    corrections:\n      - { event: lenin-death, date: "early January 1924", when: "21/1/1924" }\n      - { event: lenin-death }\n');
    const { sources, problems } = parseSourcesMeta(bad);
    assert.deepEqual(sources[1].corrections, []);
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /"21\/1\/1924" is not a valid EDTF date/);
    assert.match(problems[1].message, /needs `event`/);
    assert.equal(bad.slice(problems[1].start, problems[1].end), '{ event: lenin-death }');
  });

  it('a known discrepancy silences the conflict between exactly the claims it names', () => {
    const accept = (claims: string[]) =>
      read('register.yaml').replace(
        '      happened: { edtf: "1924-01-21", cite: "Service, Lenin (2000)" }\n',
        `      happened: { edtf: "1924-01-21", cite: "Service, Lenin (2000)" }\n    discrepancies:\n      - claims: ${JSON.stringify(claims)}\n        reason: The chronicle rounds.\n`,
      );
    const againstMemoir = leninConflicts(index(undefined, accept(['sources/chronicle.txt: early January 1924', 'sources/memoir.txt: January 21, 1924'])));
    assert.deepEqual(againstMemoir.map((c) => c.rule), ['source-vs-reference'], 'the register still disagrees');
    const againstRegister = leninConflicts(index(undefined, accept(['sources/chronicle.txt: early January 1924', 'register'])));
    assert.deepEqual(againstRegister.map((c) => c.rule), ['source-vs-source']);
  });

  it('a discrepancy that names fewer than two claims, or gives no reason, is flagged in the register', () => {
    const text = read('register.yaml').replace(
      '      happened: { edtf: "1924-01-21", cite: "Service, Lenin (2000)" }\n',
      '      happened: { edtf: "1924-01-21", cite: "Service, Lenin (2000)" }\n    discrepancies:\n      - claims: ["register"]\n      - claims: ["register", "sources/chronicle.txt: early January 1924"]\n',
    );
    const { register } = parseRegister(text);
    const problems = register.problems.filter((p) => p.code === 'register-discrepancy');
    assert.deepEqual(problems.map((p) => p.severity), ['warning', 'hint']);
    assert.equal(register.byId.get('lenin-death')!.discrepancies.length, 1);
  });

  it('a source that dates an event after its own writing is an anachronism, pointing at its `written` date', () => {
    const ix = index();
    ix.setDocument('sources/memoir.txt', read('sources/memoir.txt') + '\nThe Twelfth Congress met in April 1953.\n');
    const [c] = ix.conflicts().filter((x) => x.rule === 'anachronism');
    assert.equal(c.message, 'A Memoir of the Twenties (Test Author) dates Twelfth Party Congress to "April 1953" (1953-04-01 – 1953-04-30), after it was written (1950).');
    const meta = read('sources.yaml');
    assert.equal(meta.slice(c.b.start, c.b.end), '"1950"');
    assert.equal(c.b.metadata, true);
  });

  it('a year a dated text leaves out may be the writer’s own, and a new date of writing re-reads the text', () => {
    const ix = index();
    const dispatch = 'In 1922 the party was calm.\n\nLenin died on 21 January, the wires say.\n';
    ix.setDocument('sources/dispatch.txt', dispatch);
    // No date of writing: "21 January" sits in a passage about 1922, two years from the event, and claims nothing.
    assert.deepEqual(ix.get('sources/dispatch.txt')!.claims, []);
    const meta = read('sources.yaml') + '  - path: sources/dispatch.txt\n    title: A Wire\n    written: "1924-01-19"\n';
    ix.setDocument('sources.yaml', meta, 'sources-meta', (p) => p);
    assert.deepEqual(ix.get('sources/dispatch.txt')!.claims.map((c) => [c.dateText, c.interval.earliest]), [['21 January', '1924-01-21']]);
    assert.deepEqual(ix.conflicts().filter((c) => c.a.source === 'sources/dispatch.txt').map((c) => c.rule), ['anachronism']);
  });

  describe('the edits that record them', () => {
    it('a discrepancy goes under its event, and the cursor waits for the reason', () => {
      const text = read('register.yaml');
      const edit = addDiscrepancy(text, 'lenin-death', ['sources/chronicle.txt: early January 1924', 'register'])!;
      assert.match(applied(text, edit), /happened: \{ edtf: "1924-01-21", cite: "Service, Lenin \(2000\)" \}\n    discrepancies:\n      - claims: \["sources\/chronicle.txt: early January 1924", "register"\]\n        reason: \|\n  - id: twelfth-congress/);
      // A second one joins the list; typed reasons make both valid.
      const once = apply(text, edit, 'Rounded.');
      const again = addDiscrepancy(once, 'lenin-death', ['sources/memoir.txt: January 21, 1924', 'sources/chronicle.txt: early January 1924'])!;
      const twice = apply(once, again, 'Rounding again.');
      const { register } = parseRegister(twice);
      assert.deepEqual(register.byId.get('lenin-death')!.discrepancies.map((d) => d.claims.length), [2, 2]);
      assert.equal(addDiscrepancy(text, 'no-such-event', ['a', 'b']), undefined);
    });

    it('a correction goes under its source in sources.yaml, creating the entry or the file’s list where missing', () => {
      const text = read('sources.yaml');
      const fix = { event: 'lenin-death', date: 'early January 1924', when: '1924-01-21' };
      const edit = addCorrection(text, 'sources/chronicle.txt', fix);
      assert.ok(applied(text, edit).endsWith('    kind: study\n    corrections:\n      - event: lenin-death\n        date: "early January 1924"\n        when: "1924-01-21"\n        note: |\n'), applied(text, edit));
      const parsed = parseSourcesMeta(apply(text, edit, 'Lenin died on the 21st.'));
      assert.deepEqual(parsed.problems, []);
      assert.equal(parsed.sources[1].corrections[0].note, 'Lenin died on the 21st.');
      // A source sources.yaml does not list yet, and a corpus without sources.yaml.
      const added = parseSourcesMeta(apply(text, addCorrection(text, 'sources/new.txt', fix)));
      assert.deepEqual(added.sources.map((x) => [x.path, x.corrections.length]), [['sources/memoir.txt', 0], ['sources/chronicle.txt', 0], ['sources/new.txt', 1]]);
      const fresh = parseSourcesMeta(apply('', addCorrection('', 'sources/new.txt', fix)));
      assert.deepEqual(fresh.sources.map((x) => [x.path, x.corrections[0].when]), [['sources/new.txt', '1924-01-21']]);
    });
  });

  it('claims carry their source’s reliability from sources.yaml, read afresh when the rating changes', () => {
    const rated = read('sources.yaml').replace('    kind: study\n', '    kind: study\n    reliability: tertiary\n    reliability_note: "A summary from memory."\n');
    const ix = index(rated);
    const byDoc = (list: { source: string; reliability?: string }[]) => list.map((c) => `${c.source}: ${c.reliability ?? '-'}`).sort();
    assert.deepEqual(byDoc(ix.claims('lenin-death')), ['sources/chronicle.txt: tertiary', 'sources/memoir.txt: -']);
    assert.deepEqual(parseSourcesMeta(rated).sources.find((m) => m.path === 'sources/chronicle.txt')?.reliabilityNote, 'A summary from memory.');
    const item = ix.chronology().find((e) => e.event === 'lenin-death')!;
    assert.deepEqual(byDoc(item.claims), ['sources/chronicle.txt: tertiary', 'sources/memoir.txt: -']);
    ix.setDocument('sources.yaml', rated.replace('reliability: tertiary', 'reliability: secondary'), 'sources-meta', (p) => p);
    assert.deepEqual(byDoc(ix.claims('lenin-death')), ['sources/chronicle.txt: secondary', 'sources/memoir.txt: -']);
  });
});
