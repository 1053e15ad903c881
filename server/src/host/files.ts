// Reading a corpus from disk, shared by the server and the CLI: which files
// belong to it (include/exclude globs), and reading each one safely. Binary,
// huge and unreadable files are skipped with a reason, never thrown at the user.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export interface FileSelection {
  include: string[];
  exclude: string[];
  /** Files larger than this are skipped. */
  maxBytes: number;
}

export const DEFAULT_SELECTION: FileSelection = {
  include: ['**/*.txt', '**/*.md', '**/*.clio', '**/register.yaml', '**/register.yml', '**/sources.yaml', '**/sources.yml'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/dist/**'],
  maxBytes: 10 * 1024 * 1024,
};

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export function matcherFor(sel: FileSelection): (relPath: string) => boolean {
  const inc = picomatch(sel.include, { dot: false });
  const exc = picomatch(sel.exclude, { dot: true });
  return (rel) => {
    const p = rel.split(path.sep).join('/');
    return inc(p) && !exc(p);
  };
}

/** Lists the corpus files under `root`, relative paths sorted for stable output. */
export async function listCorpusFiles(root: string, sel: FileSelection = DEFAULT_SELECTION): Promise<string[]> {
  const wanted = matcherFor(sel);
  const excluded = picomatch(sel.exclude, { dot: true });
  const out: string[] = [];
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (e.isDirectory() || (e.isSymbolicLink() && (await isDir(abs)))) {
        if (e.name.startsWith('.') || excluded(rel + '/') || excluded(rel + '/x')) continue;
        await walk(abs);
      } else if (wanted(rel)) out.push(rel);
    }
  }
  await walk(root);
  return out.sort();
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a text file, refusing binary, huge and non-UTF-8 files with a reason a person can act on. */
export async function readCorpusFile(abs: string, maxBytes = DEFAULT_SELECTION.maxBytes): Promise<ReadResult> {
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: `too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB, see clio.files.maxSizeMB)` };
    const buf = await fs.readFile(abs);
    return decodeText(buf);
  } catch (e) {
    return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
}

export function decodeText(buf: Uint8Array): ReadResult {
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary (it contains NUL bytes)' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}
