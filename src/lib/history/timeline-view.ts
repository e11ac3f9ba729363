import type { CatalogueServer } from '../catalogue.ts';
import { toDisplayText } from '../display-text.ts';
import { terminalTextToDisplay } from '../terminal-text.ts';
import { toolChangeToSummary, warningToSentence } from './change-text.ts';
import type { ToolMention } from './changes.ts';
import { serverToTimeline, type TimelineRow } from './timeline.ts';

/** A timeline row as the server page prints it: tools as links while the server has them, changes in words. */
export interface TimelineRowView extends Omit<TimelineRow, 'entry' | 'warnings'> {
  /** True when the row records a change (a version with no change and no failure shows "no change"). */
  changed: boolean;
  added: ToolMention[];
  removed: ToolMention[];
  modified: (ToolMention & { summary: string })[];
  /** One sentence per warning, naming its tool. */
  warnings: { tool: ToolMention; text: string }[];
}

/** The server page's version timeline, newest first (see `serverToTimeline`). */
export function serverToTimelineView(entry: CatalogueServer): TimelineRowView[] {
  const urlByName = new Map(entry.tools.map((t) => [t.tool.name, t.url]));
  const mention = (name: string, linked = true): ToolMention => {
    const url = linked ? urlByName.get(name) : undefined;
    return { name, label: toDisplayText(name, 120).text, ...(url ? { url } : {}) };
  };
  return serverToTimeline(entry.server).map(({ entry: history, warnings, ...row }) => ({
    ...row,
    // A failure quotes the server's stderr, colour codes and all.
    ...(row.failed !== undefined ? { failed: terminalTextToDisplay(row.failed) } : {}),
    changed: history !== undefined && history.added.length + history.removed.length + history.changed.length > 0,
    added: (history?.added ?? []).map((name) => mention(name)),
    removed: (history?.removed ?? []).map((name) => mention(name, false)),
    modified: (history?.changed ?? []).map((c) => ({ ...mention(c.name), summary: toolChangeToSummary('changed', c.fields, c.details ?? []) })),
    warnings: warnings.map((w) => ({ tool: mention(w.tool), text: warningToSentence(w) })),
  }));
}
