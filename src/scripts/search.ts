/**
 * The search page: Pagefind's JS API with a small UI of our own. Results show tool, server,
 * category and risk; filters carry counts. Every value from the index is set as text (Pagefind
 * escapes only the excerpt, and we rebuild even that from text and <mark> elements).
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters: Record<string, string[]> }): Promise<PagefindSearch | null>;
}

const FILTER_ORDER = ['category', 'risk', 'findings', 'server'] as const;
/** Values in the rubric's order; other filters list values by how many results they hold. */
const VALUE_ORDER: Record<string, string[]> = {
  category: ['Financial', 'Destructive', 'Execute', 'Write', 'Read', 'Other'],
  risk: ['Critical', 'High', 'Medium', 'Low'],
};
/** A long filter (servers) shows its largest values first, the rest behind a button. */
const SHORT_LIST = 12;
const FILTER_LABELS: Record<string, string> = { category: 'Category', risk: 'Risk', findings: 'Findings', server: 'Server' };
const PAGE_SIZE = 20;

/** Wires the search form inside `root`; reads and writes `?q=` and filters in the address. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const filtersDisclosure = root.querySelector<HTMLElement>('[data-filters-box]')!;
  const chosen = root.querySelector<HTMLElement>('[data-filters-chosen]')!;
  const summary = root.querySelector<HTMLElement>('[data-summary]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const moreWrap = root.querySelector<HTMLElement>('[data-more-wrap]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Record<string, Set<string>> = Object.fromEntries(FILTER_ORDER.map((key) => [key, new Set(params.getAll(key))]));

  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  const allFilters = await pagefind.filters();

  let shown: PagefindSearch['results'] = [];
  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const term = input.value.trim();
    const filters = Object.fromEntries(Object.entries(selected).filter(([, values]) => values.size > 0).map(([key, values]) => [key, [...values]]));
    writeAddress(term, selected);
    // On a phone the filters start folded away: the summary says whether any is on.
    const chosenCount = Object.values(selected).reduce((sum, values) => sum + values.size, 0);
    chosen.textContent = chosenCount === 0 ? '' : ` (${chosenCount} chosen)`;
    if (!term && Object.keys(filters).length === 0) {
      renderFilters(filtersBox, allFilters, undefined, selected, run);
      summary.textContent = 'Type a word or pick a filter.';
      list.replaceChildren();
      moreWrap.hidden = true;
      return;
    }
    const result = await pagefind.search(term || null, { filters });
    if (mine !== generation || !result) return;
    renderFilters(filtersBox, allFilters, result.filters, selected, run);
    shown = await exactNamesFirst(result.results, term);
    if (mine !== generation) return;
    summary.textContent = `${shown.length} result${shown.length === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}.`;
    list.replaceChildren();
    await showPage(list, shown, 0);
    moreWrap.hidden = shown.length <= PAGE_SIZE;
  };
  more.addEventListener('click', async () => {
    await showPage(list, shown, list.children.length);
    moreWrap.hidden = list.children.length >= shown.length;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  filtersDisclosure.hidden = false;
  await run();
}

/** How many of Pagefind's first results are looked at for a page titled exactly as the query. */
const EXACT_WINDOW = 40;

/**
 * A page titled exactly as the query (a tool's name) comes first: Pagefind ranks by how often
 * the words occur, so with hundreds of servers a page that mentions a tool's name many times
 * can outrank the tool itself. The rest keep Pagefind's order.
 */
async function exactNamesFirst(results: PagefindSearch['results'], term: string): Promise<PagefindSearch['results']> {
  if (!term) return results;
  const head = results.slice(0, EXACT_WINDOW);
  const titles = await Promise.all(head.map(async (r) => ((await r.data()).meta.title ?? '').toLowerCase()));
  const exact = head.filter((_, i) => titles[i] === term.toLowerCase());
  return exact.length === 0 ? results : [...exact, ...results.filter((r) => !exact.includes(r))];
}

async function showPage(list: HTMLOListElement, results: PagefindSearch['results'], from: number): Promise<void> {
  const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  for (const data of page) list.append(resultItem(data));
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const facts = document.createElement('p');
  facts.className = 'muted';
  facts.textContent = [data.meta.server, data.meta.category, data.meta.risk ? `${data.meta.risk} risk` : ''].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptToNodes(data.excerpt));
  item.append(link, facts, excerpt);
  return item;
}

/** Pagefind's excerpt is escaped text with <mark> around hits: rebuild it from text nodes, never innerHTML. */
function excerptToNodes(excerpt: string): Node[] {
  const decoder = document.createElement('textarea');
  return excerpt.split(/<mark>|<\/mark>/).map((part, i) => {
    decoder.innerHTML = part;
    const text = document.createTextNode(decoder.value);
    if (i % 2 === 0) return text;
    const mark = document.createElement('mark');
    mark.append(text);
    return mark;
  });
}

function renderFilters(box: HTMLElement, all: Record<string, Record<string, number>>, current: Record<string, Record<string, number>> | undefined, selected: Record<string, Set<string>>, onChange: () => Promise<void>): void {
  const expanded = new Set([...box.querySelectorAll<HTMLElement>('fieldset[data-expanded]')].map((f) => f.dataset.key!));
  box.replaceChildren();
  for (const key of FILTER_ORDER) {
    const values = all[key];
    if (!values || Object.keys(values).length === 0) continue;
    const countOf = (value: string) => (current ? (current[key]?.[value] ?? 0) : values[value]!);
    const order = VALUE_ORDER[key];
    const sorted = Object.keys(values).sort(order ? (a, b) => order.indexOf(a) - order.indexOf(b) : (a, b) => countOf(b) - countOf(a) || (a < b ? -1 : 1));
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.key = key;
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key] ?? key;
    fieldset.append(legend);
    const isLong = !order && sorted.length > SHORT_LIST && !expanded.has(key);
    const shown = isLong ? sorted.filter((v, i) => i < SHORT_LIST || selected[key]!.has(v)) : sorted;
    for (const value of shown) fieldset.append(filterOption(key, value, countOf(value), selected, onChange));
    if (isLong) {
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = `Show all ${sorted.length}`;
      more.addEventListener('click', () => {
        fieldset.dataset.expanded = '';
        renderFilters(box, all, current, selected, onChange);
      });
      fieldset.append(more);
    } else if (expanded.has(key)) fieldset.dataset.expanded = '';
    box.append(fieldset);
  }
}

function filterOption(key: string, value: string, count: number, selected: Record<string, Set<string>>, onChange: () => Promise<void>): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = key;
  input.value = value;
  input.checked = selected[key]!.has(value);
  input.addEventListener('change', () => {
    if (input.checked) selected[key]!.add(value);
    else selected[key]!.delete(value);
    void onChange();
  });
  label.append(input, document.createTextNode(` ${value} (${count})`));
  return label;
}

function writeAddress(term: string, selected: Record<string, Set<string>>): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const [key, values] of Object.entries(selected)) for (const value of values) params.append(key, value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}
