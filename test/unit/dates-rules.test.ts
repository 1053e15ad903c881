import { strict as assert } from 'assert';
import { recognizeDates } from '../../server/src/core/dates';
import type { DateKind } from '../../server/src/core/types';

// Rules documented in the modules' convention blocks (relative.ts, ranges.ts,
// absolute.ts, discourse.ts): [sentence, span, kind, earliest, latest]
const CASES: Array<[string, string, DateKind, string | null, string | null]> = [
  // relative.ts: a base two or more ladder steps coarser than the unit gives no interval
  ['The abbey burned in 1174. A few days later the monks left.', 'A few days later', 'relative', null, null],
  ['Cromwell died in 1658; two days later the council met.', 'two days later', 'relative', null, null],
  ['Parliament was dissolved in 1629. That same day the king rode north.', 'That same day', 'relative', null, null],
  ['The plague came in the 1340s; two months later the port was empty.', 'two months later', 'relative', null, null],
  //   one step coarser is still shifted whole
  ['The fleet sailed in April 1588. Two days later it was sighted.', 'Two days later', 'relative', '1588-04-03', '1588-05-02'],
  ['The siege began in 1683; a few months later it was lifted.', 'a few months later', 'relative', '1683-03-01', '1684-05-31'],
  ['The fair opened on 3 June 1851. The very next day it rained.', 'The very next day', 'relative', '1851-06-04', '1851-06-04'],
  // ranges.ts: "and" joins adjacent parts of consecutive periods ...
  ['Famine struck in late 1845 and early 1846.', 'late 1845 and early 1846', 'range', '1845-09-01', '1846-04-30'],
  ['Riots followed at the end of 1788 and the beginning of 1789.', 'the end of 1788 and the beginning of 1789', 'range', '1788-10-01', '1789-03-31'],
  ['The thaw came in late February and early March 1709.', 'late February and early March 1709', 'range', '1709-02-21', '1709-03-10'],
  ['Letters were sent in late December 1812 and early January.', 'late December 1812 and early January', 'range', '1812-12-21', '1813-01-10'],
  ['Emigration peaked in the late 1880s and early 1890s.', 'the late 1880s and early 1890s', 'range', '1887-01-01', '1893-12-31'],
  ['In 1850 he recalled the late twenties and the early thirties.', 'the late twenties and the early thirties', 'range', '1827-01-01', '1833-12-31'],
  //   ... and day lists sharing their month and year
  ['The assembly sat on July 14 and 15, 1790.', 'July 14 and 15, 1790', 'range', '1790-07-14', '1790-07-15'],
  ['The assembly sat on 14 and 15 July 1790.', '14 and 15 July 1790', 'range', '1790-07-14', '1790-07-15'],
  //   anything else stays two dates
  ['Elections were held in 1832 and 1867.', '1832', 'date', '1832-01-01', '1832-12-31'],
  ['Elections were held in 1832 and 1867.', '1867', 'date', '1867-01-01', '1867-12-31'],
  ['Unrest grew in late 1830 and early 1832.', 'late 1830', 'date', '1830-09-01', '1830-12-31'],
  ['Unrest grew in late 1830 and early 1832.', 'early 1832', 'date', '1832-01-01', '1832-04-30'],
  ['Unrest grew in early 1830 and late 1831.', 'early 1830', 'date', '1830-01-01', '1830-04-30'],
  // absolute.ts: decade words with a part
  ['Jazz spread through the early twenties.', 'the early twenties', 'date', '1920-01-01', '1923-12-31'],
  ['By the mid-thirties the mood had changed.', 'the mid-thirties', 'date', '1934-01-01', '1936-12-31'],
  ['In 1750 he wrote of the late forties.', 'the late forties', 'date', '1747-01-01', '1749-12-31'],
  // absolute.ts: "the year 1666", "that year 1789"
  ['In the year 1666 London burned.', 'the year 1666', 'date', '1666-01-01', '1666-12-31'],
  ['It was in that year 1789, on a hot day, that Paris rose.', 'that year 1789', 'date', '1789-01-01', '1789-12-31'],
  // relative.ts: durations with an adjective, "and a half", hours
  ['He spent two precious years in exile.', 'two precious years', 'duration', null, null],
  ['The siege lasted three long months.', 'three long months', 'duration', null, null],
  ['She waited a year and a half for the verdict.', 'a year and a half', 'duration', null, null],
  ['The voyage took two and a half years.', 'two and a half years', 'duration', null, null],
  ['The debate went on for two hours.', 'two hours', 'duration', null, null],
  // "half a year", and a count "to the day" from an event
  ['The treaty was signed on 4 May 1720. Half a year later war resumed.', 'Half a year later', 'relative', '1720-11-01', '1720-11-30'],
  ['He was shot two weeks to the day after the verdict.', 'two weeks to the day after', 'relative', null, null],
  ['He spoke for an hour.', 'an hour', 'duration', null, null],
  ['The treaty was signed on 4 May 1720. A year and a half later war resumed.', 'A year and a half later', 'relative', '1721-11-01', '1721-11-30'],
  ['The treaty was signed on 4 May 1720. Three long months later war resumed.', 'Three long months later', 'relative', '1720-08-01', '1720-08-31'],
  ['The fort fell on 2 June 1759; two hours later the town surrendered.', 'two hours later', 'relative', null, null],
  // absolute.ts: a week of a month; of a longer period, the part that holds it (wider, never narrower)
  ['The rising collapsed in the first week of October 1793.', 'the first week of October 1793', 'date', '1793-10-01', '1793-10-07'],
  ['Talks failed in the last week of May 1851.', 'the last week of May 1851', 'date', '1851-05-25', '1851-05-31'],
  ['The fair ran in the second week of March 1820.', 'the second week of March 1820', 'date', '1820-03-08', '1820-03-14'],
  ['Snow fell in the first week of 1740.', 'the first week of 1740', 'date', '1740-01-01', '1740-03-31'],
  // discourse.ts: a relative date glossed by a parenthesised date
  ['He left Vienna in 1805. Two weeks later (2 December 1805) the battle was fought.', 'Two weeks later', 'relative', '1805-12-02', '1805-12-02'],
];

