import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../server/src/core';
import { typeFeatures } from '../../server/src/core/typeFeatures';
import { retypeCandidates, typeProbabilities } from '../../server/src/core/typeModel';
import type { EntityMention } from '../../server/src/core/types';

function mention(text: string, surface: string, type: EntityMention['type'], id: string | null = null): EntityMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, id, type, derived: false };
}

describe('learned candidate types', () => {
  it('describes a candidate by its endings, its neighbours, its marks and what the gazetteers know', () => {
    const text = 'He was sent on to Tsaritsyn, then to Moscow.';
    const f = typeFeatures(text, mention(text, 'Tsaritsyn', 'person'));
    for (const x of ['rule:person', 'n:1', 'shape:X', 'head:tsaritsyn', 's3:syn', 'p1:to', 'p2:on to', 'n1:,']) assert.ok(f.includes(x), x);
    const moscow = typeFeatures(text, mention(text, 'Moscow', null));
    assert.ok(moscow.includes('gaz:place') && moscow.includes('rule:none') && moscow.includes('n1:.'));
    const sv = 'Letters from Natalia Sedova\'s archive';
    const g = typeFeatures(sv, mention(sv, 'Natalia Sedova', null));
    assert.ok(g.includes('given:period+') && g.includes("n1:'s") && g.includes('first:natalia'));
  });

  // A hand-made model: "to" before a name says place, strongly.
  const weights = new Map<string, number[]>([
    ['p1:to', [0, 4, 0, 0, 0, 0]],
    ['p1:by', [0, 0, 0.3, 0, 0, 0]],
  ]);

  it('gives an untyped candidate the model\'s guess only at even odds or better, and never touches a linked name', () => {
    const text = 'He went to Perekop. A book by Granit. Lenin wrote to Stalin.';
    const ents = [mention(text, 'Perekop', null), mention(text, 'Granit', null), mention(text, 'Stalin', 'person', 'stalin')];
    retypeCandidates(text, ents, weights);
    assert.deepEqual(ents.map((m) => m.type), ['place', null, 'person']);
    assert.ok(typeProbabilities(['p1:by'], weights)[2] < 0.5);
  });

  it('changes a rule\'s type only where the model is sure of another, and never to a work', () => {
    const text = 'He went to Kolpashevo. A note by Berezin. The period of “Dual Power” followed.';
    const sure = mention(text, 'Kolpashevo', 'person');
    const unsure = mention(text, 'Berezin', 'person');
    const quoted = mention(text, 'Dual Power', 'organization');
    retypeCandidates(text, [sure, unsure, quoted], new Map([...weights, ['p1:“', [0, 0, 0, 0, 6, 0]]]));
    assert.equal(sure.type, 'place');
    assert.equal(unsure.type, 'person');
    // Only the title rules, which see a title's setting, make works.
    assert.equal(quoted.type, 'organization');
  });

  it('marks the place of a title after a bibliography entry\'s author', () => {
    const text = '- Conte, Francis. *Christian Rakovski*. Paris, 1975.';
    assert.ok(typeFeatures(text, mention(text, 'Christian Rakovski', 'work')).includes('after-entry-author'));
    assert.ok(!typeFeatures('He met Christian Rakovski.', mention('He met Christian Rakovski.', 'Christian Rakovski', 'person')).includes('after-entry-author'));
  });

  it('types a publisher and a party as bodies where the rules read surnames or a group (the shipped model)', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'The Kadets demanded a ministry. Later she worked for Gallimard.');
    const types = Object.fromEntries(index.get('sources/a.txt')!.entities.map((m) => [m.text, m.type]));
    assert.equal(types.Kadets, 'organization');
    assert.equal(types.Gallimard, 'organization');
    const rules = new CorpusIndex({ learnedTypes: false });
    rules.setDocument('sources/a.txt', 'The Kadets demanded a ministry. Later she worked for Gallimard.');
    assert.deepEqual(rules.get('sources/a.txt')!.entities.map((m) => m.type), ['group', 'person']);
  });
});
