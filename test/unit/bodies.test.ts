// Names of bodies built on names the register has: a department or a delegation
// of a registered body is a body of its own that the register lacks. The bodies
// here are invented.

import { strict as assert } from 'node:assert';
import type { EntityMention } from '../../server/src/core';
import { namesIn as namesWithRegister, withShortForm } from './names';

const REGISTER = `entities:
  - id: nwp
    type: organization
    name: Northern Workers' Party
    aliases: [NWP]
  - id: central-committee
    type: organization
    name: Central Committee
  - id: varnia
    type: place
    name: Varnia
    derived: [Varnian]
`;

/** The names Clio shows in one source text, with the register above unless another is given. */
const namesIn = (text: string, register = REGISTER, show?: (m: EntityMention) => string) => namesWithRegister(text, register, show);

describe('bodies named after registered bodies', () => {
  it('reads a delegation, a department or a section of a registered body as one body the register lacks', () => {
    assert.deepEqual(namesIn('Letters reached the Foreign Delegation of the NWP in May.\n'), ['Foreign Delegation of the NWP:organization']);
    // With the state or party after it, as the registered body's own name takes them.
    assert.deepEqual(namesIn('The report went to the Secret Department of the Central Committee of the VKP(b) at once.\n'), [
      'Secret Department of the Central Committee of the VKP(b):organization',
    ]);
    // The registered body alone stays itself.
    assert.deepEqual(namesIn('The Central Committee of the VKP(b) met.\n'), ['Central Committee of the VKP(b):central-committee']);
  });

  it('names a nation\'s mission abroad by the nation\'s adjective alone, and a lone "Legation" or "Embassy" not at all', () => {
    assert.deepEqual(namesIn('He called at the Norwegian Legation, then at the Varnian Consulate. The Embassy was closed.\n'), ['Norwegian:place', 'Varnian:varnia']);
  });
});

describe('wings and tendencies', () => {
  it('reads "the Right" and "the Left" with their capitals as groups, though the words are common in lower case', () => {
    assert.deepEqual(namesIn('The right answer came late. The Right deviation grew, and the Left was silent; the Right danger was named.\n'), ['Right deviation:group', 'Left:group', 'Right:group']);
  });
});

describe('a party with its faction in brackets', () => {
  it('matches a registered name with a bracket inside it, and gives a party its faction in brackets', () => {
    const register = 'entities:\n  - id: nwp\n    type: organization\n    name: Northern Workers\' Party\n    aliases: ["Northern Workers\' Party (Majority)"]\n';
    assert.deepEqual(namesIn("The Northern Workers' Party (Majority) met, the Varnian Labour Party (Bolsheviks) did not, and Tuldin (the chairman) left.\n", register), [
      "Northern Workers' Party (Majority):nwp",
      'Varnian Labour Party (Bolsheviks):organization',
      'Tuldin:person',
    ]);
  });
});

describe('meetings of registered bodies', () => {
  it('reads a numbered plenum of a registered body as one event', () => {
    assert.deepEqual(namesIn('At the Eighth Plenum of the NWP in May the line changed.\n'), ['Eighth Plenum of the NWP:event']);
  });
});

describe('places in places', () => {
  it('reads a hall named in its building as two places', () => {
    assert.deepEqual(namesIn('They met in the Mirror Hall of the House of the Guilds, then in the Hall of Columns of the Tuldin Palace.\n'), [
      'Mirror Hall:place',
      'House of the Guilds:place',
      'Hall of Columns:place',
      'Tuldin Palace:place',
    ]);
  });
});

describe('bodies placed on a river', () => {
  it('reads "on" before a river after a body as placing it, and keeps a committee "on" its subject', () => {
    assert.deepEqual(namesIn('The Ninth Army on the Volga held; the Committee on Foreign Affairs met.\n'), ['Ninth Army:organization', 'Volga:place', 'Committee on Foreign Affairs:organization']);
  });
});

describe('people addressed by given name and patronymic', () => {
  it('reads a given name and patronymic as the one registered person of that given name named in full in the text', () => {
    const register = 'entities:\n  - id: tuldin\n    type: person\n    name: Oskar Tuldin\n';
    const names = namesIn('Oskar Tuldin arrived in May. Later Oskar Ivanovich said no.\n\nVARNAKOV, Oskar Petrovich (1890–1937). Editor.\n', register, withShortForm);
    // An inverted name's given name and patronymic stay in it: another person.
    assert.deepEqual(names, ['Oskar Tuldin:tuldin', 'Oskar Ivanovich:tuldin:name-part', 'VARNAKOV, Oskar Petrovich:person']);
  });
});

describe('the period\'s spellings of bodies\' names', () => {
  it('links "Commissaries" and "Social Revolutionaries" to the registered "Commissars" and "Socialist Revolutionaries"', () => {
    const register = "entities:\n  - id: council\n    type: organization\n    name: Varnian Council of People's Commissars\n  - id: svr\n    type: organization\n    name: Varnian Socialist Revolutionaries\n";
    assert.deepEqual(namesIn("The Varnian Council of People's Commissaries met the Varnian Social Revolutionaries.\n", register), [
      "Varnian Council of People's Commissaries:council",
      'Varnian Social Revolutionaries:svr',
    ]);
  });
});
