// The Chronology tree view: dated events in order, each with the claims the
// sources make about it. An accessible companion to the graphical timeline to come.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChronologyRequest, type ChronologyClaimItem, type ChronologyItem, type ChronologyResult } from '../../server/src/protocol';

export type ChronologyNode = { kind: 'event'; item: ChronologyItem } | { kind: 'claim'; claim: ChronologyClaimItem; parent: ChronologyItem };

export class ChronologyProvider implements vscode.TreeDataProvider<ChronologyNode> {
  private readonly emitter = new vscode.EventEmitter<ChronologyNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private events: ChronologyNode[] = [];
  private pending: Promise<void> | undefined;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.pending = undefined;
    this.emitter.fire(undefined);
  }

  private async load(): Promise<void> {
    if (!this.client.isRunning()) return;
    const result = await this.client.sendRequest<ChronologyResult>(ChronologyRequest);
    this.events = result.events.map((item) => ({ kind: 'event', item }));
  }

  async getChildren(node?: ChronologyNode): Promise<ChronologyNode[]> {
    if (!node) {
      this.pending ??= this.load();
      await this.pending;
      return this.events;
    }
    if (node.kind === 'event') return node.item.claims.map((claim) => ({ kind: 'claim', claim, parent: node.item }));
    return [];
  }

  getParent(node: ChronologyNode): ChronologyNode | undefined {
    return node.kind === 'claim' ? this.events.find((e) => e.kind === 'event' && e.item === node.parent) : undefined;
  }

  /** The event node for an entity: the event itself, or the first event it takes part in. */
  async findEvent(id: string): Promise<ChronologyNode | undefined> {
    await this.getChildren();
    return this.events.find((e) => e.kind === 'event' && e.item.event === id) ?? this.events.find((e) => e.kind === 'event' && e.item.participants.includes(id));
  }

  getTreeItem(node: ChronologyNode): vscode.TreeItem {
    if (node.kind === 'event') {
      const e = node.item;
      const when = e.reference ? e.reference.edtf : span(e.claims[0]);
      const t = new vscode.TreeItem(e.name, e.claims.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      t.id = `event:${e.event}`;
      t.description = `${when}${e.claims.length ? ` · ${e.claims.length} claim${e.claims.length === 1 ? '' : 's'}` : ''}${e.conflicts ? ` · ${e.conflicts} conflict${e.conflicts === 1 ? '' : 's'}` : ''}`;
      t.iconPath = new vscode.ThemeIcon(e.conflicts ? 'warning' : 'calendar', e.conflicts ? new vscode.ThemeColor('list.warningForeground') : undefined);
      t.tooltip = new vscode.MarkdownString(`**${e.name}**\n\n${e.reference ? `Register: \`${e.reference.edtf}\`${e.reference.cite ? ` — ${e.reference.cite}` : ''}` : 'No reference date in the register'}`);
      t.contextValue = 'clio.event';
      if (e.definition) t.command = { command: 'vscode.open', title: 'Open register entry', arguments: [vscode.Uri.parse(e.definition.uri), { selection: toRange(e.definition.range) }] };
      return t;
    }
    const c = node.claim;
    const t = new vscode.TreeItem(c.sourceName, vscode.TreeItemCollapsibleState.None);
    t.id = `claim:${node.parent.event}:${c.uri}:${c.range.start.line}:${c.range.start.character}`;
    // A date marked as an error in its source shows both: what the source says, and the correction.
    t.description = (c.sic ? `"${c.text}" · ${span(c.sic)} as written, corrected to ${span(c)}` : `"${c.text}" · ${span(c)}`) + (c.reliability ? ` · ${c.reliability}` : '');
    t.iconPath = new vscode.ThemeIcon(c.conflicted ? 'error' : c.sic ? 'edit' : 'quote');
    t.tooltip = c.conflicted ? 'This claim conflicts with another source' : c.sic ? `Marked as an error in the source${c.sic.note ? `: ${c.sic.note}` : ''}` : undefined;
    t.command = { command: 'vscode.open', title: 'Open the claim', arguments: [vscode.Uri.parse(c.uri), { selection: toRange(c.range) }] };
    return t;
  }
}

function span(c: { earliest: string; latest: string } | undefined): string {
  if (!c) return '';
  return c.earliest === c.latest ? c.earliest : `${c.earliest} – ${c.latest}`;
}

export function toRange(r: ChronologyClaimItem['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
