/**
 * The server page's policy builder. It reads the build's own input (tools, argument rules,
 * recommended choices) from a JSON data block and composes the policy with the same lib module
 * the build uses, loaded on the first change so that a reader who only copies pays nothing.
 */
import type { BuilderData } from '../lib/builder-data.ts';
import type { Choice } from '../lib/policy/choices.ts';
import type { Window } from '../lib/policy/types.ts';
import { drawBuilderRows, drawToolOptions } from './builder-rows.ts';
import { startCallChecker } from './call-checker.ts';

/** Reveals the builder inside `root` and keeps its two snippets and downloads in step with the form. */
export function startPolicyBuilder(root: HTMLElement): void {
  const dataBlock = root.querySelector('script[data-builder-input]');
  const form = root.querySelector<HTMLFormElement>('[data-builder-form]');
  const yamlCode = root.querySelector('pre[data-policy="intercept-yaml"] code');
  const jsonCode = root.querySelector('pre[data-policy="json"] code');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  const rows = root.querySelector<HTMLElement>('[data-builder-rows]');
  if (!dataBlock || !form || !yamlCode || !jsonCode || !status || !rows) return;
  const data = JSON.parse(dataBlock.textContent ?? '{}') as BuilderData;
  // A big server's rows start folded and are drawn on first unfolding; until then the choices are the recommendation.
  const folded = root.querySelector<HTMLDetailsElement>('details[data-builder-rows-folded]');
  let drawn = false;
  const drawRows = () => {
    if (drawn) return;
    drawn = true;
    drawBuilderRows(rows, data, form.dataset.toolsUrl ?? '');
    for (const [i] of data.recommended.entries()) toggleLimit(form, i);
  };
  const readChoices = (): Choice[] => (drawn ? data.recommended.map((_, i) => readChoice(form, i)) : data.recommended);
  const toolPicker = root.querySelector<HTMLSelectElement>('[data-call-tools]');
  if (toolPicker) drawToolOptions(toolPicker, data);
  const downloads = [...root.querySelectorAll<HTMLAnchorElement>('a[download]')];
  const staticHrefs = downloads.map((a) => a.href);
  let blobUrls: string[] = [];
  let composer: Promise<typeof import('../lib/policy/server-policy.ts')> | undefined;
  let generation = 0;
  form.hidden = false;

  const update = async () => {
    const mine = ++generation;
    composer ??= import('../lib/policy/server-policy.ts');
    const { serverPolicyTexts } = await composer;
    // A later change may have started while the composer loaded: only the newest update writes, and it reads the form now.
    if (mine !== generation) return;
    const choices = readChoices();
    const changed = choices.filter((c, i) => JSON.stringify(c) !== JSON.stringify(data.recommended[i])).length;
    const texts = serverPolicyTexts(data.input, choices);
    yamlCode.textContent = texts.yaml;
    jsonCode.textContent = texts.json;
    for (const url of blobUrls) URL.revokeObjectURL(url);
    blobUrls = changed === 0 ? [] : [texts.yaml, texts.json].map((text, i) => URL.createObjectURL(new Blob([text], { type: i === 0 ? 'application/yaml' : 'application/json' })));
    downloads.forEach((a, i) => (a.href = blobUrls[i] ?? staticHrefs[i]!));
    status.textContent = changed === 0 ? 'Recommended policy.' : `Your policy: ${changed} tool${changed === 1 ? '' : 's'} changed from the recommendation.`;
    if (drawn) for (const [i] of data.recommended.entries()) toggleLimit(form, i);
  };
  form.addEventListener('change', () => void update());
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="number"]')) void update();
  });
  form.addEventListener('reset', () => window.setTimeout(() => void update(), 0));
  form.addEventListener('submit', (event) => event.preventDefault());
  if (folded && !folded.open) folded.addEventListener('toggle', drawRows);
  else drawRows();
  startCallChecker(root, data, readChoices);
}

/** The choice the form's row `i` describes. A count that is not a positive whole number falls back to 1. */
export function readChoice(form: HTMLFormElement, i: number): Choice {
  const mode = (form.elements.namedItem(`mode-${i}`) as HTMLSelectElement).value;
  if (mode !== 'limit') return { mode: mode as 'allow' | 'deny' | 'hide' };
  const raw = Number((form.elements.namedItem(`count-${i}`) as HTMLInputElement).value);
  const count = Number.isInteger(raw) && raw >= 1 ? Math.min(raw, 100_000) : 1;
  return { mode: 'limit', count, window: (form.elements.namedItem(`window-${i}`) as HTMLSelectElement).value as Window };
}

function toggleLimit(form: HTMLFormElement, i: number): void {
  const limited = (form.elements.namedItem(`mode-${i}`) as HTMLSelectElement).value === 'limit';
  (form.elements.namedItem(`count-${i}`) as HTMLInputElement).disabled = !limited;
  (form.elements.namedItem(`window-${i}`) as HTMLSelectElement).disabled = !limited;
}
