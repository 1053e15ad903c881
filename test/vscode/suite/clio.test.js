// Runs inside VS Code's extension host, with the corpus folder open (see ../runTest.mjs).
const assert = require('assert');
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value, or fail after `ms` with `what`. */
async function eventually(fn, what, ms = 45000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > ms) assert.fail(`timed out after ${ms} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(250);
  }
}

function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value ?? ''))
    .join('\n');
}

describe('Clio in VS Code', function () {
  this.timeout(90000);
  let doc;
  let trotsky; // a Position inside a "Trotsky" mention

  before(async function () {
    const ext = vscode.extensions.getExtension('clio-dh.clio');
    assert.ok(ext, 'extension clio-dh.clio is not loaded');
    await ext.activate();
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'no workspace folder open (expected corpus/)');
    const files = (await vscode.workspace.findFiles('sources/*.txt')).sort((a, b) => a.path.localeCompare(b.path));
    for (const uri of files) {
      const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      if (/Lenin['’]s death/.test(text)) {
        doc = await vscode.workspace.openTextDocument(uri);
        break;
      }
    }
    assert.ok(doc, `no corpus source mentions "Lenin's death" (${files.length} sources)`);
    await vscode.window.showTextDocument(doc);
    // In the body, past the title lines: a text's own title is a work of its own.
    const body = /\bTrotsky\b/g;
    body.lastIndex = Math.max(0, doc.getText().search(/[^\n]{300}/));
    const m = body.exec(doc.getText());
    assert.ok(m, `${doc.uri.path} never mentions Trotsky`);
    trotsky = doc.positionAt(m.index + 2);
  });

  it('is active', function () {
    assert.ok(vscode.extensions.getExtension('clio-dh.clio').isActive);
  });

  it('hovers a Trotsky mention with "Leon Trotsky"', async function () {
    const text = await eventually(async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, trotsky));
      return /Leon Trotsky/.test(t) && t;
    }, 'a hover containing "Leon Trotsky"');
    assert.match(text, /Leon Trotsky/);
  });

  it('goes to the definition of Trotsky in register.yaml', async function () {
    const locations = await eventually(async () => {
      const r = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, trotsky);
      return r && r.length && r;
    }, 'a definition for Trotsky');
    const uris = locations.map((l) => (l.targetUri || l.uri).path);
    assert.ok(uris.some((p) => p.endsWith('/register.yaml')), `definitions: ${uris.join(', ')}`);
  });

  it('reports the "Death of Lenin" date conflict as a diagnostic', async function () {
    const hit = await eventually(
      () => vscode.languages.getDiagnostics().find(([, diags]) => diags.some((d) => d.message.includes('Death of Lenin'))),
      'a diagnostic mentioning "Death of Lenin"',
    );
    assert.ok(hit);
  });
});
