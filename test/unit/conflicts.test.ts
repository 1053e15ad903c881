import { strict as assert } from 'node:assert';
import { compatible, eventConflicts, type Claim, type RegisterEntry } from '../../server/src/core';

const event = { id: 'e', name: 'The Event', type: 'event', dates: [], aliases: [], derived: [], misspellings: [], participants: [], triggers: [], context: [], discrepancies: [], span: { start: 0, end: 0 }, idSpan: { start: 0, end: 0 } } as RegisterEntry;
const claim = (source: string, earliest: string, latest = earliest, otherReading?: Claim['otherReading']): Claim => ({
  event: 'e', source, start: 0, end: 1, trigger: { start: 0, end: 0 }, dateText: `${earliest}/${latest}`, interval: { earliest, latest }, otherReading, qualifiers: [], approximate: false,
});
const opts = { reference: false, sourceName: (s: string) => s };

describe('conflict rule', () => {
  it('a year contains a day in it: no conflict', () => {
    assert.ok(compatible(claim('a', '1924-01-01', '1924-12-31'), claim('b', '1924-01-21')));
  });
  it('early January does not contain 21 January', () => {
    assert.ok(!compatible(claim('a', '1924-01-01', '1924-01-10'), claim('b', '1924-01-21')));
  });
  it('"1920-21" against "1921" is no conflict', () => {
    assert.ok(compatible(claim('a', '1920-01-01', '1921-12-31'), claim('b', '1921-01-01', '1921-12-31')));
  });
  it('Old Style and New Style readings of one day are the same date', () => {
    const os = claim('a', '1917-10-25', '1917-10-25', { earliest: '1917-11-07', latest: '1917-11-07' });
    assert.ok(compatible(os, claim('b', '1917-11-07')));
  });
  it('a plain month allows a week of slack back, none ahead; a chosen part of a month none', () => {
    const july = { ...claim('a', '1918-07-01', '1918-07-31'), granularity: 'month' as const };
    assert.ok(compatible(july, claim('b', '1918-06-28')), 'in July 1918 for 28 June: the month its effects came');
    assert.ok(compatible(claim('b', '1918-06-28'), july), 'either way round');
    assert.ok(!compatible(july, claim('b', '1918-06-20')), 'but not for 20 June');
    const february = { ...claim('a', '1918-02-01', '1918-02-28'), granularity: 'month' as const };
    assert.ok(!compatible(february, claim('b', '1918-03-03')), 'in February 1918 for 3 March puts it before it happened');
    const early = { ...claim('a', '1924-01-01', '1924-01-10'), granularity: 'month' as const, qualifiers: ['early' as const] };
    assert.ok(!compatible(early, claim('b', '1924-01-12')));
  });
  it('one source dating an event two ways is a conflict within that source', () => {
    const [c] = eventConflicts(event, [claim('a', '1920-01-01'), claim('a', '1925-01-01')], opts);
    assert.equal(c.rule, 'within-source');
    assert.equal(c.message, 'a dates The Event two ways: "1920-01-01/1920-01-01" (1920-01-01) and "1925-01-01/1925-01-01" (1925-01-01).');
  });
  it('dates inside an event the register says lasted days may date its different moments', () => {
    const rising = { ...event, dates: [{ role: 'happened', edtf: '1921-03-01/1921-03-18', interval: { earliest: '1921-03-01', latest: '1921-03-18' }, granularity: 'day' as const, span: { start: 0, end: 0 } }] };
    assert.deepEqual(eventConflicts(rising, [claim('a', '1921-03-01'), claim('a', '1921-03-18'), claim('b', '1921-03-07')], opts), []);
    assert.equal(eventConflicts(rising, [claim('a', '1921-03-01'), claim('b', '1921-04-18')], opts).length, 1);
  });
  it('a source cannot date an event after it was written', () => {
    const written = () => ({ interval: { earliest: '1927-11-11', latest: '1927-11-11' }, text: '1927-11-11', at: 'sources.yaml', start: 5, end: 15 });
    const [c] = eventConflicts(event, [claim('a', '1927-11-14')], { ...opts, written });
    assert.equal(c.rule, 'anachronism');
    assert.equal(c.message, 'a dates The Event to "1927-11-14/1927-11-14" (1927-11-14), after it was written (1927-11-11).');
    assert.deepEqual({ ...c.b, interval: undefined }, { source: 'sources.yaml', start: 5, end: 15, text: '1927-11-11', interval: undefined, metadata: true });
    assert.deepEqual(eventConflicts(event, [claim('a', '1927-11-07')], { ...opts, written }), [], 'an anniversary before the writing');
  });
  it('a source cannot tell as over a span of days that ends after it was written', () => {
    const written = () => ({ interval: { earliest: '1921-06-30', latest: '1921-06-30' }, text: '1921-06-30', at: 'sources.yaml', start: 5, end: 15 });
    const sat: Claim = { ...claim('a', '1921-06-22', '1921-07-12'), dateText: 'from 22 June to 12 July', granularity: 'day', closed: true };
    const [c] = eventConflicts(event, [sat], { ...opts, written });
    assert.equal(c?.message, 'a tells The Event as over, "from 22 June to 12 July" (1921-06-22 – 1921-07-12), but it was written (1921-06-30) before that end.');
    // The same span not told as over (planned, or read as any day of it) is no anachronism.
    assert.deepEqual(eventConflicts(event, [{ ...sat, closed: undefined }], { ...opts, written }), []);
  });
  it('checks an opening date against the first month of a campaign the register dates by months, give or take half a year', () => {
    const drive = { ...event, dates: [{ role: 'happened', edtf: '1929-11/1933', interval: { earliest: '1929-11-01', latest: '1933-12-31' }, granularity: 'year' as const, span: { start: 0, end: 0 } }] };
    const launched = (earliest: string, latest: string): Claim => ({ ...claim('a', earliest, latest), phase: 'start', granularity: 'season' });
    const withReference = { ...opts, reference: true, registerKey: 'register.yaml' };
    const [c] = eventConflicts(drive, [launched('1931-03-01', '1931-05-31')], withReference);
    assert.equal(c?.rule, 'source-vs-reference', '"launched in the spring of 1931" is a year and more after November 1929');
    assert.deepEqual(eventConflicts(drive, [launched('1930-01-01', '1930-03-31')], withReference), [], '"launched in the winter of 1930": within half a year');
    assert.deepEqual(eventConflicts(drive, [claim('a', '1931-03-01', '1931-05-31')], withReference), [], 'a day of the campaign, not its start');
  });
  it('reports one conflict per disagreeing pair of sources, repeated dates collapsed', () => {
    const found = eventConflicts(event, [claim('a', '1924-01-21'), claim('a', '1924-01-21'), claim('b', '1923-01-21')], opts);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /The Event/);
  });
});
