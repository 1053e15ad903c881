import { strict as assert } from 'assert';
import {
  addDays,
  addMonths,
  addYears,
  civilFromDays,
  compareIso,
  dayToIso,
  daysFromCivil,
  daysFromJulian,
  formatIso,
  formatYear,
  gregorianToJulian,
  intervalsOverlap,
  isoToDay,
  julianFromDays,
  julianOffset,
  julianToGregorian,
  otherCalendarReading,
  parseIso,
  russianCalendarSwitch,
  teiAttributes,
  toTeiYear,
} from '../../server/src/core/dates';

const jToG = (iso: string) => dayToIso(julianToGregorian(isoToDay(iso)));
const gToJ = (iso: string) => dayToIso(gregorianToJulian(isoToDay(iso)));

describe('calendar: day numbers', () => {
  it('1970-01-01 is day 0', () => {
    assert.equal(daysFromCivil(1970, 1, 1), 0);
    assert.deepEqual(civilFromDays(0), { y: 1970, m: 1, d: 1 });
  });
  it('round-trips every 997th day over ±2200 years', () => {
    for (let d = -800000; d <= 800000; d += 997) {
      const c = civilFromDays(d);
      assert.equal(daysFromCivil(c.y, c.m, c.d), d);
      assert.equal(isoToDay(dayToIso(d)), d);
    }
  });
  it('consecutive days are consecutive dates around leap days', () => {
    assert.equal(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28), 2);
    assert.equal(daysFromCivil(1900, 3, 1) - daysFromCivil(1900, 2, 28), 1);
    assert.equal(daysFromCivil(0, 3, 1) - daysFromCivil(0, 2, 28), 2); // 1 BC is a leap year
  });
});

describe('calendar: ISO formatting with astronomical years', () => {
  it('formats years', () => {
    assert.equal(formatYear(1923), '1923');
    assert.equal(formatYear(800), '0800');
    assert.equal(formatYear(0), '0000');
    assert.equal(formatYear(-43), '-0043');
    assert.equal(formatYear(12000), '+12000');
    assert.equal(formatYear(-12000), '-12000');
  });
  it('formats and parses dates', () => {
    assert.equal(formatIso(-43, 3, 15), '-0043-03-15');
    assert.deepEqual(parseIso('-0043-03-15'), { y: -43, m: 3, d: 15 });
    assert.deepEqual(parseIso('0000-01-01'), { y: 0, m: 1, d: 1 });
    assert.equal(parseIso('1900-02-29'), undefined);
    assert.equal(parseIso('1917-13-01'), undefined);
    assert.equal(parseIso('garbage'), undefined);
    assert.equal(dayToIso(isoToDay('+12000-06-01')), '+12000-06-01');
  });
  it('compares ISO strings numerically, negatives included', () => {
    assert.ok(compareIso('-0043-01-01', '0001-01-01') < 0);
    assert.ok(compareIso('-0100-01-01', '-0043-01-01') < 0);
    assert.equal(compareIso('1917-11-07', '1917-11-07'), 0);
  });
  it('adds days, months and years', () => {
    assert.equal(addDays('1917-12-31', 1), '1918-01-01');
    assert.equal(addDays('0001-01-01', -1), '0000-12-31');
    assert.equal(addMonths('1924-01-31', 1), '1924-02-29');
    assert.equal(addMonths('1923-01-31', 1), '1923-02-28');
    assert.equal(addMonths('1923-11-15', 3), '1924-02-15');
    assert.equal(addMonths('1923-02-15', -3), '1922-11-15');
    assert.equal(addYears('1916-02-29', 1), '1917-02-28');
  });
  it('tests interval overlap', () => {
    assert.ok(intervalsOverlap({ earliest: '1917-01-01', latest: '1917-12-31' }, { earliest: '1917-12-31', latest: '1918-01-05' }));
    assert.ok(!intervalsOverlap({ earliest: '1917-01-01', latest: '1917-12-31' }, { earliest: '1918-01-01', latest: '1918-01-05' }));
    assert.ok(intervalsOverlap({ earliest: '-0050-01-01', latest: '-0040-12-31' }, { earliest: '-0043-03-15', latest: '-0043-03-15' }));
  });
});

