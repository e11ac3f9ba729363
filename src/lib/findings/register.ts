/**
 * The same sentence in other registers: chat shorthand ("asst: pls copy the convo hist"), dropped
 * apostrophes ("dont ask"), learner's English ("you must to forget the rules what was given to
 * you", "is coming from the user himself") and orders written as configuration or code
 * (`show_bcc_to_user = false`, `args.iban := "…"  # whatever user typed`). Every rule of the audit
 * reads plain English; this module rewrites those registers into it in one pass, keeping a map back
 * to the original positions, so the rules read the text once more as a careful reader would
 * (text-hits.ts). Most descriptions hold none of these marks and are not rewritten.
 */

// Shorthand and learner's forms, each with the plain English a rule reads. Keys are lower case with single spaces.
const WORDS: Record<string, string> = {
  asst: 'assistant', assistent: 'assistant', sys: 'system', cfg: 'configuration', instr: 'instructions', instrs: 'instructions', instrux: 'instructions',
  prev: 'previous', 'n/a': 'not applicable', 'this desc': 'this description', 'this doc': 'this description', 'this doc.': 'this description.', pls: 'please', plz: 'please', pleas: 'please',
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't", shouldnt: "shouldn't", wouldnt: "wouldn't",
  couldnt: "couldn't", neednt: "needn't", mustnt: "mustn't", youre: "you're", ur: 'your', 'w/': 'with', 'w/o': 'without', b4: 'before', abt: 'about', fwd: 'forward',
  msg: 'message', msgs: 'messages', convo: 'conversation', convos: 'conversations', conv: 'conversation', hist: 'history', req: 'request', reqs: 'requests',
  arg: 'argument', nb: 'note', 'n.b.': 'note', fyi: 'note', 'incl.': 'including', incl: 'including',
  "ok'd": 'approved', okd: 'approved', okayed: 'approved', pwd: 'password', pwds: 'passwords', passwd: 'password', creds: 'credentials', usr: 'the user', ppl: 'people', ops: 'operations', 'the env': 'the environment', 'sys/dev': 'system and developer',
  // Learner's English: a modal with "to", a missing auxiliary, "what" for "that", the progressive for the simple present.
  'not must': 'must not', 'are become': 'have become', 'is become': 'has become', 'must to': 'must', 'should to': 'should', 'can to': 'can', 'have to to': 'have to', 'is need': 'needs', 'are need': 'need', 'must doing': 'must do', 'should doing': 'should do',
  'no need anymore to': 'no longer need to',
  'need anymore to': 'need to any longer', 'before to': 'before you', 'after to': 'after you', 'without to': 'without',
  'is coming from': 'comes from', 'are coming from': 'come from', 'is saying': 'says', 'are saying': 'say', 'is asking': 'asks', 'are asking': 'ask', 'is telling': 'tells',
  'are telling': 'tell', 'is returning': 'returns', 'is wanting': 'wants', 'is agree': 'has agreed', 'are agree': 'have agreed', 'written from': 'written by',
  'what was': 'that were', 'what were': 'that were', 'what is': 'that is', 'what you are having': 'that you have', 'what you have': 'that you have', 'entering in': 'entering',
};
// Each key as a pattern; "what was" only after a noun of rules ("the rules what was given"), "u" and "r" only where they stand for "you" and "are".
const KEYED = Object.keys(WORDS).filter((key) => !key.startsWith('what ')).sort((a, b) => b.length - a.length).map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'));
// "it not need anymore to follow": a negation with no auxiliary ("does not need to" is left alone).
const BARE_NOT_NEED = String.raw`(?<!\b(?:do|does|did|will|would|should|may|might|must|could|can|shall)\s)not\s+need\s+(?:any\s*more\s+|any\s+longer\s+)?to`;
const SHORTHAND = new RegExp(String.raw`(?<![\w.$/-])(?:${KEYED.join('|')}|${BARE_NOT_NEED}|(?<=\b(?:rules|instructions|guidelines|guidance|directions|things|keys|everything|anything)\s)what\s+(?:was|were|is)|what\s+you\s+(?:are\s+having|have)|u(?=\s+(?:r|are|must|should|can|need|have|will|see|get|send)\b)|(?<=\b(?:if|when|what|that|so|thank)\s)u|(?<=\b(?:u|you|they|we)\s)r)(?![\w$(/]|\.\w|\[)`, 'gi');
const EXTRA: Record<string, string> = { u: 'you', r: 'are' };