/** Sentences with no date at all. */
const NONE: string[] = [
  'She was in her early twenties then.',
  'It had been a long day for everyone.',
  'At that hour the streets were empty.',
  'The convoy left at 1400 hours.',
];

describe('recognizeDates: documented rules (coarse bases, "and" ranges, decade parts, durations)', () => {
  for (const [text, span, kind, earliest, latest] of CASES) {
    it(`${span} in "${text}"`, () => {
      const m = recognizeDates(text).find((x) => x.text === span);
      assert.ok(m, `no mention "${span}": ${JSON.stringify(recognizeDates(text).map((x) => x.text))}`);
      assert.equal(m.kind, kind);
      assert.equal(m.interval?.earliest ?? null, earliest);
      assert.equal(m.interval?.latest ?? null, latest);
    });
  }
  for (const text of NONE) {
    it(`nothing in "${text}"`, () => {
      assert.deepEqual(recognizeDates(text).map((x) => x.text), []);
    });
  }
  it('a relative date on a too-coarse base keeps its anchor', () => {
    const text = 'The abbey burned in 1174. A few days later the monks left.';
    const m = recognizeDates(text).find((x) => x.kind === 'relative')!;
    assert.equal(m.interval, undefined);
    assert.deepEqual(m.anchor && text.slice(m.anchor.start, m.anchor.end), '1174');
  });
});

