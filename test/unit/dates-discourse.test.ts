import { strict as assert } from 'assert';
import { recognizeDates } from '../../server/src/core/dates';
import type { DateMention } from '../../server/src/core/types';

function find(ms: DateMention[], span: string): DateMention {
  const m = ms.find((x) => x.text === span);
  assert.ok(m, `no mention "${span}" in ${JSON.stringify(ms.map((x) => x.text))}`);
  return m;
}

/** The first day of the mention whose text is `span`, if there is one. */
function earliestOf(ms: DateMention[], span: string): string | undefined {
  return ms.find((m) => m.text === span)?.interval?.earliest;
}

function anchorText(text: string, m: DateMention): string | undefined {
  return m.anchor ? text.slice(m.anchor.start, m.anchor.end) : undefined;
}

describe('recognizeDates: attributive years do not set the discourse year', () => {
  it('"the 1848 Revolution" is a date but leaves a later season without a year', () => {
    const text = 'Her grandfather had fought in the 1848 Revolution as a boy. The family left Lyon in the spring.';
    const ms = recognizeDates(text);
    const y = find(ms, '1848');
    assert.deepEqual(y.interval, { earliest: '1848-01-01', latest: '1848-12-31' });
    const s = find(ms, 'the spring');
    assert.equal(s.interval, undefined);
    assert.equal(s.anchor, undefined);
  });

  it('the year before an attributive year stays the discourse year', () => {
    const text = 'In 1932 the society reprinted the 1905 constitution in full. By the autumn it had sold out.';
    const ms = recognizeDates(text);
    assert.deepEqual(find(ms, '1905').interval, { earliest: '1905-01-01', latest: '1905-12-31' });
    const s = find(ms, 'the autumn');
    assert.deepEqual(s.interval, { earliest: '1932-09-01', latest: '1932-11-30' });
    assert.equal(s.implied, true);
    assert.equal(anchorText(text, s), '1932');
  });

  for (const [text, year] of [
    ['The editors compared a 1911 edition with the manuscript. In June they went to press.', '1911'],
    ['Critics mocked his 1907 pamphlet for years. On 3 May the author replied.', '1907'],
    ['That 1921 decree was soon forgotten. By October the shops were empty.', '1921'],
    ['Veterans of the 1914-1918 war gathered in the town. In August they marched.', '1914-1918'],
    ['They admired the 1889 Exposition\nand in June they left.', '1889'],
  ] as const) {
    it(`attributive "${year}": ${text.replace(/\n/g, ' ')}`, () => {
      const ms = recognizeDates(text);
      assert.ok(find(ms, year).interval, 'the attributive year is still reported with an interval');
      const later = ms[ms.length - 1];
      assert.notEqual(later.text, year);
      assert.equal(later.interval, undefined, `${later.text} must not take its year from ${year}`);
    });
  }

  it('an attributive year does not anchor a relative date', () => {
    const text = 'He wrote a history of the 1911 Revolution. The next day he fell ill.';
    const m = find(recognizeDates(text), 'The next day');
    assert.equal(m.interval, undefined);
    assert.equal(m.anchor, undefined);
  });

  it('with defaultYear the later date takes the default, not the attributive year', () => {
    const text = 'Her grandfather had fought in the 1848 Revolution. In March the family moved.';
    const m = find(recognizeDates(text, { defaultYear: 1870 }), 'March');
    assert.deepEqual(m.interval, { earliest: '1870-03-01', latest: '1870-03-31' });
  });

  for (const [text, span, earliest, anchor] of [
    // a determiner, but the year is the subject or a time, not a modifier
    ['Everyone agreed that 1919 was a hard year. In March the strikes began.', 'March', '1919-03-01', '1919'],
    ['For the Webbs, their 1926 was spent in Moscow. In the spring they returned.', 'the spring', '1926-03-01', '1926'],
    ['He remembered that 1923 summer well. In August he wrote to her.', 'August', '1923-08-01', '1923'],
    ['The year 1917 changed everything. In October the Bolsheviks struck.', 'October', '1917-10-01', 'The year 1917'],
    ['The crisis of 1923 was severe. In October it peaked.', 'October', '1923-10-01', '1923'],
    ['In 1923 the crisis began. In the fall it deepened.', 'the fall', '1923-09-01', '1923'],
  ] as const) {
    it(`not attributive: ${text}`, () => {
      const m = find(recognizeDates(text), span);
      assert.equal(m.interval?.earliest, earliest);
      assert.equal(m.implied, true);
      assert.equal(anchorText(text, m), anchor);
    });
  }
});

