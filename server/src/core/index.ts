// The Clio core: text model, dates, entities, claims, conflicts and the corpus
// index. No `vscode` and no LSP import: the server, the CLI and the tests share it.
export * from './types';
export * from './text';
export * from './tokens';
export * from './register';
export * from './sources';
export * from './entities';
export * from './candidates';
export * from './nameCompounds';
export * from './titles';
export * from './claims';
export * from './triggers';
export * from './conflicts';
export * from './corpus';
export * from './narrative';
export * from './dates';
export * from './registerDraft';
export * from './registerEdits';