describe('recognizeDates: a clerk’s days of this month, the last and the next', () => {
  it('reads "the 12th inst.", "the 28th ult." and "the 3rd prox." against the month of the date above', () => {
    const text = 'Wednesday 20th April 1927. The branch condemns the raid on the 12th inst. and the arrests of the 28th ult., and will meet on the 3rd prox.';
    const got = recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got, [
      ['Wednesday 20th April 1927', '1927-04-20'],
      ['the 12th inst.', '1927-04-12'],
      ['the 28th ult.', '1927-03-28'],
      ['the 3rd prox.', '1927-05-03'],
    ]);
    // With no day or month above, the month is unknown: nothing is read.
    assert.deepEqual(recognizeDates('The raid on the 12th inst. was condemned.'), []);
    // A day the month lacks is no date: 31 April.
    assert.deepEqual(recognizeDates('Minutes of 20th April 1927. Letter of the 31st inst. read.').map((d) => d.text), ['20th April 1927']);
  });
});

describe('recognizeDates: a day named by its weekday and its day of the month alone', () => {
  it('reads "Tuesday the 12th" in the month near the date above, or the writing date, where the 12th is a Tuesday', () => {
    const got = (text: string, written?: { earliest: string; latest: string }) => recognizeDates(text, written ? { written } : {}).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('Monday, 11 February 1929. The steamer put him ashore at Constantinople on Tuesday the 12th.'), [['Monday, 11 February 1929', '1929-02-11'], ['Tuesday the 12th', '1929-02-12']]);
    // The 12th is a Tuesday in February 1929, not in January: the next month.
    assert.deepEqual(got('On 20 January 1929 the steamer waited. It sailed on Tuesday the 12th.').slice(1), [['Tuesday the 12th', '1929-02-12']]);
    // With nothing above, the writing date.
    assert.deepEqual(got('The steamer put him ashore on Tuesday the 12th.', { earliest: '1929-02-08', latest: '1929-02-08' }), [['Tuesday the 12th', '1929-02-12']]);
    // No month within two of the date above has a Tuesday the 31st; and with nothing to read it against, no date.
    assert.deepEqual(got('On 20 February 1929 the steamer waited. It sailed on Tuesday the 31st.').map((d) => d[0]), ['20 February 1929']);
    assert.deepEqual(got('It sailed on Tuesday the 12th.'), []);
  });
});

describe('recognizeDates: a bare day after a preposition, and "of this year"', () => {
  it('reads "until the 18th" against the month just named in its paragraph, or the window of a relative date before it', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('I was in Kiev until the 10th of December 1927. The congress did not open until the 18th.').slice(1), [['the 18th', '1927-12-18']]);
    assert.deepEqual(got('He died on 29 January 1924. A few days later, on the 3rd, they met.').slice(2), [['the 3rd', '1924-02-03']]);
    // Not a century, a named day, or a day with no month above it in its paragraph.
    assert.deepEqual(got('On 3 May 1926 the 18th Army marched, as in the 18th century.').map((d) => d[0]), ['3 May 1926', 'the 18th century']);
    assert.deepEqual(got('On 3 May 1926 he wrote.\n\nBy the 18th it was done.').map((d) => d[0]), ['3 May 1926']);
  });

  it('reads "on the night of the 10th" against a date in its sentence or a diary’s dateline, not a post’s own date above it', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('Saturday, 9th February 1929. Sailed 1.30 p.m. The agent says the Ilyich sailed on the night of the 10th.').slice(1), [['the 10th', '1929-02-10']]);
    assert.deepEqual(got('In February 1929 the Ilyich sailed on the night of the 10th.').slice(1), [['the 10th', '1929-02-10']]);
    assert.deepEqual(got('> **kestrel** (15 March 2015): Lenin died on the evening of the 21st.').map((d) => d[0]), ['15 March 2015']);
  });

  it('reads "in June of this year" and "this year" in the year the text was written', () => {
    const got = recognizeDates('In 1933 he went to Paris. Since they were shot in June of this year, nobody will come.', { writtenYear: 1937 });
    assert.deepEqual(got.map((d) => [d.text, d.interval?.earliest]), [['1933', '1933-01-01'], ['June', '1937-06-01'], ['this year', '1937-01-01']]);
    // …and "of last year", "of next year" either side of it.
    assert.deepEqual(recognizeDates('In 1925 they met. He was put off the Bureau in October of last year.', { writtenYear: 1927 }).map((d) => d.interval?.earliest)[1], '1926-10-01');
    // Under an entry's dateline, "this year" is the entry's, and "on this day last year" one date, in the dateline's calendar.
    const log = recognizeDates('Sat 2 March 1918. Printed 15,200. The Tsar signed away his throne on this day last year.', { written: { earliest: '1917-03-09', latest: '1920-12-31' } });
    assert.deepEqual(log.map((d) => [d.text, d.kind, d.interval?.earliest, d.calendar]), [
      ['Sat 2 March 1918', 'date', '1918-03-02', undefined],
      ['this day last year', 'date', '1917-03-02', 'gregorian'],
    ]);
    // Without a date of writing, the story's year stands.
    assert.deepEqual(recognizeDates('In 1933 he went to Paris. In June of this year he wrote.').map((d) => d.interval?.earliest)[1], '1933-06-01');
  });
});