describe('recognizeDates: a season of a part of a year', () => {
  for (const [text, span, earliest, latest, edtf] of [
    ['They crossed the steppe in the winter of early 1931 by sledge.', 'the winter of early 1931', '1930-12-01', '1931-02-28', '1930-24'],
    ['They crossed the steppe in the winter of late 1931 by sledge.', 'the winter of late 1931', '1931-12-01', '1932-02-29', '1931-24'],
    ['The harvest failed in the summer of mid-1927, it was said.', 'the summer of mid-1927', '1927-06-01', '1927-08-31', '1927-22'],
    ['Peace returned in the spring of late 1921, or so he claimed.', 'the spring of late 1921', '1921-03-01', '1921-05-31', '1921-21'],
    ['The ice broke in the Spring of early 1890.', 'the Spring of early 1890', '1890-03-01', '1890-05-31', '1890-21'],
    ['The talks stalled during the autumn of mid 1938.', 'the autumn of mid 1938', '1938-09-01', '1938-11-30', '1938-23'],
  ] as const) {
    it(`${span}`, () => {
      const m = find(recognizeDates(text), span);
      assert.deepEqual(m.interval, { earliest, latest });
      assert.equal(m.granularity, 'season');
      assert.deepEqual(m.qualifiers, []);
      if (edtf) assert.equal(m.edtf, edtf);
    });
  }

  it('the written year of "the winter of early Y" is the discourse year', () => {
    const text = 'In the winter of early 1931 the river froze. In March it thawed.';
    const m = find(recognizeDates(text), 'March');
    assert.deepEqual(m.interval, { earliest: '1931-03-01', latest: '1931-03-31' });
    assert.equal(anchorText(text, m), 'the winter of early 1931');
  });

  it('"the fall of early 1929" is a season; "the fall of the government" is not', () => {
    assert.equal(find(recognizeDates('It ended in the fall of early 1929.'), 'the fall of early 1929').interval?.earliest, '1929-09-01');
    assert.deepEqual(recognizeDates('He wrote on the fall of the early government.').map((m) => m.text), []);
  });
});

describe('date words are looked up as words, not as object properties', () => {
  it('ignores "constructor", "toString" and friends', () => {
    for (const t of ['In 1923, two constructor years later.', 'The toString of 1921 and a valueOf day after.', 'early hasOwnProperty 1928']) {
      const texts = recognizeDates(t).map((d) => d.text);
      assert.ok(!texts.some((x) => /constructor|toString|valueOf|hasOwnProperty/.test(x)), `${t}: ${texts.join(' | ')}`);
    }
  });
});

describe('recognizeDates: a year that looks back within a sentence', () => {
  it('does not move the story: the next implied month takes the sentence\'s own year', () => {
    const text = 'In 1923, the proletariat was a shadow of what it had been at the seizure of power in 1917. The congress of mid-January was a rout.';
    const ms = recognizeDates(text);
    const m = find(ms, 'mid-January');
    assert.equal(anchorText(text, m), '1923');
    assert.deepEqual(m.interval, { earliest: '1923-01-11', latest: '1923-01-20' });
  });

  it('a year in the next sentence moves it as before', () => {
    const text = 'In 1923, the party argued. In 1917 it had been united. In mid-January the quarrel grew.';
    const m = find(recognizeDates(text), 'mid-January');
    assert.equal(anchorText(text, m), '1917');
  });
});

