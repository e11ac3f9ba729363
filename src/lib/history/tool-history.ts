import type { FieldChange, HistoryWarning } from '../schemas/history.ts';
import type { HistoryEntry, Server } from '../schemas/server.ts';
import type { ToolChangeKind } from './change-text.ts';
import { textsToWordDiff, type DiffPart } from './word-diff.ts';

/** One change of one tool, as its page shows it. */
export interface ToolEvent {
  /** The version's publish date, or the import's date when the version's is unknown. */
  date: string;
  /** True when `date` is the publish date of `version` (listed in the server's `versions`). */
  published: boolean;
  version?: string;
  change: ToolChangeKind;
  fields: string[];
  /** Exactly what changed; empty for entries recorded before details were kept. */
  details: FieldChange[];
  warnings: HistoryWarning[];
  /** Word-level diff of the description, when the change recorded its text before and after. */
  descriptionDiff?: DiffPart[];
}

/** Where a tool's recorded life starts. */
export interface FirstSeen {
  /** `added`: a later version brought it; `first-version`: there in the oldest version imported; `before-history`: older than the first recorded change; `only-import`: no history at all. */
  how: 'added' | 'first-version' | 'before-history' | 'only-import';
  version?: string;
  date: string;
}

/** A tool's history: where it starts and its changes, newest first. */
export interface ToolHistoryView {
  firstSeen: FirstSeen;
  events: ToolEvent[];
}

const viewsByServer = new WeakMap<Server, Map<string, ToolHistoryView>>();

/**
 * The history of one tool of a server (also of a tool it no longer has), from the server's
 * `history` and `versions`. Computed once per server (memoised on the server object): word diffs
 * only for tools that had a description change.
 */
export function toolHistoryOf(server: Server, toolName: string): ToolHistoryView {
  let views = viewsByServer.get(server);
  if (!views) {
    views = serverToToolHistories(server);
    viewsByServer.set(server, views);
  }
  return views.get(toolName) ?? { firstSeen: firstSeenBeforeEvents(server), events: [] };
}

function serverToToolHistories(server: Server): Map<string, ToolHistoryView> {
  const eventsByTool = new Map<string, ToolEvent[]>();
  const push = (name: string, event: ToolEvent) => eventsByTool.set(name, [...(eventsByTool.get(name) ?? []), event]);
  const publishedOn = new Map((server.versions ?? []).map((v) => [v.version, v.published]));
  for (const entry of server.history ?? []) {
    const facts = entryToFacts(entry, publishedOn);
    const warningsOf = (name: string) => (entry.warnings ?? []).filter((w) => w.tool === name);
    for (const name of entry.added) push(name, { ...facts, change: 'added', fields: [], details: [], warnings: warningsOf(name) });
    for (const name of entry.removed) push(name, { ...facts, change: 'removed', fields: [], details: [], warnings: [] });
    for (const change of entry.changed) {
      const details = change.details ?? [];
      const description = details.find((d) => d.part === 'description' && d.change === 'changed');
      push(change.name, {
        ...facts,
        change: 'changed',
        fields: change.fields,
        details,
        warnings: warningsOf(change.name),
        ...(description ? { descriptionDiff: textsToWordDiff(description.before ?? '', description.after ?? '') } : {}),
      });
    }
  }
  const views = new Map<string, ToolHistoryView>();
  const fallback = firstSeenBeforeEvents(server);
  for (const [name, events] of eventsByTool) {
    const oldest = events.at(-1)!;
    const firstSeen: FirstSeen = oldest.change === 'added' ? { how: 'added', date: oldest.date, ...(oldest.version ? { version: oldest.version } : {}) } : fallback;
    views.set(name, { firstSeen, events });
  }
  return views;
}

/** The start of the record for a tool present before every recorded change. */
function firstSeenBeforeEvents(server: Server): FirstSeen {
  const firstVersion = server.versions?.find((v) => v.failed === undefined);
  if (firstVersion) return { how: 'first-version', version: firstVersion.version, date: firstVersion.published };
  const oldestEntry = server.history?.at(-1);
  if (oldestEntry) return { how: 'before-history', date: oldestEntry.date };
  return { how: 'only-import', date: server.source.date, ...(server.run.version ? { version: server.run.version } : {}) };
}

/** An entry's date and version, and whether the date is the version's publish date. */
export function entryToFacts(entry: HistoryEntry, publishedOn: ReadonlyMap<string, string>): Pick<ToolEvent, 'date' | 'published' | 'version'> {
  const version = entry.packageVersion;
  return { date: entry.date, published: version !== undefined && publishedOn.get(version) === entry.date, ...(version !== undefined ? { version } : {}) };
}