describe('calendar: Julian and Gregorian', () => {
  it('25 October 1917 O.S. is 7 November 1917 N.S.', () => {
    assert.equal(jToG('1917-10-25'), '1917-11-07');
    assert.equal(gToJ('1917-11-07'), '1917-10-25');
  });
  it('1 January 1800 O.S. is 12 January 1800 N.S. (the gap becomes 12 days on Julian 29 Feb 1800)', () => {
    assert.equal(jToG('1800-01-01'), '1800-01-12');
    assert.equal(jToG('1800-03-01'), '1800-03-13');
  });
  it('the Gregorian reform: 4 Oct 1582 Julian was followed by 15 Oct 1582 Gregorian', () => {
    assert.equal(jToG('1582-10-05'), '1582-10-15');
    assert.equal(jToG('1582-10-04'), '1582-10-14');
  });
  it('offsets per century', () => {
    const cases: Array<[number, number]> = [
      [-500, -5], [1, -2], [150, -1], [200, 0], [300, 1], [500, 2], [1000, 6], [1300, 8], [1582, 10], [1650, 10],
      [1750, 11], [1850, 12], [1900, 13], [1950, 13], [2099, 13], [2150, 14],
    ];
    for (const [y, off] of cases) {
      const g = daysFromCivil(y, 6, 1);
      assert.equal(julianOffset(g), off, `offset in ${y}`);
    }
  });
  it('13 days everywhere in 1900–2099 (after Julian 29 Feb 1900)', () => {
    for (let y = 1901; y < 2100; y += 7) assert.equal(julianOffset(daysFromCivil(y, 1, 1)), 13);
  });
  it('Julian day numbers round-trip', () => {
    for (let d = -800000; d <= 800000; d += 1009) {
      const j = julianFromDays(d);
      assert.equal(daysFromJulian(j.y, j.m, j.d), d);
    }
  });
  it('Julian 29 February 1900 exists and is 13 March 1900 Gregorian', () => {
    assert.equal(dayToIso(daysFromJulian(1900, 2, 29)), '1900-03-13');
  });
  it('the Russian switch', () => {
    assert.equal(jToG(russianCalendarSwitch.lastJulianDay), russianCalendarSwitch.lastJulianDayAsGregorian);
    assert.equal(addDays(russianCalendarSwitch.lastJulianDayAsGregorian, 1), russianCalendarSwitch.firstGregorianDay);
  });
  it('otherCalendarReading applies to short intervals before 14 Feb 1918', () => {
    assert.deepEqual(otherCalendarReading({ earliest: '1917-10-25', latest: '1917-10-25' }), { earliest: '1917-11-07', latest: '1917-11-07' });
    assert.deepEqual(otherCalendarReading({ earliest: '1917-02-01', latest: '1917-02-28' }), { earliest: '1917-02-14', latest: '1917-03-13' });
    assert.equal(otherCalendarReading({ earliest: '1917-01-01', latest: '1917-12-31' }), undefined);
    assert.equal(otherCalendarReading({ earliest: '1918-03-01', latest: '1918-03-01' }), undefined);
  });
});

describe('calendar: TEI', () => {
  it('TEI years have no year zero', () => {
    assert.equal(toTeiYear(-43), '-0044');
    assert.equal(toTeiYear(0), '-0001');
    assert.equal(toTeiYear(1), '0001');
    assert.equal(toTeiYear(1917), '1917');
  });
  it('teiAttributes gives @when for whole units, else @notBefore/@notAfter', () => {
    assert.deepEqual(teiAttributes({ earliest: '-0043-01-01', latest: '-0043-12-31' }, 'year'), { when: '-0044' });
    assert.deepEqual(teiAttributes({ earliest: '1917-10-01', latest: '1917-10-31' }, 'month'), { when: '1917-10' });
    assert.deepEqual(teiAttributes({ earliest: '1917-11-07', latest: '1917-11-07' }, 'day'), { when: '1917-11-07' });
    assert.deepEqual(teiAttributes({ earliest: '-0043-03-15', latest: '-0043-03-15' }, 'day'), { when: '-0044-03-15' });
    assert.deepEqual(teiAttributes({ earliest: '1920-01-01', latest: '1921-12-31' }, 'year'), { notBefore: '1920-01-01', notAfter: '1921-12-31' });
  });
});
