import { strict as assert } from 'assert';
import { parseEdtf, recognizeDates, toEdtf } from '../../server/src/core/dates';
import type { Granularity } from '../../server/src/core/types';

describe('edtf: parseEdtf', () => {
  const cases: Array<[string, string, string, Granularity, string[]]> = [
    ['1879-11-07', '1879-11-07', '1879-11-07', 'day', []],
    ['1924-01', '1924-01-01', '1924-01-31', 'month', []],
    ['1917', '1917-01-01', '1917-12-31', 'year', []],
    ['1917-10-25/1917-10-26', '1917-10-25', '1917-10-26', 'day', []],
    ['1850~', '1848-01-01', '1852-12-31', 'year', ['approximate']],
    ['1850?', '1850-01-01', '1850-12-31', 'year', ['uncertain']],
    ['1850%', '1848-01-01', '1852-12-31', 'year', ['approximate', 'uncertain']],
    ['192X', '1920-01-01', '1929-12-31', 'decade', []],
    ['19XX', '1900-01-01', '1999-12-31', 'century', []],
    ['1921-21', '1921-03-01', '1921-05-31', 'season', []],
    ['1921-22', '1921-06-01', '1921-08-31', 'season', []],
    ['1921-23', '1921-09-01', '1921-11-30', 'season', []],
    ['1928-24', '1928-12-01', '1929-02-28', 'season', []],
    ['-0043', '-0043-01-01', '-0043-12-31', 'year', []],
    ['-0043-03-15', '-0043-03-15', '-0043-03-15', 'day', []],
    ['1920/1921', '1920-01-01', '1921-12-31', 'year', []],
    ['1928-01/1928-04', '1928-01-01', '1928-04-30', 'month', []],
    ['1922-12-25~', '1922-12-22', '1922-12-28', 'day', ['approximate']],
    ['1924-01~', '1923-12-17', '1924-02-15', 'month', ['approximate']],
    [' 1917 ', '1917-01-01', '1917-12-31', 'year', []],
  ];
  for (const [s, lo, hi, g, q] of cases) {
    it(s, () => {
      const r = parseEdtf(s);
      assert.ok(!('error' in r), JSON.stringify(r));
      assert.deepEqual(r.interval, { earliest: lo, latest: hi });
      assert.equal(r.granularity, g);
      assert.deepEqual(r.qualifiers, q);
    });
  }
  for (const bad of ['', 'yesterday', '1917-13', '1917-02-30', '1918/1917', '1917/..', '1917-10-25T10:00', '17']) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      const r = parseEdtf(bad);
      assert.ok('error' in r, JSON.stringify(r));
    });
  }
});

describe('edtf: toEdtf', () => {
  const cases: Array<[string, string, Granularity | undefined, string[], string]> = [
    ['1924-01-21', '1924-01-21', 'day', [], '1924-01-21'],
    ['1924-01-01', '1924-01-31', 'month', [], '1924-01'],
    ['1921-03-01', '1921-05-31', 'season', [], '1921-21'],
    ['1928-12-01', '1929-02-28', 'season', [], '1928-24'],
    ['1920-01-01', '1921-12-31', 'year', [], '1920/1921'],
    ['1920-01-01', '1929-12-31', 'decade', [], '192X'],
    ['1900-01-01', '1999-12-31', 'century', [], '19XX'],
    ['1848-01-01', '1852-12-31', 'year', ['approximate'], '1850~'],
    ['1928-01-01', '1928-04-30', 'year', ['early'], '1928-01/1928-04'],
    ['-0043-01-01', '-0043-12-31', 'year', [], '-0043'],
    ['1924-01-01', '1924-01-10', 'month', ['early'], '1924-01-01/1924-01-10'],
    ['1850-01-01', '1850-12-31', 'year', ['uncertain'], '1850?'],
  ];
  for (const [lo, hi, g, q, want] of cases) {
    it(want, () => {
      assert.equal(toEdtf({ interval: { earliest: lo, latest: hi }, granularity: g, qualifiers: q as never }), want);
    });
  }
  it('no interval, no EDTF', () => assert.equal(toEdtf({}), undefined));
});

describe('edtf: round trips of recogniser output', () => {
  const text = [
    'On January 4, 1923 he wrote; in March 1921; in 1917; in the spring of 1921; the winter of 1928;',
    'early 1928; late January 1924; the end of 1920; the first half of 1923; around Christmas 1922; c. 1850;',
    '1920-21; from December 1920 to the spring of 1921; November-December 1923; 12–14 March 1921;',
    'the 1920s; the late 1920s; the 19th century; the late nineteenth century; the 5th century BC; 44 BC;',
    'AD 800; c. 750 BC; approximately March 1921; circa 4 May 1820; late 1922/early 1923; the 1800s;',
    'He arrived on 3 May 1920. The next day he left. Two years later; a few days later; in about a year.',
  ].join(' ');
  const ms = recognizeDates(text).filter((m) => m.interval);
  it('covers many mentions', () => assert.ok(ms.length >= 30, String(ms.length)));
  for (const m of ms) {
    it(`${m.text} → ${m.edtf}`, () => {
      assert.ok(m.edtf);
      const r = parseEdtf(m.edtf);
      assert.ok(!('error' in r), JSON.stringify(r));
      assert.deepEqual(r.interval, m.interval);
    });
  }
});
