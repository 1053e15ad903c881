// The Clio client: starts the language server and owns the views and commands.
// Everything about entities, dates and conflicts comes from the server.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { IndexChangedNotification, type IndexStatus } from '../../server/src/protocol';
import { ChronologyProvider, type ChronologyNode } from './chronology';
import { registerCommands } from './commands';

export interface Ctx {
  client: LanguageClient;
  chronology: ChronologyProvider;
  chronologyView: vscode.TreeView<ChronologyNode>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'clio-notes' },
      { scheme: 'file', pattern: '**/{register,sources}.{yaml,yml}' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,clio,yaml,yml}') },
    initializationOptions: { settings: vscode.workspace.getConfiguration('clio') },
    // Hover cards carry command links to Clio's own commands, and only those.
    markdown: { isTrusted: { enabledCommands: ['clio.showMentions', 'clio.revealInChronology', 'clio.openRegisterEntry'] } },
  };
  client = new LanguageClient('clio', 'Clio', serverOptions, clientOptions);

  const chronology = new ChronologyProvider(client);
  const chronologyView = vscode.window.createTreeView('clio.chronology', { treeDataProvider: chronology, showCollapseAll: true });
  const ctx: Ctx = { client, chronology, chronologyView };
  context.subscriptions.push(chronologyView, ...registerCommands(ctx));

  await client.start();
  context.subscriptions.push(
    client.onNotification(IndexChangedNotification, (status: IndexStatus) => {
      void vscode.commands.executeCommand('setContext', 'clio.hasRegister', status.hasRegister);
      // Without a register the view's welcome content offers to start one.
      chronologyView.message = status.indexing ? 'Indexing the corpus…' : undefined;
      chronology.refresh();
    }),
  );
  chronology.refresh();
  return ctx;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
