// A minimal LSP client for protocol tests: starts `node dist/server.js --stdio`
// and speaks JSON-RPC to it, as any editor would.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams['diagnostics']>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly progress: unknown[] = [];
  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    readonly root: string,
  ) {}

  static async start(root: string, capabilities: Record<string, unknown> = {}, beforeInitialized?: (client: TestClient) => Promise<void>): Promise<TestClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, root);
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p.diagnostics);
    });
    conn.onNotification((method, params) => {
      client.notifications.push({ method, params });
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onNotification('$/progress', (p) => {
      client.progress.push(p);
    });
    conn.onRequest('workspace/configuration', () => [null]);
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/showMessageRequest', (params) => {
      client.notifications.push({ method: 'window/showMessageRequest', params });
      return null;
    });
    conn.listen();
    const uri = client.uri('');
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'fixture' }],
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true }, ...capabilities },
    });
    await beforeInitialized?.(client);
    await conn.sendNotification('initialized', {});
    return client;
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.root, rel)).href.replace(/\/$/, '');
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  /** Waits until the server says indexing is over. */
  async indexed(timeoutMs = 20000): Promise<void> {
    await this.until(() => this.notifications.some((n) => n.method === 'clio/indexChanged' && !(n.params as { indexing: boolean }).indexing), timeoutMs);
  }

  async until(cond: () => boolean | Promise<boolean>, timeoutMs = 10000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
