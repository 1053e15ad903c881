// End-to-end: Clio inside a real VS Code workbench (code-server 4.139.1) driven by headless Chromium.
// Run with `npm run test:e2e` (test/e2e/run.mjs builds and checks prerequisites first).
// Screenshots of every step go to test-results/e2e/ and are kept.
//
// Environment:
//   CLIO_E2E_EXTENSION  extension folder to install instead of this repo (must contain package.json + dist/)
//   CHROMIUM_PATH       browser binary (default /usr/bin/chromium)
//   CLIO_E2E_HEADED=1   show the browser (needs a display)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { REPO, ensureCodeServer, installExtension, startCodeServer } from '../../scripts/codeserver.mjs';

const CORPUS = path.join(REPO, 'corpus');
const SHOTS = path.join(REPO, 'test-results', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const EXTENSION = path.resolve(process.env.CLIO_E2E_EXTENSION || REPO);

/** The first source (by name) that mentions Lenin's death, and the best-placed Trotsky mention in it. */
function pickSource() {
  const dir = path.join(CORPUS, 'sources');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const name = files.find((f) => /Lenin['’]s death/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  assert.ok(name, `no corpus/sources/*.txt contains "Lenin's death" (looked at ${files.length} files)`);
  const lines = fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/);
  // The mention nearest the start of its line, so it is on screen without horizontal scrolling; in the
  // body, past the title lines, since a text's own title is a work of its own.
  const body = Math.max(0, lines.findIndex((l) => l.length >= 300));
  let best;
  lines.forEach((text, i) => {
    if (i < body) return;
    for (const m of text.matchAll(/\bTrotsky\b/g)) {
      if (!best || m.index < best.column) best = { line: i + 1, column: m.index, text };
    }
  });
  assert.ok(best, `${name} never mentions Trotsky`);
  // A snippet around the mention that occurs on no other line, to find the rendered line.
  const unique = (snip) => lines.filter((l) => l.includes(snip)).length === 1;
  let from = Math.max(0, best.column - 20);
  let to = Math.min(best.text.length, best.column + 'Trotsky'.length + 20);
  while (!unique(best.text.slice(from, to)) && (from > 0 || to < best.text.length)) {
    from = Math.max(0, from - 10);
    to = Math.min(best.text.length, to + 10);
  }
  best.snippet = best.text.slice(from, to).trim();
  // Occurrence index of "Trotsky" inside the rendered line (for lines with several mentions).
  best.nth = [...best.text.slice(0, best.column).matchAll(/Trotsky/g)].length;
  return { name, mention: best };
}

describe('Clio in VS Code (code-server)', function () {
  this.timeout(120_000);
  let server;
  let context;
  let page;
  let shot = 0;
  let source;
  const tmpDirs = [];

  const screenshot = async (name) => {
    const file = path.join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };

  before(async function () {
    this.timeout(600_000); // a cold ensureCodeServer() compiles native modules
    source = pickSource();
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const f of fs.readdirSync(SHOTS)) if (/\.(png|log)$/.test(f)) fs.rmSync(path.join(SHOTS, f));
    ensureCodeServer();
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-e2e-profile-'));
    tmpDirs.push(profileDir);
    installExtension(path.join(profileDir, 'ext'), { from: EXTENSION });
    server = await startCodeServer({ folder: CORPUS, profileDir });
    console.log(`      code-server ${server.url} (log copied to test-results/e2e/code-server.log)`);
    // A fresh browser profile for this spec file: no state from earlier runs.
    const browserDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-e2e-browser-'));
    tmpDirs.push(browserDir);
    context = await chromium.launchPersistentContext(browserDir, {
      executablePath: CHROMIUM,
      headless: process.env.CLIO_E2E_HEADED !== '1',
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await page.screenshot({ path: path.join(SHOTS, `FAILED-${name}.png`) }).catch(() => {});
    }
  });

  after(async function () {
    this.timeout(30_000);
    await context?.close().catch(() => {});
    await server?.stop();
    // Keep code-server's log next to the screenshots; drop the throwaway profiles.
    if (server) fs.copyFileSync(server.logFile, path.join(SHOTS, 'code-server.log'));
    for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const explorerRow = (text) => page.locator('.explorer-viewlet .monaco-list-row', { hasText: text });

  /**
   * Lists and trees only render the rows on screen: scroll `list` (mouse wheel, no clicks, so nothing
   * gets selected or opened) until `row` shows up. At the bottom, optionally expand a collapsed row
   * (`expand`), else wait for the content to change and start again from the top.
   */
  async function revealRow(list, row, { timeout, expand = false, what }) {
    const deadline = Date.now() + timeout;
    let last = '';
    while (!(await row.first().isVisible())) {
      if (Date.now() > deadline) {
        const rows = await list.locator('.monaco-list-row').allInnerTexts();
        throw new Error(`no row with ${what} within ${timeout / 1000} s; rows on screen: ${JSON.stringify(rows.slice(0, 40))}`);
      }
      const now = (await list.locator('.monaco-list-row').allInnerTexts()).join('\n');
      if (now && now === last) {
        // Nothing moved: the end of the list.
        const collapsed = list.locator('.monaco-list-row[aria-expanded="false"]');
        if (expand && (await collapsed.count())) {
          await collapsed.first().click(); // e.g. a year or decade grouping events
        } else {
          await page.waitForTimeout(1_000); // the server may still be publishing; start over from the top
          await list.first().hover({ position: { x: 20, y: 10 } });
          await page.mouse.wheel(0, -100_000);
        }
        last = '';
        continue;
      }
      last = now;
      if (now) {
        await list.first().hover({ position: { x: 20, y: 10 } });
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(150);
      } else {
        await page.waitForTimeout(500);
      }
    }
    // Found at the very bottom edge? One more notch, so the screenshot shows it whole.
    const [r, l] = [await row.first().boundingBox(), await list.first().boundingBox()];
    if (r && l && r.y + r.height > l.y + l.height - 4) {
      await list.first().hover({ position: { x: 20, y: 10 } });
      await page.mouse.wheel(0, 2 * r.height);
      await page.waitForTimeout(200);
    }
  }

  it('opens the corpus workspace with the Explorer listing its files', async function () {
    await explorerRow(/^sources$/).first().waitFor({ timeout: 60_000 });
    await explorerRow(/^notes$/).first().waitFor();
    await screenshot('workbench-explorer');
  });

  async function openSource() {
    const tab = page.locator('.tabs-container .tab', { hasText: source.name });
    if (await tab.count()) {
      await tab.first().click();
      return;
    }
    const file = explorerRow(source.name).first();
    if (!(await file.isVisible())) await explorerRow(/^sources$/).first().click(); // expand the folder
    await file.click();
    await tab.first().waitFor();
    await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor();
  }

  it(`opens a source from the Explorer (the first that mentions Lenin's death)`, async function () {
    await openSource();
    await page.locator('.tabs-container .tab.active', { hasText: source.name }).waitFor();
    await screenshot('source-open');
  });

  it('shows an entity hover card for Trotsky: "Leon Trotsky", person', async function () {
    this.timeout(180_000);
    await openSource();
    const { line: lineNo, column, snippet, nth } = source.mention;
    // Reveal the mention: Go to Line/Column.
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${lineNo}:${column + 1}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

    const line = page.locator('.editor-instance .monaco-editor .view-line', { hasText: snippet }).first();
    await line.waitFor();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Leon Trotsky' });
    const deadline = Date.now() + 150_000; // the language server may still be indexing the corpus
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        // The editor re-renders its lines (while the server's decorations arrive, say): wait until the line shows.
        await line.waitFor({ state: 'visible', timeout: 5_000 });
        // Where "Trotsky" is inside the rendered line, relative to the line (lines re-render, so ask each time).
        const pos = await line.evaluate((el, nth) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            let i = -1;
            while ((i = n.data.indexOf('Trotsky', i + 1)) !== -1) {
              if (seen++ < nth) continue;
              const r = document.createRange();
              r.setStart(n, i + 1);
              r.setEnd(n, i + 4); // the middle of the word
              const box = r.getBoundingClientRect();
              const lineBox = el.getBoundingClientRect();
              return { x: box.left - lineBox.left + box.width / 2, y: lineBox.height / 2 };
            }
          }
          return null;
        }, nth);
        assert.ok(pos, `"Trotsky" not rendered in the line "${snippet}"`);
        // force: the text cursor, which Go to Line left on this word, sits over it and would fail Playwright's
        // hit-target check; the mouse still moves over the editor, which is what shows the hover.
        await line.hover({ position: pos, force: true });
        await hover.first().waitFor({ timeout: 5_000 });
        break;
      } catch (e) {
        // A line re-rendered between finding and hovering it ("Element is not visible") is found again on the next attempt.
        if (Date.now() > deadline) {
          const visible = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
          throw new Error(`no hover with "Leon Trotsky" after ${attempt} attempts (last: ${e.message.split('\n')[0]}); visible hovers: ${JSON.stringify(visible)}`);
        }
        await page.mouse.move(5, 5); // move away, then back
        await page.waitForTimeout(500);
      }
    }
    const text = await hover.first().innerText();
    assert.match(text, /Leon Trotsky/);
    assert.match(text, /person/i, `hover text: ${text}`);
    // A linked name carries no "unknown name" hint (once seen when hints were published before the register was read).
    assert.doesNotMatch(text, /register lacks/, `hover text: ${text}`);
    await screenshot('hover-trotsky');
    await page.mouse.move(5, 5);
  });

  it('lists the "Death of Lenin" date conflict in the Problems panel', async function () {
    this.timeout(180_000);
    await page.keyboard.press('Escape');
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
    const list = page.locator('.markers-panel .monaco-list');
    const row = list.locator('.monaco-list-row', { hasText: 'Death of Lenin' });
    await revealRow(list, row, { timeout: 150_000, what: '"Death of Lenin"' });
    await screenshot('problems-death-of-lenin');
  });

  it('has a Clio view container whose Chronology lists "Death of Lenin"', async function () {
    this.timeout(180_000);
    const container = page.locator('.activitybar .action-item .action-label[aria-label^="Clio"]');
    await container.first().waitFor({ timeout: 60_000 });
    const item = container.first().locator('xpath=..');
    // Clicking an already active container collapses the side bar: only click when not checked.
    if ((await item.getAttribute('aria-checked')) !== 'true' && !(await item.getAttribute('class'))?.includes('checked')) {
      await container.first().click();
    }
    const sidebar = page.locator('.part.sidebar');
    // With a single view in the container VS Code hides its pane header (the title moves to the side
    // bar's title), but the header stays in the DOM either way.
    await sidebar.locator('.pane-header[aria-label^="Chronology"]').first().waitFor({ state: 'attached' });
    const pane = sidebar.locator('.pane', { has: page.locator('.pane-header[aria-label^="Chronology"]') });
    const list = pane.locator('.monaco-list').first();
    const row = list.locator('.monaco-list-row', { hasText: 'Death of Lenin' });
    await revealRow(list, row, { timeout: 150_000, expand: true, what: '"Death of Lenin"' });
    await screenshot('chronology-death-of-lenin');
  });
});
