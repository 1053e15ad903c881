import { strict as assert } from 'node:assert';
import { narrativeOutliers, recognizeDates } from '../../server/src/core';

const STORY = [
  'The strike began in 1905 and failed by December 1905.',
  'War came in August 1914; the Tsar fell in March 1917.',
  'The Bolsheviks took power in November 1917 and made peace in March 1918.',
  'The civil war lasted until 1921, when the NEP began.',
  'Lenin died in January 1924 and Trotsky was expelled in 1927.',
  'He left for Turkey in February 1929.',
];

const outliers = (text: string, written?: { earliest: string; latest: string }) =>
  narrativeOutliers(text, recognizeDates(text), written).map((o) => [o.date.text, o.suggestion]);

describe('narrative outliers', () => {
  it('flags a year far outside the story and suggests the slip of the pen', () => {
    const text = [...STORY, 'The story of the revolution runs up to 2017, then the civil war.'].join('\n\n');
    assert.deepEqual(outliers(text), [['2017', 1917]]);
  });

  it('suggests a swapped pair of digits', () => {
    const text = [...STORY, 'The opposition was crushed in 1972.'].join('\n\n');
    assert.deepEqual(outliers(text), [['1972', 1927]]);
  });

  it('leaves alone dates about the text itself, its time of writing, and citations', () => {
    const text = [
      ...STORY,
      'This essay was first published in 2016.',
      'See Carr, The Interregnum (London: Macmillan, 1969).',
      'I write this in the spring of 2020.',
    ].join('\n\n');
    assert.deepEqual(outliers(text, { earliest: '2020-01-01', latest: '2020-12-31' }), []);
  });

  it('says nothing about a text with too few dates to have a narrative', () => {
    assert.deepEqual(outliers('In 1905 the strike began. In 2017 we remembered it.'), []);
  });
});
