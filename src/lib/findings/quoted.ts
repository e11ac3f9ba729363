/**
 * Whether a match sits inside a quoted example: a jailbreak detector documents the attacks it
 * catches (`reflex_predict({ text: "ignore your instructions …" })`), a prompt library shows a
 * sample. The quote must open after a cue that introduces sample data (e.g., example, such as,
 * `text:`, detects) and close after the match, so an attacker's plain instruction in quotes
 * without such a cue still counts.
 */
import { ADDRESSES_MODEL } from './mood.ts';
const CUE = /(?:e\.g\.?|i\.e\.|example|examples|such\s+as|like|sample|text|input|prompt|query|message|string|detects?|flags?|catches|classif\w*|blocks?|scores?|for\s+instance)\W{0,6}$/i;

/**
 * True when `index` falls inside a quotation (on its line, within 200 characters) introduced as an
 * example, or in an example of what the tool says it detects (see isDetectedExample).
 */
export function isQuotedExample(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (isDetectedExample(text.slice(Math.max(lineStart, index - 200), index))) return true;
  let open: { at: number; close: string } | undefined;
  for (let at = Math.max(lineStart, index - 200); at < index; at++) {
    const char = text[at]!;
    if (open) {
      if (char === open.close) open = undefined;
    } else if (char === '"' || char === '`') open = { at, close: char };
    else if (char === '“') open = { at, close: '”' };
  }
  if (!open) return singleQuotedExample(text, index, lineStart);
  const close = text.indexOf(open.close, index);
  return close !== -1 && close - index <= 300 && isListOfExamples(text, open.at, lineStart);
}

// `such as "a", "b" and "c"`: a quote that follows another in a list shares the list's cue.
const LIST_SEPARATOR = /["”`]\s*(?:,|,?\s+(?:and|or))\s*$/;

function isListOfExamples(text: string, openAt: number, lineStart: number): boolean {
  if (isItemUnderExampleHeading(text, openAt, lineStart)) return true;
  let at = openAt;
  for (let item = 0; item < 12; item++) {
    const lead = text.slice(Math.max(lineStart, at - 40), at);
    if (CUE.test(lead)) return true;
    const separator = LIST_SEPARATOR.exec(lead);
    if (!separator) return false;
    const closing = at - lead.length + separator.index;
    const quote = text[closing]!;
    const opening = text.lastIndexOf(quote === '”' ? '“' : quote, closing - 1);
    if (opening < lineStart || closing - opening > 300) return false;
    at = opening;
  }
  return false;
}

/** The same for single quotes, which double as apostrophes: one opens after a space or `(` and closes before one. */
function singleQuotedExample(text: string, index: number, lineStart: number): boolean {
  for (let at = index - 1; at >= Math.max(lineStart, index - 200); at--) {
    if (text[at] !== "'" && text[at] !== '‘') continue;
    if (at > 0 && !/[\s(:]/.test(text[at - 1]!)) continue;
    const close = text.slice(index, index + 300).search(/['’](?=[\s,.;:)!?]|$)/);
    return close !== -1 && CUE.test(text.slice(Math.max(0, at - 40), at));
  }
  return false;
}

// "Examples:" on a line of its own, then one quoted sample a line: `- "Send an email to john@example.com …"`.
const BULLET_ONLY = /^\s*(?:[-*•]|\d{1,2}[.)])\s*$/;
const BULLET_LINE = /^\s*(?:[-*•]|\d{1,2}[.)])\s/;
const EXAMPLE_HEADING = /(?:e\.g\.?|examples?|such\s+as|for\s+instance|samples?|sample\s+(?:requests|prompts|tasks))\s*:\s*$/i;

/** True when the quote opens a list item whose list, a few lines up, is headed as examples. */
function isItemUnderExampleHeading(text: string, openAt: number, lineStart: number): boolean {
  if (!BULLET_ONLY.test(text.slice(lineStart, openAt))) return false;
  let end = lineStart - 1;
  for (let line = 0; line < 12 && end > 0; line++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end);
    if (!BULLET_LINE.test(above)) return EXAMPLE_HEADING.test(above);
    end = start - 1;
  }
  return false;
}

// "Scans tool definitions for injection patterns, such as requests to disregard prior instructions":
// a sentence whose verb is the tool's own detecting (third person, no one addressed), then an
// example cue, then a noun for what is detected ("requests to", "attempts to", "ignoring …"). An
// order would need the model addressed or an imperative after the cue; neither is read here.
const DETECTING_SENTENCE = /(?:^|[.!?:;]\s+)(?:(?:this\s+tool|the\s+(?:tool|scanner|server)|it)\s+)?(?:scans|detects|flags|finds|identifies|catches|checks|looks|searches|screens|audits|analy[sz]es|inspects|filters|blocks|reports|highlights|warns\s+about|scores|rates|grades|classifies|labels|evaluates|assesses|tests)\b(?:(?![.!?:;]\s)[^\n])*?\b(?:such\s+as|like|e\.g\.,?|including|for\s+example,?)\s+(?:(?:\w+\s+){0,3}(?:requests?|attempts?|instructions?|phrases?|text|prompts?|commands?|messages?|content|strings?|payloads?)\s+(?:to|that|which|asking|telling|like)\s+|\w+ing\s+)(?:(?![.!?:;]\s)[^\n])*$/i;

/** True when `before` (the text up to a match) ends inside an example of what the tool says it detects. */
function isDetectedExample(before: string): boolean {
  const match = DETECTING_SENTENCE.exec(before);
  return match !== null && !ADDRESSES_MODEL.test(match[0]);
}
