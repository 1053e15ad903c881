// The Clio language server: a thin LSP adapter over the core. Run as
// `node dist/server.js --stdio` (or over IPC from the VS Code client).

import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { chronology } from './features/chronology';
import { codeActions } from './features/codeActions';
import { codeLens } from './features/codeLens';
import { completion } from './features/completion';
import type { FeatureContext } from './features/context';
import { definition } from './features/definition';
import { entityRequests } from './features/entity';
import { DiagnosticsPublisher } from './features/diagnostics';
import { highlights } from './features/highlights';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { references } from './features/references';
import { rename } from './features/rename';
import { registerDraft } from './features/registerDraft';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { symbols } from './features/symbols';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { ServerCorpus } from './workspace';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
let settings: Settings = DEFAULT_SETTINGS;
const corpus = new ServerCorpus(connection, documents, settings);
const ctx: FeatureContext = { connection, documents, corpus, settings: () => settings };
const diagnostics = new DiagnosticsPublisher(ctx);
let canRefreshLenses = false;
let canRefreshHints = false;
let canRefreshTokens = false;
// Until the first cold indexing ends, the register may not be read yet: a document
// opened that early would get hints computed without it ("Trotsky" as an unknown name).
let indexedOnce = false;
const ready = (): boolean => indexedOnce && !corpus.indexing;

/** Publish diagnostics for what changed and ask the editor to re-pull the views derived from the index. */
function analysed(affected: Iterable<string>): void {
  diagnostics.publish(affected);
  // Mention counts above register entries, hints after dates and token colours may have moved;
  // views pulled before the register was read are stale until refreshed.
  if (canRefreshLenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  if (canRefreshTokens) void connection.sendRequest('workspace/semanticTokens/refresh').catch(() => undefined);
}

corpus.onChange = (affected) => {
  // During cold indexing, diagnostics go out once at the end rather than per file.
  if (ready()) analysed(affected);
};

let canConfigure = false;
let canProgress = false;
let canFolders = false;
let folders: string[] = [];

connection.onInitialize((params): InitializeResult => {
  canConfigure = !!params.capabilities.workspace?.configuration;
  canProgress = !!params.capabilities.window?.workDoneProgress;
  canFolders = !!params.capabilities.workspace?.workspaceFolders;
  canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
  canRefreshHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  canRefreshTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  folders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!folders.length && params.rootUri) folders = [params.rootUri];
  settings = readSettings(params.initializationOptions?.settings);
  corpus.applySettings(settings);
  corpus.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      inlayHintProvider: true,
      documentHighlightProvider: true,
      codeLensProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: ['{'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      renameProvider: { prepareProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'clio-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders = folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
      corpus.setFolders(folders);
      void reindex();
    });
  }
  if (canConfigure) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clio' });
    settings = readSettings(await connection.workspace.getConfiguration('clio').catch(() => undefined));
    corpus.applySettings(settings);
  }
  await reindex();
});

async function reindex(): Promise<void> {
  const progress = canProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
  await corpus.indexWorkspace(progress);
  if (corpus.indexing) return; // superseded by a newer indexing run, which publishes
  indexedOnce = true;
  // Everything is indexed: publish all at once, clearing documents that left.
  analysed(corpus.index.keys());
}

connection.onDidChangeConfiguration(async (change) => {
  const raw = canConfigure ? await connection.workspace.getConfiguration('clio').catch(() => undefined) : change.settings?.clio;
  const next = readSettings(raw);
  const filesChanged = JSON.stringify(next.files) !== JSON.stringify(settings.files);
  settings = next;
  corpus.applySettings(settings);
  if (filesChanged) await reindex();
  // Before the first indexing ends there is nothing sound to publish: it will publish
  // everything under these settings when it finishes.
  else if (ready()) analysed(corpus.index.keys());
});


documents.onDidOpen((e) => corpus.update(e.document.uri, e.document.getText()));
documents.onDidChangeContent((e) => corpus.update(e.document.uri, e.document.getText()));
documents.onDidClose(async (e) => {
  // The editor let go: the file on disk is the truth again (or it is gone).
  const uri = e.document.uri;
  const onDisk = corpus.belongs(uri) && (await corpus.fileExists(uri));
  // Opened again while we looked: the editor holds it once more.
  if (documents.get(uri)) return;
  if (onDisk) await corpus.refreshFromDisk(uri);
  else corpus.remove(uri);
});

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    const uri = change.uri;
    if (change.type === FileChangeType.Deleted) {
      // A file deleted while open keeps its editor text in the index until closed.
      if (!documents.get(uri)) corpus.remove(uri);
    } else if (corpus.belongs(uri) || URI.parse(uri).path.match(/(register|sources)\.ya?ml$/)) {
      await corpus.refreshFromDisk(uri);
    }
  }
});

const FEATURES = [hover, definition, references, highlights, symbols, semanticTokens, inlayHints, codeLens, completion, codeActions, rename, chronology, entityRequests, registerDraft];
for (const feature of FEATURES) feature(ctx);

process.on('uncaughtException', (e) => connection.console.error(`Clio: unexpected error: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Clio: unexpected error: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
