import type { Category } from '../taxonomy.ts';

/** Where a signal was read. */
export type SignalSource = 'name' | 'title' | 'description' | 'schema' | 'annotation';

/** One piece of evidence for a category. The strongest level decides; among equals, the rubric's order. */
export interface Signal {
  category: Category;
  /** How much this signal weighs: one of the `LEVEL` values. */
  level: number;
  source: SignalSource;
  /** Reader-facing words: "name verb `delete`". */
  text: string;
  /** Set when the description claims the tool only reads ("read-only", "does not modify"). */
  readOnlyClaim?: true;
  /** Set on a verb that claims changes without saying which ("manage", "work with"): see generic-claims.ts. */
  generic?: true;
  /** The name's or title's verb that gave this signal, so that a description negating it can take it back. */
  verb?: string;
  /** Set on evidence that the call changes something without saying what (a dry-run argument): it confirms no category. */
  floor?: true;
  /** Set on a warning of loss ("cannot be undone", "DESTRUCTIVE:"): the description's own words, not a verb read as deleting. */
  warning?: true;
  /** Set on the value of an action argument (`action: delete`): what the call can be asked to do, read from one word of a list. */
  actionValue?: true;
}

/**
 * How much each kind of evidence weighs. The description outranks the name (the rubric's note),
 * but a name that says delete or pay is never outranked: irreversible claims count at the
 * description's level, and the rubric's order then picks the worse.
 */
export const LEVEL = {
  /** Destructive warnings ("cannot be undone"), money arguments, financial verb + noun. */
  decisive: 10,
  /**
   * A lead sentence that explains the name's verb away: it unlinks, clears a cache or its own buffer,
   * moves to the trash. Outranks a name that says delete; a warning of loss still outranks it.
   */
  explains: 9,
  /** The description's lead sentence when it runs, deletes, pays or only manages a session; action enums; code arguments. */
  lead: 8,
  /** A name's verb that destroys or moves money. */
  nameIrreversible: 8,
  /** A later sentence that states, verb first, that the tool deletes or pays. */
  laterIrreversible: 8,
  /**
   * A name's verb in verb position. A lead sentence that reads or writes weighs the same: its
   * plain verbs ("Create an image from a Dockerfile") do not outrank a name that says more (`build_image`).
   */
  name: 6,
  leadPlain: 6,
  /** The human title's verb; the server's readOnlyHint=true claim. */
  title: 5,
  readOnlyHint: 5,
  /** A later sentence's statement about the tool; a name's verb out of verb position; a report noun. */
  statement: 4,
  softName: 4,
  /** "to <verb>" outside the lead sentence; a second verb in a name. */
  aside: 3,
  /** Annotations beyond readOnlyHint: they only break ties. */
  hint: 2,
} as const;

/** Builds a signal (keeps call sites on one line). */
export function signal(category: Category, level: number, source: SignalSource, text: string): Signal {
  return { category, level, source, text };
}
