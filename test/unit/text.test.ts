import { strict as assert } from 'node:assert';
import { headingSpans, LineIndex, sentenceSpans, tokenize, wordHash } from '../../server/src/core';
import { texts } from './helpers';

describe('text model', () => {
  it('maps offsets to positions and back across LF and CRLF lines', () => {
    const text = 'one\r\ntwo\nthree';
    const li = new LineIndex(text);
    assert.equal(li.lineCount, 3);
    assert.deepEqual(li.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(li.positionAt(text.indexOf('ee')), { line: 2, character: 3 });
    assert.equal(li.offsetAt({ line: 2, character: 1 }), text.indexOf('hree'));
    assert.equal(li.offsetAt({ line: 9, character: 0 }), text.length, 'past the end clamps');
  });

  it('splits sentences but not at initials or abbreviations', () => {
    const text = 'E. H. Carr wrote at length. He cited p. 42 of the memoir! Then c. 1850 came up.\nA heading';
    assert.deepEqual(texts(text, sentenceSpans(text)), ['E. H. Carr wrote at length.', 'He cited p. 42 of the memoir!', 'Then c. 1850 came up.', 'A heading']);
  });

  it('opens a sentence at Markdown emphasis before a capital, not at a lone asterisk', () => {
    const text = 'Label: "He joined after it failed." **AO:** Shorten it if you can. See note 3. *passim* and so on.';
    assert.deepEqual(texts(text, sentenceSpans(text)), ['Label: "He joined after it failed."', '**AO:** Shorten it if you can.', 'See note 3. *passim* and so on.']);
  });

  it('reads a line-opening date before its full stop as a chronicle entry’s label, not a sentence', () => {
    const text = '14.XI.1927. Trotsky expelled from the party.\n1929. Exile.\nIn 1929. Then more.';
    assert.deepEqual(texts(text, sentenceSpans(text)), ['14.XI.1927. Trotsky expelled from the party.', '1929. Exile.', 'In 1929.', 'Then more.']);
  });

  it('finds Markdown, numbered and standalone headings', () => {
    const text = '# Notes\n\nBody text here.\n\n12. Lenin\'s death\n\nMore text follows here.\n\n¹ 18 Brumaire\n\nIntroduction\n\nLast.';
    assert.deepEqual(texts(text, headingSpans(text)), ['# Notes', "12. Lenin's death", 'Introduction']);
  });
});

describe('tokens', () => {
  it('splits words exactly where Unicode letters and digits end, for every character before the surrogates; superscript note calls are not word characters', () => {
    const superscript = /[\u00b2\u00b3\u00b9\u2070-\u209f]/u;
    const letterOrDigit = { test: (ch: string) => /[\p{L}\p{N}]/u.test(ch) && !superscript.test(ch) };
    for (let c = 0x80; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(tokenize(`a${ch}b`).length, letterOrDigit.test(ch) ? 1 : 2, `U+${c.toString(16)}`);
    }
  });

  it('folds case and diacritics, keeps offsets, and reads ordinals in figures as words', () => {
    const text = 'İstanbul, Trotsky’s 10th Congress; Léon 𝐓x';
    assert.deepEqual(
      tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)]),
      [['istanbul', 'İstanbul'], ['trotsky', 'Trotsky'], ['s', 's'], ['tenth', '10th'], ['congress', 'Congress'], ['leon', 'Léon'], ['𝐓x', '𝐓x']],
    );
    assert.deepEqual(tokenize('x Kamenev y', 2, 9).map((t) => t.norm), ['kamenev']);
    assert.deepEqual(tokenize('Khrustalev-Nosar², Petrov⁴').map((t) => t.norm), ['khrustalev', 'nosar', 'petrov'], 'note calls');
    assert.deepEqual(tokenize('Central Cttee; Soviet Govt').map((t) => t.norm), ['central', 'committee', 'soviet', 'government'], 'abbreviated words of bodies\' names');
  });

  it('gives every token the hash of its folded form, and tells its word without making the folded string', () => {
    // ASCII words hash as they are scanned and fold on demand; the others, and ordinals and abbreviations, fold at once.
    const text = 'İstanbul TROTSKY 10th Cttee Léon plain';
    for (const t of [...tokenize(text), ...tokenize('Trotsky 21st govt Zinov’ev')]) {
      assert.equal(t.hash, wordHash(t.norm), t.norm);
      assert.ok(t.is(t.norm) && !t.is(`${t.norm}x`) && !t.is(t.norm.slice(1)), t.norm);
    }
    const [trotsky] = tokenize('Trotsky wrote');
    assert.ok(trotsky.is('trotsky') && !trotsky.is('Trotsky') && !trotsky.is('trotskz'));
  });
});
