import { strict as assert } from 'assert';
import { recognizeDates } from '../../server/src/core/dates';
import type { DateKind } from '../../server/src/core/types';

// Other periods and styles: [sentence, span, kind, earliest, latest]
const CASES: Array<[string, string, DateKind, string | null, string | null]> = [
  ['The Armada sailed in July 1588 and was scattered by August.', 'July 1588', 'date', '1588-07-01', '1588-07-31'],
  ['The Armada sailed in July 1588 and was scattered by August.', 'August', 'date', '1588-08-01', '1588-08-31'],
  ['Parliament met on 3 November 1640 (the Long Parliament).', '3 November 1640', 'date', '1640-11-03', '1640-11-03'],
  ['The Edict of Nantes (1598) was revoked in 1685.', '1685', 'date', '1685-01-01', '1685-12-31'],
  ['Constantinople fell on 29 May 1453 after a siege of 53 days.', '53 days', 'duration', null, null],
  ['Between the years 1337 and 1453 England and France fought.', 'Between the years 1337 and 1453', 'range', '1337-01-01', '1453-12-31'],
  ['The reign of Louis XIV, 1643–1715, was long.', '1643–1715', 'range', '1643-01-01', '1715-12-31'],
  ['In the late 1780s unrest grew.', 'the late 1780s', 'date', '1787-01-01', '1789-12-31'],
  ['By the mid-1790s it had faded.', 'the mid-1790s', 'date', '1794-01-01', '1796-12-31'],
  ['The Congress of Vienna (1814–15) redrew the map.', '1814–15', 'range', '1814-01-01', '1815-12-31'],
  ['Augustus died in AD 14; Tiberius succeeded him.', 'AD 14', 'date', '0014-01-01', '0014-12-31'],
  ['In the third century BC Rome expanded.', 'the third century BC', 'date', '-0299-01-01', '-0200-12-31'],
  ['In 1848, in February, Paris rose.', 'February', 'date', '1848-02-01', '1848-02-29'],
  ['During the winter of 1916–17 bread ran short.', 'the winter of 1916–17', 'date', '1916-12-01', '1917-02-28'],
  ['By the end of the 1890s the railway was complete.', 'the end of the 1890s', 'date', '1897-01-01', '1899-12-31'],
  ['The letter, dated 3rd March 1861, survives.', '3rd March 1861', 'date', '1861-03-03', '1861-03-03'],
  ['On the 1st of May 1886 the strike began.', 'the 1st of May 1886', 'date', '1886-05-01', '1886-05-01'],
  ['It was on Tuesday, 4th July 1776.', 'Tuesday, 4th July 1776', 'date', '1776-07-04', '1776-07-04'],
  ['Dated 25/12/1800 in the register.', '25/12/1800', 'date', '1800-12-25', '1800-12-25'],
  ['Richard III died at Bosworth on 22 August 1485.', '22 August 1485', 'date', '1485-08-22', '1485-08-22'],
  ['By Easter 1917 the tsar was gone.', 'Easter 1917', 'date', '1917-04-08', '1917-04-08'],
  ['The synod met at Easter 1066.', 'Easter 1066', 'date', '1066-04-16', '1066-04-16'],
  ['Between 20 and 25 October 1917 the Bolsheviks took power.', 'Between 20 and 25 October 1917', 'range', '1917-10-20', '1917-10-25'],
  ['On the night of 24–25 October 1917 the palace fell.', '24–25 October 1917', 'range', '1917-10-24', '1917-10-25'],
  ['On 25 October/7 November 1917 the palace fell.', '25 October/7 November 1917', 'date', '1917-10-25', '1917-10-25'],
  ['It fell on October 25 (November 7), 1917.', 'October 25 (November 7), 1917', 'date', '1917-10-25', '1917-10-25'],
  ['The new year began on New Year\'s Day 1700.', "New Year's Day 1700", 'date', '1700-01-01', '1700-01-01'],
  ['The Great Fire burned from 2 to 6 September 1666.', 'from 2 to 6 September 1666', 'range', '1666-09-02', '1666-09-06'],
  ['Trade fairs flourished c. AD 1200.', 'c. AD 1200', 'date', '1198-01-01', '1202-12-31'],
  ['The Magna Carta (1215) was reissued in 1216, 1217 and 1225.', '1225', 'date', '1225-01-01', '1225-12-31'],
  ['Napoleon returned in March 1815; a hundred days later he was gone.', 'March 1815', 'date', '1815-03-01', '1815-03-31'],
  ['Paris, 18.3.1871: the Commune is proclaimed.', '18.3.1871', 'date', '1871-03-18', '1871-03-18'],
  ['Hij werd geboren op 1-4-1850.', '1-4-1850', 'date', '1850-04-01', '1850-04-01'],
  ['The treaty of 1648 ended the war; two years later peace held.', 'two years later', 'relative', '1650-01-01', '1650-12-31'],
  ['Pompeii was buried in AD 79, in the autumn.', 'the autumn', 'date', '0079-09-01', '0079-11-30'],
  ['The Fronde broke out in 1648. The following year the court fled.', 'The following year', 'relative', '1649-01-01', '1649-12-31'],
  ['The Peace of Westphalia was signed in October 1648. Later that year plague came.', 'that year', 'relative', '1648-01-01', '1648-12-31'],
  ['The siege began on 6 April 1453. Seven weeks later the city fell.', 'Seven weeks later', 'relative', '1453-05-25', '1453-05-25'],
];

describe('recognizeDates: other periods and styles', () => {
  for (const [sentence, span, kind, earliest, latest] of CASES) {
    it(`${span}  ⟵  ${sentence}`, () => {
      const ms = recognizeDates(sentence);
      const m = ms.find((x) => x.text === span);
      assert.ok(m, `no mention "${span}"; got ${JSON.stringify(ms.map((x) => x.text))}`);
      assert.equal(m.kind, kind);
      if (earliest === null) assert.equal(m.interval, undefined);
      else {
        assert.deepEqual(m.interval, { earliest, latest });
      }
    });
  }
  it('double dating marks the Julian calendar and gives the Gregorian reading', () => {
    const [m] = recognizeDates('On 25 October/7 November 1917 the palace fell.');
    assert.equal(m.calendar, 'julian');
    assert.deepEqual(m.otherCalendar, { earliest: '1917-11-07', latest: '1917-11-07', calendar: 'gregorian' });
  });
  it('an inconsistent double date is not taken as O.S./N.S.', () => {
    const ms = recognizeDates('On 25 October/9 November 1917 the palace fell.');
    assert.ok(!ms.some((m) => m.calendar));
  });
});
