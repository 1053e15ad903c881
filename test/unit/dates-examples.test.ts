// Every form the dates issue names, as one table: span (by Clio's span
// conventions: "the" belongs to "the 4th of January", "from" to "from X to Y"),
// kind and interval. A regression guard over the whole grammar.
import { strict as assert } from 'node:assert';
import { recognizeDates } from '../../server/src/core';

type Row = [sentence: string, span: string, kind: string, earliest: string, latest: string];

const ROWS: Row[] = [
  ['It happened on January 4, 1923.', 'January 4, 1923', 'date', '1923-01-04', '1923-01-04'],
  ['It happened on 4 January 1923.', '4 January 1923', 'date', '1923-01-04', '1923-01-04'],
  ['It happened on the 4th of January 1923.', 'the 4th of January 1923', 'date', '1923-01-04', '1923-01-04'],
  ['Signed 8.10.1923 in Berlin.', '8.10.1923', 'date', '1923-10-08', '1923-10-08'],
  ['Signed 1923-10-08 in Berlin.', '1923-10-08', 'date', '1923-10-08', '1923-10-08'],
  // A month in ISO form (a table's cell), where it cannot be a span of years: "1905-07" may be 1905–1907.
  ['| 5 | 1922-12 | Formation of the USSR |', '1922-12', 'date', '1922-12-01', '1922-12-31'],
  ['The years 1905-07 were hard.', '1905-07', 'range', '1905-01-01', '1907-12-31'],
  ['Publication date: Sunday 19 March 2017', 'Sunday 19 March 2017', 'date', '2017-03-19', '2017-03-19'],
  ['In March 1921 the sailors rose.', 'March 1921', 'date', '1921-03-01', '1921-03-31'],
  ['In 1921 the sailors rose.', '1921', 'date', '1921-01-01', '1921-12-31'],
  ['In the spring of 1921 they rose.', 'the spring of 1921', 'date', '1921-03-01', '1921-05-31'],
  ['Autumn 1923 was tense.', 'Autumn 1923', 'date', '1923-09-01', '1923-11-30'],
  ['During the winter of 1928 he froze.', 'the winter of 1928', 'date', '1928-12-01', '1929-02-28'],
  ['In early 1928 he left.', 'early 1928', 'date', '1928-01-01', '1928-04-30'],
  ['In mid 1928 he left.', 'mid 1928', 'date', '1928-05-01', '1928-08-31'],
  ['In late 1928 he left.', 'late 1928', 'date', '1928-09-01', '1928-12-31'],
  ['In early January 1924 he left.', 'early January 1924', 'date', '1924-01-01', '1924-01-10'],
  ['In 1924, by mid-January, he left.', 'mid-January', 'date', '1924-01-11', '1924-01-20'],
  ['By the end of 1920 it was over.', 'the end of 1920', 'date', '1920-10-01', '1920-12-31'],
  ['At the beginning of 1923 it began.', 'the beginning of 1923', 'date', '1923-01-01', '1923-03-31'],
  ['In the first half of 1923 it grew.', 'the first half of 1923', 'date', '1923-01-01', '1923-06-30'],
  ['From late 1922/early 1923 he ailed.', 'late 1922/early 1923', 'range', '1922-09-01', '1923-04-30'],
  ['From end-1922 to early 1923 he ailed.', 'From end-1922 to early 1923', 'range', '1922-10-01', '1923-04-30'],
  ['It was around Christmas 1922.', 'around Christmas 1922', 'date', '1922-12-22', '1922-12-28'],
  ['Born c. 1850 in Kiev.', 'c. 1850', 'date', '1848-01-01', '1852-12-31'],
  ['Born circa 1850 in Kiev.', 'circa 1850', 'date', '1848-01-01', '1852-12-31'],
  ['Born about 1850 in Kiev.', 'about 1850', 'date', '1848-01-01', '1852-12-31'],
  ['It was some time in 1927.', '1927', 'date', '1927-01-01', '1927-12-31'],
  ['The famine of 1920-21 killed millions.', '1920-21', 'range', '1920-01-01', '1921-12-31'],
  ['In 1922-1923 they argued.', '1922-1923', 'range', '1922-01-01', '1923-12-31'],
  ['He lived abroad 1908-1911.', '1908-1911', 'range', '1908-01-01', '1911-12-31'],
  ['The war lasted from 1914 to 1918.', 'from 1914 to 1918', 'range', '1914-01-01', '1918-12-31'],
  ['It grew between 1920 and 1925.', 'between 1920 and 1925', 'range', '1920-01-01', '1925-12-31'],
  ['It ran from December 1920 to the spring of 1921.', 'from December 1920 to the spring of 1921', 'range', '1920-12-01', '1921-05-31'],
  ['In November-December 1923 they debated.', 'November-December 1923', 'range', '1923-11-01', '1923-12-31'],
  ['From July to September 1923 they waited.', 'From July to September 1923', 'range', '1923-07-01', '1923-09-30'],
  ['From October 1923-January 1924 they fought.', 'From October 1923-January 1924', 'range', '1923-10-01', '1924-01-31'],
  ['In the period 1919-1923 they ruled.', 'the period 1919-1923', 'range', '1919-01-01', '1923-12-31'],
  ['In the 1920s they ruled.', 'the 1920s', 'date', '1920-01-01', '1929-12-31'],
  ["In the 30's they purged.", "the 30's", 'date', '1930-01-01', '1939-12-31'],
  ['In the late 1920s they ruled.', 'the late 1920s', 'date', '1927-01-01', '1929-12-31'],
  ['In the 19th century it grew.', 'the 19th century', 'date', '1800-01-01', '1899-12-31'],
  ['In the late nineteenth century it grew.', 'the late nineteenth century', 'date', '1867-01-01', '1899-12-31'],
  ['Caesar died in 44 BC.', '44 BC', 'date', '-0043-01-01', '-0043-12-31'],
  ['Charlemagne was crowned in AD 800.', 'AD 800', 'date', '0800-01-01', '0800-12-31'],
  ['Athens flourished in the 5th century BC.', 'the 5th century BC', 'date', '-0499-01-01', '-0400-12-31'],
];

