// Loads a corpus folder (and any extra paths) into a CorpusIndex. Used by the
// CLI and by tests; the server streams the same steps with progress instead.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex, roleOf, type CorpusOptions } from '../core';
import { DEFAULT_SELECTION, listCorpusFiles, readCorpusFile, type FileSelection } from './files';

export interface LoadedCorpus {
  index: CorpusIndex;
  /** Keys of the documents the caller asked about (all corpus texts when no paths were given). */
  targets: string[];
  /** Files that could not be read, with the reason. */
  skipped: { path: string; reason: string }[];
  /** Each document's key → its absolute path. */
  files: Map<string, string>;
}

/**
 * Keys are paths relative to `root` for files found under it, and paths as
 * given for files named explicitly (which may lie outside the root).
 */
export async function loadCorpus(root: string, paths: string[] = [], sel: FileSelection = DEFAULT_SELECTION, options?: CorpusOptions): Promise<LoadedCorpus> {
  const index = new CorpusIndex(options);
  const skipped: LoadedCorpus['skipped'] = [];
  const absRoot = path.resolve(root);
  const rootFiles = await listCorpusFiles(absRoot, sel);
  const explicit = new Map<string, string>(); // abs → key as given
  for (const p of paths) {
    const abs = path.resolve(p);
    const inside = await listIfDirectory(abs, sel);
    if (inside) for (const rel of inside) explicit.set(path.join(abs, rel), path.join(p, rel));
    else explicit.set(abs, p);
  }
  const all: { abs: string; key: string }[] = [];
  for (const rel of rootFiles) {
    const abs = path.join(absRoot, rel);
    all.push({ abs, key: explicit.get(abs) ?? rel });
  }
  const inRoot = new Set(all.map((f) => f.abs));
  for (const [abs, key] of explicit) if (!inRoot.has(abs)) all.push({ abs, key });

  // The register and the metadata first, so texts are linked once.
  const order = (k: string) => ({ register: 0, 'sources-meta': 1, source: 2, note: 2 })[roleOf(k)];
  all.sort((a, b) => order(a.key) - order(b.key));
  for (const f of all) {
    const read = await readCorpusFile(f.abs, sel.maxBytes);
    if (!read.ok) {
      skipped.push({ path: f.key, reason: read.reason });
      continue;
    }
    const dir = path.dirname(f.abs);
    index.setDocument(f.key, read.text, roleOf(f.key), (p) => keyFor(path.resolve(dir, p), absRoot, explicit));
  }
  const targets = (explicit.size ? [...explicit.values()] : all.map((f) => f.key)).filter((k) => {
    const doc = index.get(k);
    return doc && (doc.role === 'source' || doc.role === 'note');
  });
  return { index, targets, skipped, files: new Map(all.map((f) => [f.key, f.abs])) };
}

function keyFor(abs: string, absRoot: string, explicit: Map<string, string>): string {
  return explicit.get(abs) ?? path.relative(absRoot, abs).split(path.sep).join('/');
}

async function listIfDirectory(abs: string, sel: FileSelection): Promise<string[] | undefined> {
  try {
    if ((await fs.stat(abs)).isDirectory()) return listCorpusFiles(abs, sel);
  } catch {
    /* not there: reported when read */
  }
  return undefined;
}
