import { strict as assert } from 'node:assert';
import { addIgnored, addToEntryList, appendEntry, parseRegister, type RegisterEdit } from '../../server/src/core';

const apply = (text: string, e: RegisterEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

const BLOCK = `# People and places
entities:
  - id: stalin
    type: person
    name: Joseph Stalin
    aliases: [Stalin]

  - id: rykov
    type: person
    name: Alexei Rykov
    aliases:
      - Rykov
# trailing comment
`;

describe('register edits', () => {
  it('appends an entry after the last one, keeping comments, with the cursor on its description', () => {
    const e = appendEntry(BLOCK, { id: 'karl-radek', type: 'person', name: 'Karl Radek' });
    const out = apply(BLOCK, e);
    const { register, ok } = parseRegister(out);
    assert.ok(ok);
    assert.deepEqual(register.entries.map((x) => x.id), ['stalin', 'rykov', 'karl-radek']);
    assert.ok(out.includes('# trailing comment'));
    assert.equal(out.slice(e.cursor! - 'description: '.length, e.cursor), 'description: ');
  });

  it('starts an entities list in an empty register', () => {
    const out = apply('', appendEntry('', { id: 'berlin', type: 'place', name: 'Berlin' }));
    assert.deepEqual(parseRegister(out).register.entries.map((x) => [x.id, x.type]), [['berlin', 'place']]);
  });

  it('adds to a flow list, a block list, or a new key', () => {
    let out = apply(BLOCK, addToEntryList(BLOCK, 'stalin', 'misspellings', 'Staling')!);
    out = apply(out, addToEntryList(out, 'stalin', 'aliases', 'Koba')!);
    out = apply(out, addToEntryList(out, 'rykov', 'aliases', 'Ryokov')!);
    const reg = parseRegister(out).register;
    assert.deepEqual(reg.byId.get('stalin')!.misspellings, ['Staling']);
    assert.deepEqual(reg.byId.get('stalin')!.aliases, ['Stalin', 'Koba']);
    assert.deepEqual(reg.byId.get('rykov')!.aliases, ['Rykov', 'Ryokov']);
    assert.equal(addToEntryList(BLOCK, 'nobody', 'aliases', 'x'), undefined);
  });

  it('works on flow-style entries and quotes what YAML would misread', () => {
    const flow = 'entities:\n  - { id: a, type: person, name: A }\n';
    const out = apply(flow, addToEntryList(flow, 'a', 'aliases', 'no')!);
    assert.deepEqual(parseRegister(out).register.byId.get('a')!.aliases, ['no']);
  });

  it('ignores a name in a new or existing ignore list', () => {
    let out = apply(BLOCK, addIgnored(BLOCK, 'Promised Land'));
    out = apply(out, addIgnored(out, 'Shadow: A Study'));
    assert.deepEqual(parseRegister(out).register.ignored, ['Promised Land', 'Shadow: A Study']);
  });
});