describe('recognizeDates: a relative window across New Year', () => {
  it('a date without a year after "a few weeks before" takes the year that puts it inside the window', () => {
    const text = 'The delegates were home again by 20 January 1928. A few weeks before, on 19 December, the congress had closed.';
    assert.deepEqual(find(recognizeDates(text), '19 December').interval, { earliest: '1927-12-19', latest: '1927-12-19' });
    const later = 'The congress closed on 19 December 1927. A few weeks later, on 3 January, the delegates were home.';
    assert.deepEqual(find(recognizeDates(later), '3 January').interval, { earliest: '1928-01-03', latest: '1928-01-03' });
  });

  it('a loose window counted from a bare year sets no year', () => {
    // "A few months later" from "1917" spans two years: "mid-January" keeps the story's year (1923).
    const text = 'In 1923, the opposition was weaker than at the seizure of power in 1917. A few months later, a wave of expulsions followed. The congress of mid-January was quiet.';
    assert.deepEqual(find(recognizeDates(text), 'mid-January').interval?.earliest.slice(0, 4), '1923');
  });
});

describe('recognizeDates: a log’s entries dated without a year', () => {
  const log = 'Purser’s note: the Soviet calendar has been ours since 1918.\n\nSaturday, 19th January. Sailed for Odessa.\n\nMonday, 21st January. Berthed. The order was read to him on the 20th.\n';
  const written = { earliest: '1929-01-19', latest: '1929-02-09' };

  it('are in the days the text was written, and the dates after them follow them', () => {
    const ms = recognizeDates(log, { written });
    // 19 January was a Saturday in 1918 as in 1929: the weekday alone cannot tell.
    assert.deepEqual([earliestOf(ms, 'Saturday, 19th January'), earliestOf(ms, 'Monday, 21st January'), earliestOf(ms, 'the 20th')], ['1929-01-19', '1929-01-21', '1929-01-20']);
  });

  it('not without the writing dates, nor from a single such line, which may be a caption', () => {
    assert.equal(earliestOf(recognizeDates(log), 'Saturday, 19th January'), '1918-01-19');
    const one = 'The calendar has been ours since 1918.\n\nSaturday, 19th January. Sailed for Odessa.\n';
    assert.equal(earliestOf(recognizeDates(one, { written }), 'Saturday, 19th January'), '1918-01-19');
  });
});

describe('recognizeDates: a time that cannot be placed ends a chain of counts', () => {
  it('does not count "twenty years later" from the date before "150 years ago", which it cannot place', () => {
    const got = recognizeDates('| 2 Apr 2030 | 150 years ago today the mill burnt down. Twenty years later, on 2 April 1900, the new mill opened. |');
    assert.deepEqual(got.map((d) => [d.text, d.interval?.earliest]), [['2 Apr 2030', '2030-04-02'], ['150 years ago', undefined], ['Twenty years later', undefined], ['2 April 1900', '1900-04-02']]);
    // With nothing unplaced between, the count runs from the date before.
    assert.deepEqual(recognizeDates('The mill burnt down on 2 April 1880. Twenty years later the new mill opened.').map((d) => [d.text, d.interval?.earliest]), [['2 April 1880', '1880-04-02'], ['Twenty years later', '1900-01-01']]);
  });
});

