// Commands, as factories over the shared context (as rust-analyzer does).

import * as vscode from 'vscode';
import { AddAliasRequest, DraftRegisterRequest, EntityRequest, EntriesRequest, type AddAliasParams, type DraftRegisterResult, type EntityParams, type EntityResult, type EntryItem, type LocationItem } from '../../server/src/protocol';
import type { WorkspaceEdit } from 'vscode-languageclient';
import { toRange } from './chronology';
import type { Ctx } from './extension';

const location = (l: LocationItem) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range));

export function registerCommands(ctx: Ctx): vscode.Disposable[] {
  const entity = (id: string, forms?: EntityParams['forms']) => ctx.client.sendRequest<EntityResult | null>(EntityRequest, { id, forms } satisfies EntityParams);
  return [
    vscode.commands.registerCommand('clio.showMentions', async (id: string, forms?: EntityParams['forms']) => {
      const e = await entity(id, forms);
      if (!e) return vscode.window.showWarningMessage(`Clio: no register entry "${id}".`);
      const anchor = e.definition ? location(e.definition) : e.mentions[0] && location(e.mentions[0]);
      if (!anchor || !e.mentions.length) return vscode.window.showInformationMessage(`Clio: ${e.name} has no ${forms === 'derived' ? 'derived forms' : 'mentions'} yet.`);
      await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, e.mentions.map(location));
    }),
    vscode.commands.registerCommand('clio.addAlias', async (text: string) => {
      const entries = await ctx.client.sendRequest<EntryItem[]>(EntriesRequest);
      const pick = await vscode.window.showQuickPick(
        entries.map((e) => ({ label: e.name, description: `${e.type} · ${e.id}`, detail: e.aliases.length ? `also ${e.aliases.join(', ')}` : undefined, id: e.id })),
        { title: `Add "${text}" as another name of…`, matchOnDescription: true, matchOnDetail: true, placeHolder: 'Type to find the register entry' },
      );
      if (!pick) return;
      const edit = await ctx.client.sendRequest<WorkspaceEdit | null>(AddAliasRequest, { id: pick.id, text } satisfies AddAliasParams);
      if (!edit) return vscode.window.showWarningMessage(`Clio: could not add "${text}" to ${pick.label}.`);
      // Applied as a WorkspaceEdit, so Undo takes it back.
      await vscode.workspace.applyEdit(await ctx.client.protocol2CodeConverter.asWorkspaceEdit(edit));
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
    vscode.commands.registerCommand('clio.startRegister', async () => {
      const draft = await ctx.client.sendRequest<DraftRegisterResult>(DraftRegisterRequest);
      if (!draft.uri) return vscode.window.showWarningMessage('Clio: open a folder first; the register goes at its top.');
      const uri = vscode.Uri.parse(draft.uri);
      try {
        await vscode.workspace.fs.stat(uri);
        return vscode.window.showInformationMessage('Clio: this folder already has a register.yaml.', 'Open it').then((a) => a && vscode.window.showTextDocument(uri));
      } catch {
        /* no register yet: create it */
      }
      // A WorkspaceEdit, so the new file can be undone like any edit.
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { ignoreIfExists: false });
      edit.insert(uri, new vscode.Position(0, 0), draft.yaml);
      if (!(await vscode.workspace.applyEdit(edit))) return vscode.window.showErrorMessage('Clio: could not create register.yaml.');
      await vscode.window.showTextDocument(uri);
      vscode.window.showInformationMessage(`Clio started a register with ${draft.entries} names found in your texts. Check each entry, then save.`);
    }),
    vscode.commands.registerCommand('clio.revealPosition', async (uri: string, line: number, character: number) => {
      const pos = new vscode.Position(line, character);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(pos, pos) });
    }),
    vscode.commands.registerCommand('clio.refreshChronology', () => ctx.chronology.refresh()),
    vscode.commands.registerCommand('clio.restartServer', () => ctx.client.restart()),
  ];
}