describe('recognizeDates: a bare day under an entry’s dateline', () => {
  it('reads the day against the dateline, not against a month of another year or calendar recalled in an earlier sentence', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('Sunday 20 November 1927. Old Petrov recalled the rising of October 1917. The papers say the two were expelled on the 14th.').slice(2), [['the 14th', '1927-11-14']]);
    // The last day of that number on or before the dateline.
    assert.deepEqual(got('Friday 4 February 1927. We spoke of January 1905. The Congress, they say, closed on the 21st.').slice(2), [['the 21st', '1927-01-21']]);
    assert.deepEqual(got('Sunday 20 November 1927. He recalled the 25th of October by the old style. On the 14th they were expelled.').slice(1), [
      ['the 25th of October by the old style', '1927-10-25'],
      ['the 14th', '1927-11-14'],
    ]);
    // A month of the dateline's year and calendar is still the day's month; so is any in the day's own sentence.
    assert.deepEqual(got('Sunday 20 November 1927. The plenum met in October. It voted on the 23rd.').slice(2), [['the 23rd', '1927-10-23']]);
    assert.deepEqual(got('Sunday 20 November 1927. In October 1917, on the 25th, the palace fell.').slice(2), [['the 25th', '1917-10-25']]);
  });

  it('reads a day well past its entry’s date, told in the past, in the month before', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('Entry of 3 February 1928: the porter says the exile reached Alma-Ata on the 25th.').slice(1), [['the 25th', '1928-01-25']]);
    // Not a day just past it (a report of what had not yet happened is the writer’s slip), nor one still to come.
    assert.deepEqual(got('Saturday, 9th February 1929. The agent had it that the Ilyich sailed on the night of the 10th.').slice(1), [['the 10th', '1929-02-10']]);
    assert.deepEqual(got('Entry of 3 February 1928: the congress will open on the 25th.').slice(1), [['the 25th', '1928-02-25']]);
  });

  it('reads "by the old style", "in the new style", "which is Old Style" after a date as its calendar', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.calendar]);
    assert.deepEqual(got('The rising came on 25 October 1917 by the old calendar.'), [['25 October 1917 by the old calendar', 'julian']]);
    assert.deepEqual(got('The palace fell on 7 November 1917 in the new style.'), [['7 November 1917 in the new style', 'gregorian']]);
    // …and "which is Old Style", "by the Russian calendar", in capitals or not.
    assert.deepEqual(got('The plaque in the lobby says 2 March 1917, which is Old Style.'), [['2 March 1917, which is Old Style', 'julian']]);
    assert.deepEqual(got('They took power on 7 November 1917, the 25th of October by the Russian calendar.'), [['7 November 1917', undefined], ['the 25th of October by the Russian calendar', 'julian']]);
    assert.deepEqual(got('It fell on 25 October 1917 in the Old Style.'), [['25 October 1917 in the Old Style', 'julian']]);
  });
});

