import { strict as assert } from 'node:assert';
import { recognizeDates } from '../../server/src/core';
import { compactInterval, needsHint } from '../../server/src/features/inlayHints';

describe('inlay hint labels', () => {
  it('writes intervals compactly', () => {
    assert.equal(compactInterval('1924-01-21', '1924-01-21'), '21 Jan 1924');
    assert.equal(compactInterval('1924-01-01', '1924-01-10'), '1–10 Jan 1924');
    assert.equal(compactInterval('1928-01-01', '1928-04-30'), 'Jan–Apr 1928');
    assert.equal(compactInterval('1921-03-01', '1921-05-31'), 'Mar–May 1921');
    assert.equal(compactInterval('1920-01-01', '1921-12-31'), '1920–1921');
    assert.equal(compactInterval('1928-12-01', '1929-02-28'), 'Dec 1928 – Feb 1929');
    assert.equal(compactInterval('-0043-01-01', '-0043-12-31'), '44 BC');
  });

  it('hints fuzzy, implied and relative dates, not plain ones', () => {
    const text = 'In 1923 the crisis began. Early 1924 was cold. On December 8 he wrote; two years later he left. On 21 January 1924 Lenin died.';
    const hinted = recognizeDates(text).filter(needsHint).map((d) => d.text);
    assert.deepEqual(hinted, ['Early 1924', 'December 8', 'two years later']);
  });
});
