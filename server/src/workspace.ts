// The server's view of the corpus: the core index keyed by URI, fed from open
// editors (which win) and from disk. Cold indexing streams work-done progress
// and yields between files, so requests are answered while it runs.

import { promises as fs } from 'node:fs';
import type { Connection, TextDocuments, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { CorpusIndex, roleOf, type DocumentAnalysis, type IndexChange, type Span } from './core';
import { DEFAULT_SELECTION, listCorpusFiles, matcherFor, readCorpusFile, type FileSelection } from './host/files';
import { IndexChangedNotification, type IndexStatus } from './protocol';
import type { Settings } from './settings';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export class ServerCorpus {
  index: CorpusIndex;
  indexing = false;
  /** Called with the documents whose diagnostics may have changed. */
  onChange: (affected: Set<string>) => void = () => {};
  private folders: string[] = [];
  private selection: FileSelection = DEFAULT_SELECTION;
  private inCorpus: (rel: string) => boolean = matcherFor(DEFAULT_SELECTION);
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private settings: Settings,
  ) {
    this.index = new CorpusIndex({ referenceConflicts: settings.diagnostics.referenceConflict !== 'off' });
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  firstFolder(): string | undefined {
    return this.folders[0];
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.selection = { include: settings.files.include, exclude: settings.files.exclude, maxBytes: settings.files.maxSizeMB * 1048576 };
    this.inCorpus = matcherFor(this.selection);
  }

  doc(uri: string): DocumentAnalysis | undefined {
    return this.index.get(uri);
  }

  range(uri: string, span: Span): Range {
    const doc = this.index.get(uri);
    if (!doc) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
  }

  location(uri: string, span: Span): { uri: string; range: Range } {
    return { uri, range: this.range(uri, span) };
  }

  /** True when a file on disk belongs to the corpus under the configured globs. */
  belongs(uri: string): boolean {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return false;
    for (const folder of this.folders) {
      const f = URI.parse(folder).fsPath;
      if (u.fsPath === f || u.fsPath.startsWith(f.endsWith('/') ? f : f + '/')) {
        return this.inCorpus(u.fsPath.slice(f.length).replace(/^[\\/]+/, ''));
      }
    }
    return false;
  }

  /** Puts a text into the index and tells listeners what changed. */
  update(uri: string, text: string): void {
    this.changed(this.index.setDocument(uri, text, roleOf(URI.parse(uri).path), relativeTo(uri)));
  }

  remove(uri: string): void {
    this.changed(this.index.removeDocument(uri));
  }

  private changed(change: IndexChange): void {
    this.onChange(change.affected);
    if (!this.indexing) this.notifyStatus();
  }

  notifyStatus(): void {
    const status: IndexStatus = { documents: this.index.size, indexing: this.indexing, conflicts: this.index.conflicts().length, hasRegister: !!this.index.registerKey };
    void this.connection.sendNotification(IndexChangedNotification, status);
  }

  /** Re-reads a file from disk unless an editor holds it. */
  async refreshFromDisk(uri: string): Promise<void> {
    if (this.documents.get(uri)) return;
    const read = await readCorpusFile(URI.parse(uri).fsPath, this.selection.maxBytes);
    // Reopened while the disk was read ("close, then open again at once"): the editor's text wins, not the disk's.
    if (this.documents.get(uri)) return;
    if (read.ok) this.update(uri, read.text);
    else if (this.index.get(uri)) this.remove(uri);
  }

  /**
   * Cold indexing: lists the workspace's corpus files, reads the register and
   * metadata first, then every text, yielding between files. A newer call
   * supersedes a running one.
   */
  async indexWorkspace(progress?: WorkDoneProgressServerReporter): Promise<void> {
    const generation = ++this.generation;
    this.indexing = true;
    const skipped: string[] = [];
    const started = Date.now();
    try {
      this.index = new CorpusIndex({ referenceConflicts: this.settings.diagnostics.referenceConflict !== 'off' });
      const files: string[] = [];
      for (const folder of this.folders) {
        const root = URI.parse(folder).fsPath;
        for (const rel of await listCorpusFiles(root, this.selection)) files.push(URI.file(`${root}/${rel}`).toString());
      }
      const rank = (u: string) => ({ register: 0, 'sources-meta': 1, source: 2, note: 2 })[roleOf(URI.parse(u).path)];
      files.sort((a, b) => rank(a) - rank(b));
      progress?.begin('Clio: indexing corpus', 0, `${files.length} files`, true);
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation || progress?.token.isCancellationRequested) return;
        const uri = files[i];
        const open = this.documents.get(uri);
        const read = open ? { ok: true as const, text: open.getText() } : await readCorpusFile(URI.parse(uri).fsPath, this.selection.maxBytes);
        if (read.ok) this.index.setDocument(uri, read.text, roleOf(URI.parse(uri).path), relativeTo(uri));
        else skipped.push(`${Utils.basename(URI.parse(uri))}: ${read.reason}`);
        progress?.report(Math.round(((i + 1) / files.length) * 100), Utils.basename(URI.parse(uri)));
        await new Promise((r) => setImmediate(r));
      }
      // Open documents outside the corpus globs still count.
      for (const d of this.documents.all()) if (!this.index.get(d.uri)) this.index.setDocument(d.uri, d.getText(), roleOf(URI.parse(d.uri).path));
      this.connection.console.info(`Clio indexed ${this.index.size} documents in ${Date.now() - started} ms; ${this.index.conflicts().length} conflicts.`);
      if (skipped.length) {
        const msg = `Clio skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}: ${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? '; …' : ''}`;
        this.connection.console.warn(msg);
        void this.connection.window.showWarningMessage(msg);
      }
    } finally {
      if (generation === this.generation) {
        this.indexing = false;
        progress?.done();
        this.onChange(new Set(this.index.keys()));
        this.notifyStatus();
      }
    }
  }

  async fileExists(uri: string): Promise<boolean> {
    try {
      await fs.stat(URI.parse(uri).fsPath);
      return true;
    } catch {
      return false;
    }
  }
}

/** Resolves paths written in a metadata file relative to that file. */
function relativeTo(uri: string): (path: string) => string {
  const dir = Utils.dirname(URI.parse(uri));
  return (p) => Utils.resolvePath(dir, p).toString();
}
