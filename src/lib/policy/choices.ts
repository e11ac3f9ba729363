import type { Category } from '../taxonomy.ts';
import { canBeHidden, type Window } from './types.ts';

/** What a policy does with one tool; the server page's builder offers the same four choices. */
export type Choice =
  | { mode: 'allow' }
  | { mode: 'limit'; count: number; window: Window }
  | { mode: 'deny' }
  | { mode: 'hide' };
export type ChoiceMode = Choice['mode'];
export const CHOICE_MODES = ['allow', 'limit', 'deny', 'hide'] as const satisfies readonly ChoiceMode[];

/**
 * The recommended choice per category: reads stay allowed under a generous cap, changes and
 * executions under tighter ones, destructive tools are hidden from the agent, money moves only
 * when the tool's arguments can be bounded (see `argument-rules.ts`), and "Other" is capped until
 * someone reviews it.
 */
export function recommendedChoice(category: Category, canBoundMoney: boolean): Choice {
  switch (category) {
    case 'Read':
      return { mode: 'limit', count: 60, window: 'minute' };
    case 'Write':
      return { mode: 'limit', count: 20, window: 'minute' };
    case 'Execute':
      return { mode: 'limit', count: 10, window: 'minute' };
    case 'Other':
      return { mode: 'limit', count: 10, window: 'minute' };
    case 'Financial':
      return canBoundMoney ? { mode: 'limit', count: 5, window: 'minute' } : { mode: 'deny' };
    case 'Destructive':
      return { mode: 'hide' };
  }
}

/** The recommendation for a tool, kept within what Intercept can do for its name: a tool that cannot be hidden is denied instead. */
export function recommendedChoiceFor(toolName: string, category: Category, canBoundMoney: boolean): Choice {
  const choice = recommendedChoice(category, canBoundMoney);
  return choice.mode === 'hide' && !canBeHidden(toolName) ? { mode: 'deny' } : choice;
}

/** "60 calls a minute" */
export function choiceToText(choice: Choice): string {
  switch (choice.mode) {
    case 'allow':
      return 'allowed with no checks';
    case 'limit':
      return `at most ${choice.count} call${choice.count === 1 ? '' : 's'} a${choice.window === 'hour' ? 'n' : ''} ${choice.window}`;
    case 'deny':
      return 'denied';
    case 'hide':
      return 'hidden and denied';
  }
}
