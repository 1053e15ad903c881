import { strict as assert } from 'assert';
import fc from 'fast-check';
import { compareIso, parseEdtf, recognizeDates } from '../../server/src/core/dates';

const WORDS = [
  'January', 'May', 'October', '4', '25', '1917', '1923', '44', 'BC', 'AD', 'c.', 'the', 'of', 'early', 'late', 'mid-',
  'spring', 'winter', 'fall', 'from', 'to', 'between', 'and', '-', '–', '/', ',', '.', '(O.S.)', 'N.S.', 'century', '19th',
  'nineteenth', '1920s', "'30s", 'next', 'day', 'year', 'years', 'later', 'a', 'few', 'in', 'that', 'every', 'p.', 'No.',
  '\n', '\n\n', '# Heading', 'Christmas', 'around', 'about', '1,905', '12–14', '8.10.1923', '1923-10-08', 'http://x.org/1917',
];

function check(text: string): void {
  const ms = recognizeDates(text);
  let prevEnd = 0;
  for (const m of ms) {
    assert.ok(m.start >= prevEnd && m.start < m.end && m.end <= text.length, JSON.stringify(m));
    assert.equal(text.slice(m.start, m.end), m.text);
    prevEnd = m.end;
    if (m.interval) {
      assert.ok(compareIso(m.interval.earliest, m.interval.latest) <= 0, JSON.stringify(m));
      if (m.edtf) {
        const r = parseEdtf(m.edtf);
        assert.ok(!('error' in r), `${m.text}: ${m.edtf}`);
        // The engine's own EDTF reads back to the same interval.
        assert.deepEqual(r.interval, m.interval, `${m.text}: ${m.edtf}`);
      }
    }
    if (m.anchor) assert.ok(m.anchor.start < m.anchor.end);
  }
}

describe('recognizeDates: properties', () => {
  it('writes a range whose ends carry different qualifiers so that it reads back (found by the word-soup property)', () => {
    for (const t of ['late January to about 1923', 'early May to c. 1917', 'late January 1923 to about 1925']) check(t);
    assert.equal(recognizeDates('late January to about 1923')[0].edtf, '1922-01-21/1923~');
  });

  it('writes an approximate century before the era so that it reads back (found by the word-soup property)', () => {
    for (const t of ['about nineteenth century BC', 'the 5th century BC', 'about the 5th century BC']) check(t);
    assert.equal(recognizeDates('about nineteenth century BC')[0].edtf, '-18XX~');
    assert.deepEqual((parseEdtf('-18XX') as { interval: unknown }).interval, { earliest: '-1899-01-01', latest: '-1800-12-31' });
    assert.deepEqual((parseEdtf('-192X') as { interval: unknown }).interval, { earliest: '-1929-01-01', latest: '-1920-12-31' });
  });

  it('never throws on arbitrary strings; spans valid; earliest <= latest', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => check(s)), { numRuns: 500 });
  });
  it('never throws on date-like word soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 40 }), (ws, seps) => {
        check(ws.map((w, i) => w + (seps[i] ?? ' ')).join(''));
      }),
      { numRuns: 1500 },
    );
  });
});