describe('recognizeDates: "last December", "next March"', () => {
  it('reads the month before or after the day of writing (a dateline, or a text written within a year), not in the story’s year', () => {
    const got = (text: string, written?: { earliest: string; latest: string }) => recognizeDates(text, written ? { written } : {}).map((d) => [d.text, d.interval?.earliest]);
    const oct26 = { earliest: '1926-10-21', latest: '1926-10-21' };
    assert.deepEqual(got('The party forbade factions in March 1921. Last December I drove a delegate to the congress; next March we shall see.', oct26).slice(1), [
      ['Last December', '1925-12-01'],
      ['next March', '1927-03-01'],
    ]);
    // A diary's entry counts from its own dateline, "written" or "dated" as it may say.
    assert.deepEqual(got('Annotation, written 28 January 1937. Zinoviev was shot last August.', { earliest: '1915-06-02', latest: '1937-02-10' }).slice(1), [['last August', '1936-08-01']]);
    assert.deepEqual(got('Moscow, 3 October 1929. Last January we were in Alma-Ata.', { earliest: '1928-01-01', latest: '1933-12-31' }).slice(1), [['Last January', '1929-01-01']]);
    // Written over years, with no dateline, "last December" is left in the story.
    assert.deepEqual(got('In 1921 the party met. Last December I drove a delegate.', { earliest: '1921-01-01', latest: '1926-12-31' }).slice(1), [['December', '1921-12-01']]);
    // "December last", "March next": the same, in the clerk's order; "in December last year" is left to "of last year".
    const feb28 = { earliest: '1928-02-23', latest: '1928-02-23' };
    assert.deepEqual(got('Newsreel: the Fifteenth Congress, Moscow, December last; then a comedy.', feb28), [['December last', '1927-12-01']]);
    assert.deepEqual(got('We met in May last, and shall meet in March next.', feb28), [['May last', '1927-05-01'], ['March next', '1928-03-01']]);
    assert.deepEqual(got('May last long, this peace.', feb28), []);
  });
});

describe('recognizeDates: a month whose year is counted after it', () => {
  it('reads "in May and in December of the year before" in the year before the last date told, not in the story\'s year', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('This is Lenin after the stroke of March 1923. There had been strokes in May and in December of the year before.').slice(1), [
      ['May', '1922-05-01'],
      ['December of the year before', '1922-12-01'],
    ]);
    assert.deepEqual(got('He fell ill in March 1923. In January of the following year he died.').slice(1), [['January of the following year', '1924-01-01']]);
    assert.deepEqual(got('The congress met in April 1923, and again in May of that year.').slice(1), [['May of that year', '1923-05-01']]);
    // A month with a year of its own keeps it; "the year before" alone is still counted from the date before it.
    assert.deepEqual(got('In March 1923 he fell ill. In May 1922 and the year before he had worked.').slice(1).map((d) => d[1]), ['1922-05-01', '1921-01-01']);
  });
});

describe('recognizeDates: a year cut to two figures', () => {
  it('reads "January \'29" and "April ’27" in the twentieth century, and no bare "\'29"', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got("They put him off the boat at the end of January '29, didn't they?"), [["the end of January '29", '1929-01-21']]);
    assert.deepEqual(got('in Shanghai in April ’27 and after'), [['April ’27', '1927-04-01']]);
    assert.deepEqual(got("On 3 May '26 he wrote."), [["3 May '26", '1926-05-03']]);
    assert.deepEqual(got("The class of '29 met."), []);
  });
});

