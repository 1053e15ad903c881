// The hand-made gold standard of entity mentions (test/fixtures/entities-gold):
// checks the annotations themselves, never the engine (Clio's accuracy against
// the gold is reported by bench/entitiesEval.ts). Every mention must quote its
// source exactly, mentions must be sorted and disjoint, types must be known and
// ids must be register entries (or null for a name the register lacks).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegister } from '../../server/src/core';

import { REPO as ROOT, goldFiles, OUTSIDE_ENTITY_SETS, type EntityGoldFile as GoldFile, type GoldMention } from '../fixtures/gold';
const TYPES = new Set(['person', 'place', 'organization', 'group', 'event', 'work']);


const golds = goldFiles<GoldFile>('entities-gold');
const files = golds.map((g) => g.file);
const { register, ok } = parseRegister(readFileSync(path.join(ROOT, 'corpus', 'register.yaml'), 'utf8'));

describe('entities gold standard (fixtures)', () => {
  it('has gold files for sample sources, and the register parses', () => {
    assert.ok(files.length >= 2, 'expected at least two gold files');
    const sources = new Set(readdirSync(path.join(ROOT, 'corpus', 'sources')).map((f) => f.replace(/\.txt$/, '')));
    for (const f of files) assert.ok(sources.has(f.replace(/\.json$/, '')), `${f} names no sample source`);
    assert.ok(ok, 'corpus/register.yaml does not parse');
  });

  const sets = [
    ...golds.map((g) => ({ ...g, dir: 'corpus/sources' })),
    // Texts written for evaluation only, beside their gold files.
    ...OUTSIDE_ENTITY_SETS.flatMap((kind) => goldFiles<GoldFile>(kind).map((g) => ({ ...g, dir: `test/fixtures/${kind}` }))),
  ];
  for (const { file: f, gold, dir } of sets) {
    describe(f, () => {
      it('names its source and annotator', () => {
        assert.equal(gold.source, `${dir}/${f.replace(/\.json$/, '.txt')}`);
        assert.ok(existsSync(path.join(ROOT, gold.source)), gold.source);
        assert.equal(gold.annotator, 'hand, by reading');
        assert.ok(Array.isArray(gold.mentions) && gold.mentions.length > 0);
      });

      it('quotes the source exactly (UTF-16 offsets)', () => {
        const text = readFileSync(path.join(ROOT, gold.source), 'utf8');
        for (const m of gold.mentions) {
          assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start < m.end && m.end <= text.length, JSON.stringify(m));
          assert.equal(text.slice(m.start, m.end), m.text, `offsets ${m.start}-${m.end}`);
          assert.equal(m.text, m.text.trim(), `untrimmed span ${JSON.stringify(m.text)}`);
        }
      });

      it('is sorted and non-overlapping', () => {
        for (let i = 1; i < gold.mentions.length; i++) {
          const a = gold.mentions[i - 1];
          const b = gold.mentions[i];
          assert.ok(a.end <= b.start, `${JSON.stringify(a.text)}@${a.start} overlaps or precedes ${JSON.stringify(b.text)}@${b.start}`);
        }
      });

      it('uses known types, booleans and register ids', () => {
        for (const m of gold.mentions) {
          const where = `${JSON.stringify(m.text)}@${m.start}`;
          assert.ok(TYPES.has(m.type), `${where}: unknown type ${m.type}`);
          assert.equal(typeof m.derived, 'boolean', `${where}: derived must be boolean`);
          assert.ok(m.note === undefined || (typeof m.note === 'string' && m.note.length > 0), `${where}: bad note`);
          if (m.id !== null) {
            assert.equal(typeof m.id, 'string', `${where}: id must be a string or null`);
            assert.ok(register.byId.has(m.id), `${where}: id ${m.id} is not in corpus/register.yaml`);
          }
        }
      });
    });
  }
});