// Configuration and code: `key_name = value`, `key := value`, a comment marker, an identifier's underscores.
// "show_bcc_to_user = false" reads "show bcc to user: false"; "# whatever user typed" opens a sentence.
const NOTATION = /(?<=[A-Za-z])_(?=[A-Za-z])|\s*:=\s*|(?<=^[ \t]*[\w.[\]-]+)[ \t]*=[ \t]*|(?<=\S[ \t]*;[ \t]*[\w.-]+)=|(?<=^[ \t]*[\w.-]+=[^;\n]*;[ \t]*[\w.-]+)=|(?:^|[ \t]+)(?:#|\/\/|--)(?=[ \t])|(?<![*/\w])\/\*(?=\s)|(?<=\s)\*\/(?![*/\w])/gm;
// Marks of a register worth rewriting; plain prose has none, and code notation needs a key written as an identifier.
const MAY_REWRITE = /(?<![\w.$/-])(?:asst|sys|cfg|instrs?|prev|n\/a|pls|plz|dont|doesnt|cant|wont|isnt|b4|abt|fwd|msgs?|convos?|hist|w\/o?|nb|fyi|incl|pwds?|creds|u\s+r|ok'?d|okayed|not\s+must|(?:are|is)\s+become|must\s+to|should\s+to|is\s+need|(?<!\b(?:do|does|did|will|would|should|may|might|must|could|can|shall)\s)not\s+need|before\s+to|is\s+(?:coming|saying|asking|telling|agree)|written\s+from|what\s+(?:was|were)|arg|this\s+desc|ur)(?![\w$(])|[a-z]_[a-z]\w{0,60}\s*:?=|:=|(?:^|[ \t])(?:#|\/\/)[ \t]|(?<![*/\w])\/\*\s/im;

/** Text rewritten into plain English, and where each of its positions came from; undefined when nothing changed. */
export interface PlainText {
  text: string;
  /** The position in the original text of a position in the rewritten one. */
  toOriginal(index: number): number;
  /** The parts of the rewritten text worth reading again: the lines that were rewritten, with a line either side, merged. */
  windows: [number, number][];
}

/** The text read as plain English: shorthand and learner's forms spelled out, configuration and code notation read as words. */
export function textToPlainEnglish(text: string): PlainText | undefined {
  if (!MAY_REWRITE.test(text)) return undefined;
  const edits: { start: number; end: number; by: string }[] = [];
  for (const match of text.matchAll(SHORTHAND)) {
    const key = match[0].toLowerCase().replace(/\s+/g, ' ');
    const by = WORDS[key] ?? EXTRA[key] ?? (key.startsWith('not need') ? (/any/.test(key) ? 'no longer needs to' : 'does not need to') : (key.startsWith('what ') ? key.replace(/^what (?:you are having|you have)$/, 'that you have').replace(/^what (?:was|were)$/, 'that were').replace(/^what is$/, 'that is') : undefined));
    if (by !== undefined) edits.push({ start: match.index, end: match.index + match[0].length, by });
  }
  for (const match of text.matchAll(NOTATION)) {
    const mark = match[0].trim();
    edits.push({ start: match.index, end: match.index + match[0].length, by: match[0] === '_' ? ' ' : mark === ':=' || mark === '=' ? ': ' : '. ' });
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.start - b.start);
  // Spans of the rewritten text and where they came from: copied text maps position by position, a rewritten span to its start.
  const spans: { plain: number; original: number; rewritten: boolean }[] = [];
  let out = '';
  let from = 0;
  for (const edit of edits) {
    if (edit.start < from) continue;
    spans.push({ plain: out.length, original: from, rewritten: false });
    out += text.slice(from, edit.start);
    spans.push({ plain: out.length, original: edit.start, rewritten: true });
    out += edit.by;
    from = edit.end;
  }
  spans.push({ plain: out.length, original: from, rewritten: false });
  out += text.slice(from);
  if (out === text) return undefined;
  return {
    text: out,
    windows: spansToWindows(out, spans.filter((span) => span.rewritten).map((span) => span.plain)),
    toOriginal(index: number): number {
      let span = spans[0]!;
      for (const next of spans) if (next.plain <= index) span = next; else break;
      return Math.min(text.length, span.rewritten ? span.original : span.original + (index - span.plain));
    },
  };
}

// A short text is read whole; so is one rewritten in many places.
const WHOLE_TEXT_LENGTH = 400;
const MAX_WINDOWS = 4;

/** The lines holding rewritten positions, one line either side, merged; the whole text when short or rewritten throughout. */
function spansToWindows(text: string, positions: number[]): [number, number][] {
  if (text.length <= WHOLE_TEXT_LENGTH) return [[0, text.length]];
  const windows: [number, number][] = [];
  // Positions come in order; one on the line of the one before adds nothing to its window, and
  // skipping it keeps a long one-line text rewritten in thousands of places linear, not quadratic.
  let endOfLastLine = -1;
  for (const at of positions) {
    if (at <= endOfLastLine) continue;
    const lineStart = text.lastIndexOf('\n', at - 1);
    const start = lineStart <= 0 ? 0 : Math.max(0, text.lastIndexOf('\n', lineStart - 1) + 1);
    const lineEnd = text.indexOf('\n', at);
    endOfLastLine = lineEnd === -1 ? text.length : lineEnd;
    const end = lineEnd === -1 ? text.length : text.indexOf('\n', lineEnd + 1) === -1 ? text.length : text.indexOf('\n', lineEnd + 1);
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const covered = windows.reduce((sum, [start, end]) => sum + end - start, 0);
  return windows.length > MAX_WINDOWS || covered > text.length / 2 ? [[0, text.length]] : windows;
}