describe('recognizeDates: "on this day in <year>"', () => {
  it('reads the anniversary formula as one date, the day of "this day" in the year written', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest, d.kind]);
    assert.deepEqual(got('| Sat 14 Jun 2030 | On this day in 1846 the bridge opened to carts. |'), [['Sat 14 Jun 2030', '2030-06-14', 'date'], ['this day in 1846', '1846-06-14', 'date']]);
    // With no day for "this day", the year alone.
    assert.deepEqual(got('On this day in 1846 the bridge opened to carts.'), [['1846', '1846-01-01', 'date']]);
  });
});

describe('recognizeDates: "two years today"', () => {
  it('reads a count back to the day from "today" as one date, with "ago" or before "since"', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest, d.interval?.latest]);
    assert.deepEqual(got('10 February 1931. Two years today, he said, since the steamer put him ashore.'), [['10 February 1931', '1931-02-10', '1931-02-10'], ['Two years today', '1929-02-10', '1929-02-10']]);
    assert.deepEqual(got('29 February 1932. It is three years ago today that the boat sailed.'), [['29 February 1932', '1932-02-29', '1932-02-29'], ['three years ago today', '1929-02-28', '1929-02-28']]);
    assert.deepEqual(got('10 February 1931. Six weeks today since the move.')[1], ['Six weeks today', '1930-12-30', '1930-12-30']);
    assert.deepEqual(got('26 January 1931. Advertisement: "TWO YEARS AGO THIS MONTH he stepped ashore."')[1], ['TWO YEARS AGO THIS MONTH', '1929-01-01', '1929-01-31']);
    // Without "ago" or "since" the count may run forward ("two years today I shall be free"): the count and the day apart.
    assert.deepEqual(got('10 February 1931. Two years today I shall be free.').map(([t]) => t), ['10 February 1931', 'Two years', 'today']);
  });

  it('counts from "yesterday" too, reads "today is five years since", and moves a count after it with it', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('Monday 22 January 1934. He says it is ten years yesterday since Lenin died.')[1], ['ten years yesterday', '1924-01-21']);
    assert.deepEqual(got('Saturday 10 February 1934. She says today is five years since they sailed from Odessa; two days later they landed.').slice(1), [['today is five years', '1929-02-10'], ['two days later', '1929-02-12']]);
    assert.deepEqual(got('Saturday 10 February 1934. Five years ago today they sailed from Odessa; two days later they landed.').slice(1), [['Five years ago today', '1929-02-10'], ['two days later', '1929-02-12']]);
    // (Not a count in another sentence: that one counts from the entry's day.)
    assert.deepEqual(got('Saturday 10 February 1934. Five years ago today they sailed. Two days later, the papers say, it will thaw.')[2], ['Two days later', '1934-02-12']);
  });
});

describe('recognizeDates: nights and evenings', () => {
  it('counts nights, evenings and mornings as days from the date before', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('On 23 January 1924 we read that he had died two nights before.'), [['23 January 1924', '1924-01-23'], ['two nights before', '1924-01-21']]);
    assert.deepEqual(got('On 23 January 1924 we read that he had died the previous evening.'), [['23 January 1924', '1924-01-23'], ['the previous evening', '1924-01-22']]);
    // A stay of two nights is a duration: no date.
    assert.deepEqual(got('He spent two nights in the cell.'), [['two nights', undefined]]);
  });
});

describe('recognizeDates: a month and "the" and an ordinal', () => {
  it('reads "July the 23rd" as the day, as a speaker says it', () => {
    const got = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(got('"October the 16th, 1926, a Saturday! The leaders sign."'), [['October the 16th, 1926', '1926-10-16']]);
    assert.deepEqual(got('In 1926: July the 23rd, a week after he fell.')[1], ['July the 23rd', '1926-07-23']);
    // (Not "May the best man win", nor a month before "the 23rd" of something else without the ordinal's suffix.)
    assert.deepEqual(got('In 1926 May the best man win.').map(([t]) => t), ['1926']);
  });
});