describe('recognizeDates: a text’s own date written out in its masthead', () => {
  const issue = [
    'FOR LENIN! Wall newspaper of a printing works cell, Moscow. No. 14, Thursday 21 October 1926.',
    '',
    'THE OPPOSITION GIVES ITS WORD. Five days ago, on the 16th, they signed a statement, and Pravda printed it on the 17th. The party forbade factions in March 1921.',
    '',
    'FROM THE PLENUM. The joint plenum, meeting on the 23rd, drew the conclusions the party expected.',
    '',
    'CHRONICLE OF A YEAR. On 23 July the July plenum closes; this summer the party lost a comrade.',
  ].join('\n');
  const written = { earliest: '1926-10-21', latest: '1926-10-21' };

  it('is the day that "five days ago" and a bare day count from, and the year of an item that tells none', () => {
    const ms = recognizeDates(issue, { written });
    assert.deepEqual(
      ['Five days ago', 'the 16th', 'the 17th', 'the 23rd', '23 July', 'this summer'].map((t) => earliestOf(ms, t)),
      ['1926-10-16', '1926-10-16', '1926-10-17', '1926-10-23', '1926-07-23', '1926-06-01'],
    );
  });

  it('is not what a count after a bare day counts from: "a week before that" is before the day', () => {
    const text = 'Saturday 30 October 1926. On the 23rd the plenum removed him; a week before that, on the 16th, the leaders had signed.';
    const ms = recognizeDates(text, { written: { earliest: '1926-10-30', latest: '1926-10-30' } });
    const count = ms.find((m) => m.text === 'a week before')!;
    assert.deepEqual([count.interval?.earliest, anchorText(text, count)], ['1926-10-16', 'the 23rd']);
  });

  it('not without the writing day in the metadata, nor once a section has told another date', () => {
    const ms = recognizeDates(issue);
    assert.deepEqual(['Five days ago', 'the 23rd', '23 July'].map((t) => earliestOf(ms, t)), [undefined, undefined, '1921-07-23']);
    // A eulogy under its day of 1974 remembers 1924: its bare day is no day of 1974.
    const eulogy = 'Words spoken on 14 March 1974 by her nephew.\n\nShe came to Moscow in 1923. When Lenin died she queued in the frost, and on the 27th she stood in Red Square.';
    assert.equal(earliestOf(recognizeDates(eulogy, { written: { earliest: '1974-03-14', latest: '1974-03-14' } }), 'the 27th'), undefined);
    // A planning sheet's rows have their own days: "today" in a row is not the sheet's.
    const sheet = 'Exported Friday 26 September 2025.\n\n| Wed 8 Oct 2025 | 102 years ago today the Forty-Six wrote. |';
    assert.equal(earliestOf(recognizeDates(sheet, { written: { earliest: '2025-09-26', latest: '2025-09-26' } }), 'today'), undefined);
  });

  it('reads no day in "yesterday’s enemies"', () => {
    const ms = recognizeDates('MOSCOW, 21 OCTOBER 1926. — His bloc with yesterday’s enemies grows.');
    assert.equal(ms.some((m) => /yesterday/.test(m.text)), false);
  });
});

describe('recognizeDates: an entry’s dateline with its place after a comma', () => {
  it('is what "yesterday" counts from', () => {
    const log = 'Friday 4 July 1919. Reader: Ostrovsky.\n\nTuesday 30 March 1920, Moscow. Reader: Kalnin. He needs the minutes for the congress, which opened yesterday.';
    assert.equal(recognizeDates(log).find((m) => m.text === 'yesterday')?.interval?.earliest, '1920-03-29');
    // (A name after the comma that goes on in lower case is a sentence, not a place: no dateline, no day for "yesterday".)
    assert.equal(recognizeDates('21 January 1924, Lenin died at Gorki. The papers wrote of it yesterday.').find((m) => m.text === 'yesterday')?.interval, undefined);
  });
});

describe('recognizeDates: a day named with its weekday after an aside', () => {
  it('takes its month from the dates before the aside, not from a month inside it', () => {
    const text = 'Block No. 12, the Thirteenth Congress. Made 25 May 1924; used 27 and 31 May (the Conference block was made in January, before this book was opened). The congress opened on Friday the 23rd.';
    assert.equal(recognizeDates(text, { written: { earliest: '1924-01-22', latest: '1927-11-10' } }).find((m) => m.text === 'Friday the 23rd')?.interval?.earliest, '1924-05-23');
  });

  it('takes its month from the entry above, not from the end of a year-long writing window, where that entry\'s year was guessed', () => {
    const daybook = 'Daybook of the river port, 1918.\n\nFriday 1 March. Thaw begins.\n\nMonday 4 March. News: peace was signed at Brest on Sunday the 3rd.';
    assert.equal(earliestOf(recognizeDates(daybook, { written: { earliest: '1918-01-01', latest: '1918-12-31' } }), 'Sunday the 3rd'), '1918-03-03');
  });
});

