// The hand-made gold standard of date expressions (test/fixtures/dates-gold):
// checks the annotations themselves, never the engine (accuracy against the gold
// is reported by bench/datesEval.ts). Every entry must quote its source exactly,
// entries must be sorted and disjoint, and intervals must be well-formed.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

import { REPO as ROOT, goldFiles, type DateGoldFile as GoldFile, type GoldExpression } from '../fixtures/gold';
const KINDS = new Set(['date', 'range', 'relative', 'duration', 'set']);
const ISO = /^-?\d{4}-\d{2}-\d{2}$/;


function validIso(s: string): boolean {
  if (!ISO.test(s)) return false;
  const neg = s.startsWith('-');
  const [y, m, d] = (neg ? s.slice(1) : s).split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const year = neg ? -y : y;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dim;
}

const golds = goldFiles<GoldFile>('dates-gold');
const files = golds.map((g) => g.file);

describe('dates gold standard (fixtures)', () => {
  it('has one gold file per sample source', () => {
    const sources = readdirSync(path.join(ROOT, 'corpus', 'sources')).filter((f) => f.endsWith('.txt'));
    assert.deepEqual(files.map((f) => f.replace(/\.json$/, '')).sort(), sources.map((f) => f.replace(/\.txt$/, '')).sort());
  });

  for (const f of files) {
    describe(f, () => {
      const gold = golds.find((g) => g.file === f)!.gold;

      it('names its source and annotator', () => {
        assert.equal(gold.source, `corpus/sources/${f.replace(/\.json$/, '.txt')}`);
        assert.ok(existsSync(path.join(ROOT, gold.source)), gold.source);
        assert.equal(gold.annotator, 'hand, by reading');
        assert.ok(Array.isArray(gold.expressions) && gold.expressions.length > 0);
      });

      it('quotes the source exactly (UTF-16 offsets)', () => {
        const text = readFileSync(path.join(ROOT, gold.source), 'utf8');
        for (const e of gold.expressions) {
          assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end, `bad offsets ${JSON.stringify(e)}`);
          assert.equal(text.slice(e.start, e.end), e.text, `at ${e.start}`);
          assert.equal(e.text, e.text.trim(), `untrimmed span at ${e.start}: ${JSON.stringify(e.text)}`);
        }
      });

      it('is sorted and non-overlapping', () => {
        for (let i = 1; i < gold.expressions.length; i++) {
          const a = gold.expressions[i - 1];
          const b = gold.expressions[i];
          assert.ok(a.end <= b.start, `${JSON.stringify(a.text)}@${a.start} overlaps or precedes ${JSON.stringify(b.text)}@${b.start}`);
        }
      });

      it('has known kinds and well-formed intervals', () => {
        for (const e of gold.expressions) {
          const at = `${JSON.stringify(e.text)}@${e.start}`;
          assert.ok(KINDS.has(e.kind), `kind ${e.kind} at ${at}`);
          assert.equal(e.earliest === undefined, e.latest === undefined, `half an interval at ${at}`);
          if (e.earliest !== undefined && e.latest !== undefined) {
            assert.ok(validIso(e.earliest) && validIso(e.latest), `not ISO dates at ${at}: ${e.earliest}..${e.latest}`);
            assert.ok(e.earliest <= e.latest, `earliest > latest at ${at}`);
          }
          if (e.kind === 'duration' || e.kind === 'set') assert.equal(e.earliest, undefined, `${e.kind} with an interval at ${at}`);
          if (e.note !== undefined) assert.equal(typeof e.note, 'string');
          const extra = Object.keys(e).filter((k) => !['start', 'end', 'text', 'kind', 'earliest', 'latest', 'note'].includes(k));
          assert.deepEqual(extra, [], `unknown fields at ${at}`);
        }
      });
    });
  }
});
