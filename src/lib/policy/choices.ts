import type { Category } from '../taxonomy.ts';
import { RATES, type RateClass } from './rates.ts';
import { canBeHidden, type Window } from './types.ts';

/** What a policy does with one tool; the server page's builder offers the same four choices. */
export type Choice =
  | { mode: 'allow' }
  | { mode: 'limit'; count: number; window: Window }
  | { mode: 'deny' }
  | { mode: 'hide' };
export type ChoiceMode = Choice['mode'];
export const CHOICE_MODES = ['allow', 'limit', 'deny', 'hide'] as const satisfies readonly ChoiceMode[];

/** What a recommendation reads from a tool's argument rules: whether its money is bounded and whether it must be denied outright. */
export interface RecommendationInput {
  category: Category;
  rateClass: RateClass;
  boundsMoney: boolean;
  /** Set when the tool runs code the agent writes: no rule can make that safe. */
  deniedForCode: boolean;
}

/**
 * The recommended choice: destructive tools are hidden from the agent; tools that run code the
 * agent writes are denied, and so is money that no argument can bound; everything else is allowed
 * under the rate of its kind (see `rates.ts`), with its argument rules.
 */
export function recommendedChoice({ category, rateClass, boundsMoney, deniedForCode }: RecommendationInput): Choice {
  if (category === 'Destructive') return { mode: 'hide' };
  if (deniedForCode || (category === 'Financial' && !boundsMoney)) return { mode: 'deny' };
  const { count, window } = RATES[rateClass];
  return { mode: 'limit', count, window };
}

/** The recommendation for a tool, kept within what Intercept can do for its name: a tool that cannot be hidden is denied instead. */
export function recommendedChoiceFor(toolName: string, input: RecommendationInput): Choice {
  const choice = recommendedChoice(input);
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