describe('recognizeDates: an Old Style register’s entries without a year, in a writing window given in New Style', () => {
  it('reads an entry a few days before the window opens, as the New Style counts, in the window’s first year', () => {
    const register = 'Casualty register, Petrograd.\n\n23 February 1917 [8 March]. Six admitted.\n\n3 March. The Tsar signed away the throne at Pskov last night, on the 2nd.\n\n4 March. Quiet.';
    const ms = recognizeDates(register, { written: { earliest: '1917-03-08', latest: '1918-11-12' } });
    assert.equal(earliestOf(ms, '3 March'), '1917-03-03');
    assert.equal(earliestOf(ms, 'the 2nd'), '1917-03-02');
  });
});

describe('recognizeDates: a dispatch’s own day and the months around it', () => {
  const dispatch = [
    'RUSSIA AFTER LENIN',
    'From our Correspondent. Riga, January 29.',
    '',
    'Lenin is dead. He died at Gorki at ten minutes to seven on Monday evening, the twenty-first.',
    '',
    'The conference which sat from the 16th to the 18th of this month condemned the opposition. The quarrel had smouldered since the autumn and burst into the open in December; by May, its critics say, the party will be another.',
  ].join('\n');
  const written = { earliest: '1924-01-29', latest: '1924-01-29' };

  it('reads its yearless day in the metadata’s year, a weekday by the day of the month that glosses it, and "this month" as its month', () => {
    const ms = recognizeDates(dispatch, { written });
    assert.deepEqual(['January 29', 'Monday evening', 'this month'].map((t) => earliestOf(ms, t)), ['1924-01-29', '1924-01-21', '1924-01-01']);
  });

  it('puts a month well past its day in the year before, and one soon after in its own', () => {
    const ms = recognizeDates(dispatch, { written });
    assert.deepEqual(['the autumn', 'December', 'May'].map((t) => earliestOf(ms, t)), ['1923-09-01', '1923-12-01', '1923-05-01']);
    const issue = 'Wall newspaper No. 14, Thursday 21 October 1926.\n\nOUR LETTERS. On 27 December I drove a delegate to the congress. On 7 November the works marches.';
    const got = recognizeDates(issue, { written: { earliest: '1926-10-21', latest: '1926-10-21' } });
    assert.deepEqual(['27 December', '7 November'].map((t) => earliestOf(got, t)), ['1925-12-27', '1926-11-07']);
  });

  it('reads ", old style" after a date as its calendar', () => {
    const m = recognizeDates('Lenin stepped off the train late on 3 April 1917, old style.').find((d) => /April/.test(d.text));
    assert.deepEqual([m?.text, m?.calendar], ['3 April 1917, old style', 'julian']);
  });
});

describe('recognizeDates: a bare day well past the date before it, told in the past', () => {
  const at = (text: string, day: string) => recognizeDates(text).find((m) => m.text === day)?.interval?.earliest;
  it('is in the month before, where the paragraph named that month', () => {
    assert.equal(at('Made 21 December 1925; used 22 and 24 December and again 5 January 1926 (the congress met from the 18th to the 31st).', 'the 18th'), '1925-12-18');
    assert.equal(at('In February 1917 the women walked out on 23 February (8 March); by the 27th the works had elected its committee.', 'the 27th'), '1917-02-27');
  });
  it('not where the month before was never named, nor a day soon after', () => {
    assert.equal(at('Used again on 5 January 1926 (the congress met from the 18th to the 31st).', 'the 18th'), '1926-01-18');
    assert.equal(at('Made 21 December 1925; used again 5 January 1926, and once more on the 9th.', 'the 9th'), '1926-01-09');
  });
});

describe('recognizeDates: a bare day far into a long entry', () => {
  it('reads against the entry’s dateline in its paragraph when no date is near', () => {
    const entry = `Monday 17 August 1936. Wexhall. Meter 7,044; ${'little used, the house was empty and the garden was full of geese; '.repeat(8)}on the wireless from Moscow: the trial opened on the 19th.`;
    assert.equal(recognizeDates(entry).find((m) => m.text === 'the 19th')?.interval?.earliest, '1936-08-19');
  });
});
