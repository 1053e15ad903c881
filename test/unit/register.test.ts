import { strict as assert } from 'node:assert';
import { parseRegister } from '../../server/src/core';

const GOOD = `entities:
  - id: lenin
    type: person
    name: Vladimir Lenin
    aliases: [Lenin]
    dates:
      died: { edtf: "1924-01-21", cite: "Service (2000)" }
  - id: lenin-death
    type: event
    name: Death of Lenin
    participants: [lenin]
    triggers: ["{lenin} died"]
    dates:
      happened: { edtf: "1924-01", cite: "Service (2000)" }
`;

describe('register', () => {
  it('reads entries with their positions and EDTF intervals', () => {
    const { register, ok } = parseRegister(GOOD);
    assert.ok(ok);
    assert.equal(register.entries.length, 2);
    const lenin = register.byId.get('lenin')!;
    assert.equal(GOOD.slice(lenin.idSpan.start, lenin.idSpan.end), 'lenin');
    assert.deepEqual(lenin.dates[0].interval, { earliest: '1924-01-21', latest: '1924-01-21' });
    const death = register.byId.get('lenin-death')!;
    assert.deepEqual(death.dates[0].interval, { earliest: '1924-01-01', latest: '1924-01-31' });
    assert.deepEqual(death.participants, ['lenin']);
    assert.deepEqual(register.problems, []);
  });

  it('reports malformed YAML at the faulty line and is not ok', () => {
    const bad = GOOD.replace('aliases: [Lenin]', 'aliases: [Lenin');
    const { ok, register } = parseRegister(bad);
    assert.equal(ok, false);
    assert.ok(register.problems.length > 0);
    const p = register.problems[0];
    assert.equal(p.severity, 'error');
    const line = bad.slice(0, p.start).split('\n').length;
    assert.ok(line >= 5 && line <= 7, `error on line ${line}`);
  });

  it('reports duplicate ids, unknown types, unknown references and invalid dates', () => {
    const text = `entities:
  - { id: a, type: person, name: A }
  - { id: a, type: person, name: A again }
  - { id: b, type: deity, name: B }
  - { id: c, type: event, name: C, participants: [nobody], dates: { happened: { edtf: "1924-13-45", cite: x } } }
`;
    const { register, ok } = parseRegister(text);
    assert.ok(ok, 'structural problems do not discard the register');
    const codes = register.problems.map((p) => p.code).sort();
    assert.deepEqual(codes, ['duplicate-id', 'register-date', 'register-type', 'unknown-reference']);
    assert.deepEqual(register.entries.map((e) => e.id), ['a', 'c']);
  });

  it('warns when two entries share a name and neither has a context hint', () => {
    const text = `entities:
  - { id: stalin, type: person, name: Joseph Stalin, aliases: [Stalin] }
  - { id: stalin-book, type: work, name: Stalin, aliases: [] }
  - { id: wrangel-a, type: person, name: Pyotr Wrangel, aliases: [Wrangel] }
  - { id: wrangel-b, type: person, name: Wrangel the agent, aliases: [Wrangel], context: [GPU, provocateur] }
`;
    const { register } = parseRegister(text);
    const shared = register.problems.filter((p) => p.code === 'shared-alias');
    assert.equal(shared.length, 1);
    assert.match(shared[0].message, /"Stalin" also names `stalin`/);
    assert.equal(text.slice(shared[0].start, shared[0].end), 'stalin-book');
  });

  it('never throws on hostile input', () => {
    for (const t of ['', ':', '- - -', 'entities: 5', 'entities:\n  - 7', '\u0000\u0001', '&a [*a]', 'entities: [{id: [1], type: person}]']) {
      assert.doesNotThrow(() => parseRegister(t));
    }
  });
});
