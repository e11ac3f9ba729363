/**
 * Draws the policy builder's rows and the call checker's tool list from the page's JSON block.
 * Names are third-party text: every one is set with `textContent` or an attribute, never as markup.
 * The recommendation goes into the controls' defaults (`defaultSelected`, `defaultValue`), so the
 * form's reset button brings it back.
 */
import type { BuilderData } from '../lib/builder-data.ts';
import type { ChoiceMode } from '../lib/policy/choices.ts';
import { WINDOWS } from '../lib/policy/types.ts';

/** The builder's four choices; choices.ts has the same list, but importing it would bundle the rate table into the first load. */
const MODES = ['allow', 'limit', 'deny', 'hide'] as const satisfies readonly ChoiceMode[];

/** One `<tr data-row>` per tool into `tbody`: link to its page, category, choice, limit. */
export function drawBuilderRows(tbody: HTMLElement, data: BuilderData, toolsUrl: string): void {
  tbody.replaceChildren(
    ...data.rows.map((row, i) => {
      const name = data.input.tools[i]!.name;
      const label = row.label ?? name;
      const tr = document.createElement('tr');
      tr.dataset.row = String(i);
      const link = document.createElement('a');
      link.href = `${toolsUrl}${row.slug ?? name}/`;
      link.textContent = label;
      const mode = select(`mode-${i}`, `Choice for ${label}`, MODES, data.recommended[i]!.mode);
      const count = document.createElement('input');
      Object.assign(count, { type: 'number', name: `count-${i}`, min: '1', max: '100000', step: '1', defaultValue: String(row.count) });
      count.setAttribute('aria-label', `Calls allowed for ${label}`);
      const per = document.createElement('span');
      per.setAttribute('aria-hidden', 'true');
      per.textContent = ' per ';
      const limit = cell(count, per, select(`window-${i}`, `Window for ${label}`, WINDOWS, row.window));
      limit.className = 'builder-limit';
      tr.append(cell(link), cell(data.input.tools[i]!.category), cell(mode), limit);
      return tr;
    }),
  );
}

/** The call checker's `<option>`s: one per tool, its value the tool's index. */
export function drawToolOptions(picker: HTMLSelectElement, data: BuilderData): void {
  picker.replaceChildren(...data.rows.map((row, i) => new Option(row.label ?? data.input.tools[i]!.name, String(i))));
}

function select(name: string, label: string, values: readonly string[], chosen: string): HTMLSelectElement {
  const element = document.createElement('select');
  element.name = name;
  element.setAttribute('aria-label', label);
  element.append(...values.map((value) => new Option(value, value, value === chosen, value === chosen)));
  return element;
}

function cell(...content: (Node | string)[]): HTMLTableCellElement {
  const td = document.createElement('td');
  td.append(...content);
  return td;
}
