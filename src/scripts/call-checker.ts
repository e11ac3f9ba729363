/**
 * "Try a call" under the server page's policy builder: the reader picks a tool, types its arguments
 * as JSON and sees what the policy they are composing decides, by the same evaluator that decides
 * the example calls on tool pages. The evaluator (with its RE2 engine) loads on the first check.
 */
import type { Choice } from '../lib/policy/choices.ts';
import type { ServerPolicyInput } from '../lib/policy/server-policy.ts';

interface CheckerData {
  input: ServerPolicyInput;
  /** A typical call's arguments for each tool, in tool order: what the form starts from. */
  samples: Record<string, unknown>[];
}

type Engine = [typeof import('../lib/policy/evaluate.ts'), typeof import('../lib/policy/compose.ts')];

/** Wires the checker form inside `root`; `readChoices` returns the builder's current choices, one per tool. */
export function startCallChecker(root: HTMLElement, data: CheckerData, readChoices: () => Choice[]): void {
  const form = root.querySelector<HTMLFormElement>('[data-call-checker]');
  const result = root.querySelector<HTMLElement>('[data-call-decision]');
  if (!form || !result) return;
  const tool = form.elements.namedItem('tool') as HTMLSelectElement;
  const args = form.elements.namedItem('arguments') as HTMLTextAreaElement;
  let engine: Promise<Engine> | undefined;
  let counters: InstanceType<Engine[0]['CounterStore']> | undefined;
  let lastPolicy = '';
  form.hidden = false;
  tool.addEventListener('change', () => {
    args.value = JSON.stringify(data.samples[Number(tool.value)] ?? {}, null, 2);
    result.textContent = '';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const index = Number(tool.value);
    let parsed: unknown;
    try {
      parsed = JSON.parse(args.value || '{}');
    } catch (error) {
      result.textContent = `The arguments are not JSON: ${(error as Error).message}`;
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      result.textContent = 'The arguments must be a JSON object, such as {"path": "notes.md"}.';
      return;
    }
    engine ??= Promise.all([import('../lib/policy/evaluate.ts'), import('../lib/policy/compose.ts')]);
    const [{ CounterStore, evaluateCall, decisionToMessage }, { serverToPolicy }] = await engine;
    // Read the form once: reading it per tool made a check quadratic (3.7 million control lookups at 1,200 tools).
    const choices = readChoices();
    const policy = serverToPolicy(data.input.serverName, data.input.tools.map((t, i) => ({ tool: t, choice: choices[i]! })));
    // Checks count like real calls, so a rate limit shows; a changed policy starts its counters afresh.
    const key = JSON.stringify(policy);
    if (key !== lastPolicy || !counters) counters = new CounterStore();
    lastPolicy = key;
    const decision = evaluateCall(policy, { name: data.input.tools[index]!.name, arguments: parsed as Record<string, unknown> }, counters);
    result.dataset.decision = decision.allowed ? 'allowed' : 'denied';
    result.textContent = decision.allowed ? 'Allowed: this call would reach the server.' : `Denied${decision.rule ? ` by rule “${decision.rule}”` : ''}. The agent reads: ${decisionToMessage(decision)}`;
  });
}