describe('every date form the issue names', () => {
  for (const [sentence, span, kind, earliest, latest] of ROWS) {
    it(`${span}`, () => {
      const m = recognizeDates(sentence).find((d) => d.text === span);
      assert.ok(m, `"${span}" not found in: ${JSON.stringify(recognizeDates(sentence).map((d) => d.text))}`);
      assert.deepEqual([m.kind, m.interval?.earliest, m.interval?.latest], [kind, earliest, latest]);
    });
  }

  it('reads the movable feasts counted from Easter: Easter Monday, Good Friday, Whit Sunday and Monday', () => {
    const days = (text: string) => recognizeDates(text).map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(days('Signed at Rapallo on Easter Monday 1922; not on Easter Sunday 1922.'), [['Easter Monday 1922', '1922-04-17'], ['Easter Sunday 1922', '1922-04-16']]);
    assert.deepEqual(days('The London congress opened on Whit Sunday 1907 and sat over Whit Monday 1907.'), [['Whit Sunday 1907', '1907-05-19'], ['Whit Monday 1907', '1907-05-20']]);
    assert.deepEqual(days('Arrested on Good Friday 1917.'), [['Good Friday 1917', '1917-04-06']]);
    // "Good" and "Whit" alone are no dates.
    assert.deepEqual(days('Good news came on Whit.'), []);
  });

  it('"yesterday" and "today" count from a dateline only', () => {
    const days = (text: string) => recognizeDates(text).filter((d) => d.kind === 'relative').map((d) => [d.text, d.interval?.earliest]);
    assert.deepEqual(days('MOSCOW, 22 JANUARY 1924 (ROSTA). — Lenin died yesterday at Gorki.'), [['yesterday', '1924-01-21']]);
    assert.deepEqual(days('CONSTANTINOPLE FEB 12, 1929 — TROTSKY LANDED TODAY.'), [['TODAY', '1929-02-12']]);
    // A weekday is the last such day on or before the dateline's, whatever dates came between.
    assert.deepEqual(days('Tuesday 15 June 1937. The rumour reached us today that Tukhachevsky was shot on Saturday.'), [['today', '1937-06-15'], ['Saturday', '1937-06-12']]);
    assert.deepEqual(days('MOSCOW, 22 JANUARY 1924. — Lenin died on Monday evening.'), [['Monday evening', '1924-01-21']]);
    // "since Wednesday" counts from the last Wednesday too.
    assert.deepEqual(days('Friday 4 March 1938. The new trial has sat since Wednesday.'), [['Wednesday', '1938-03-02']]);
    assert.deepEqual(recognizeDates('At Rapallo, on Easter Sunday, 16 April 1922, the treaty was signed.').map((d) => d.text), ['Easter Sunday', '16 April 1922']);
    // A date of the story is no dateline: "today" is the writer's day, which the text does not give, and no date.
    assert.deepEqual(days('Lenin died on 21 January 1924. Today his body lies in the mausoleum.'), []);
  });

  it('implied years and relative dates take their anchor from the text, never from today', () => {
    const text = 'In 1923 the crisis grew. On October 25 the Politburo met, and on December 8 he wrote. That spring he was ill. Two years later he returned. A week after 3 May 1925 he spoke.';
    const got = recognizeDates(text).map((d) => [d.text, d.kind, d.interval?.earliest, d.interval?.latest]);
    assert.deepEqual(got, [
      ['1923', 'date', '1923-01-01', '1923-12-31'],
      ['October 25', 'date', '1923-10-25', '1923-10-25'],
      ['December 8', 'date', '1923-12-08', '1923-12-08'],
      ['That spring', 'date', '1923-03-01', '1923-05-31'],
      ['Two years later', 'relative', '1925-01-01', '1925-12-31'],
      ['A week after 3 May 1925', 'relative', '1925-05-10', '1925-05-10'],
    ]);
    const [alone] = recognizeDates('The next day he left.');
    assert.equal(alone.kind, 'relative');
    assert.equal(alone.interval, undefined, 'no anchor: no interval, no guess about now');
  });

  it('keeps the date as written in Old Style and gives the New Style reading', () => {
    const [d] = recognizeDates('The insurrection began on October 25, 1917 (O.S.).');
    assert.deepEqual([d.text, d.interval?.earliest, d.calendar, d.otherCalendar?.earliest], ['October 25, 1917', '1917-10-25', 'julian', '1917-11-07']);
  });

  it('does not take numbers, ordinals and event names for dates', () => {
    for (const s of ['See p. 421 of the memoir.', 'At the 15th Congress the left lost.', 'It had 700,000 members.', 'On the 92nd anniversary we met.', 'They demanded a seven hour day.', 'The score was 10/18.', 'Issue No. 39, vol. 3.', 'The October Revolution, the April Theses and the July Days.']) {
      assert.deepEqual(recognizeDates(s).map((d) => d.text), [], s);
    }
  });
});
