// Custom requests and notifications between the Clio client and server, in one
// place. Types only and string constants: no vscode, no Node imports.

export interface ChronologyClaimItem {
  uri: string;
  sourceName: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  earliest: string;
  latest: string;
  conflicted: boolean;
  /** The source's reliability, from sources.yaml ("primary", "secondary", "tertiary" …). */
  reliability?: string;
  /** What the source says, where the user has marked its date an error (sources.yaml `corrections`); earliest/latest are then the correction. */
  sic?: { earliest: string; latest: string; note?: string };
}

export interface ChronologyItem {
  event: string;
  name: string;
  /** The register's reference date. */
  reference?: { edtf: string; earliest: string; latest: string; cite?: string };
  sortKey: string;
  /** Entities taking part in the event. */
  participants: string[];
  /** Where the register entry is, for "Open register entry". */
  definition?: { uri: string; range: ChronologyClaimItem['range'] };
  claims: ChronologyClaimItem[];
  conflicts: number;
}

export interface ChronologyResult {
  /** False while the corpus is still being indexed. */
  complete: boolean;
  events: ChronologyItem[];
}

/** Request: the dated events in chronological order. */
export const ChronologyRequest = 'clio/chronology';
/** Notification from the server: the index changed (indexing finished, a document or the register changed). */
export const IndexChangedNotification = 'clio/indexChanged';

export interface IndexStatus {
  documents: number;
  indexing: boolean;
  conflicts: number;
  hasRegister: boolean;
}

export interface LocationItem {
  uri: string;
  range: ChronologyClaimItem['range'];
}

/** Request: an entity's register entry and every mention of it, or only its direct or derived mentions. */
export const EntityRequest = 'clio/entity';
export interface EntityParams {
  id: string;
  /** `derived`: only derived forms (Trotskyism for trotsky); `direct`: only the name itself. */
  forms?: 'direct' | 'derived';
}
export interface EntityResult {
  id: string;
  name: string;
  type: string;
  definition?: LocationItem;
  mentions: LocationItem[];
}

/** Request: every register entry, for pickers. */
export const EntriesRequest = 'clio/entries';
export interface EntryItem {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

/** Request: the WorkspaceEdit that adds `text` to an entry's aliases (null when the entry is gone). */
export const AddAliasRequest = 'clio/addAlias';
export interface AddAliasParams {
  id: string;
  text: string;
}

/** Request: a draft register.yaml built from the corpus's candidate names. */
export const DraftRegisterRequest = 'clio/draftRegister';
export interface DraftRegisterResult {
  yaml: string;
  entries: number;
  /** Where the register should go: the first workspace folder. */
  uri?: string;
}
