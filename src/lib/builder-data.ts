import type { CatalogueServer } from './catalogue.ts';
import type { Choice } from './policy/choices.ts';
import { RATES } from './policy/rates.ts';
import type { ServerPolicyInput } from './policy/server-policy.ts';
import type { Window } from './policy/types.ts';
import { toolExampleCalls } from './tool-examples.ts';

/**
 * What the builder's form shows for one tool beside the policy input: its printed name, its page
 * and the limit its row starts with. Name and slug are left out when they equal the tool's name,
 * as they mostly do, since the policy input already carries it.
 */
export interface BuilderRow {
  /** The name as pages print it (invisible characters made visible); set as text, never as markup. */
  label?: string;
  /** The tool page's path segment under the server's `tools/`. */
  slug?: string;
  /** The recommended limit, or the tool's class limit when the recommendation is not to limit it. */
  count: number;
  window: Window;
}

/**
 * Everything the server page's builder script needs, in one JSON block. The form's rows and the
 * call checker's tool list are drawn from it in the browser: the form is hidden without
 * JavaScript anyway, and printing it per tool was a third of a big server page.
 */
export interface BuilderData {
  input: ServerPolicyInput;
  recommended: Choice[];
  /** A typical call's arguments for each tool, for the "try a call" form. */
  samples: Record<string, unknown>[];
  rows: BuilderRow[];
}

/** The builder's data for a server, in tool order. */
export function serverToBuilderData(entry: CatalogueServer): BuilderData {
  return {
    input: entry.policyInput,
    recommended: entry.tools.map((t) => t.choice),
    samples: entry.tools.map((t) => toolExampleCalls(t)[0]!.call.arguments),
    rows: entry.tools.map((t) => {
      const limit = t.choice.mode === 'limit' ? t.choice : RATES[t.rateClass];
      const name = t.tool.name;
      return { ...(t.label !== name && { label: t.label }), ...(t.slug !== name && { slug: t.slug }), count: limit.count, window: limit.window };
    }),
  };
}

/**
 * Above this many tools the builder's rows start folded and are drawn only when the reader opens
 * them. A row is ~50 px and ~15 elements: at 1,083 tools (0nmcp) the open form put the policy
 * text 51,000 px below its own heading and made 16,000 of the page's 26,000 elements.
 */
export const BUILDER_ROWS_OPEN_MAX = 100;
