// Commands, as factories over the shared context (as rust-analyzer does).

import * as vscode from 'vscode';
import { EntityRequest, type EntityResult, type LocationItem } from '../../server/src/protocol';
import { toRange } from './chronology';
import type { Ctx } from './extension';

const location = (l: LocationItem) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range));

export function registerCommands(ctx: Ctx): vscode.Disposable[] {
  const entity = (id: string) => ctx.client.sendRequest<EntityResult | null>(EntityRequest, { id });
  return [
    vscode.commands.registerCommand('clio.showMentions', async (id: string) => {
      const e = await entity(id);
      if (!e) return vscode.window.showWarningMessage(`Clio: no register entry "${id}".`);
      const anchor = e.definition ? location(e.definition) : e.mentions[0] && location(e.mentions[0]);
      if (!anchor) return vscode.window.showInformationMessage(`Clio: ${e.name} has no mentions yet.`);
      await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, e.mentions.map(location));
    }),
    vscode.commands.registerCommand('clio.openRegisterEntry', async (id: string) => {
      const e = await entity(id);
      if (!e?.definition) return vscode.window.showWarningMessage(`Clio: no register entry "${id}".`);
      await vscode.window.showTextDocument(vscode.Uri.parse(e.definition.uri), { selection: toRange(e.definition.range) });
    }),
    vscode.commands.registerCommand('clio.revealInChronology', async (id: string) => {
      const node = await ctx.chronology.findEvent(id);
      if (!node) return vscode.window.showInformationMessage('Clio: no dated event involves this entity yet.');
      await ctx.chronologyView.reveal(node, { select: true, focus: true, expand: true });
    }),
    vscode.commands.registerCommand('clio.refreshChronology', () => ctx.chronology.refresh()),
    vscode.commands.registerCommand('clio.restartServer', () => ctx.client.restart()),
  ];
}
