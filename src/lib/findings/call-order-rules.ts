import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/**
 * Instructions about which tool to call first. Telling the model to call a tool before another
 * is how line-jumping payloads take effect before the user asks for anything, but real servers
 * also use it for honest dependencies ("call resolve-library-id before query-docs"): so it is a
 * low finding, and medium when it claims precedence over every other tool or every conversation.
 * @see https://blog.trailofbits.com/2025/04/21/jumping-the-line-how-mcp-servers-can-attack-you-before-you-ever-use-them/
 */
// "first" as an adverb only: not "first-party", not "retrieve the first task".
const CALL_FIRST = [
  /\b(?:must|should|always|need\s+to|have\s+to|make\s+sure\s+to|be\s+sure\s+to|required\s+to)\s+(?:first\s+)?(?:call|use|run|invoke|execute)\b[^.\n]{0,120}?(?<!\b(?:the|a)\s)\b(?:first|before|prior\s+to)\b(?!-)/i,
  /\b(?:must|should|always|needs?\s+to)\s+be\s+(?:called|used|run|invoked)\s+(?:first|before)\b/i,
  /\b(?:call|use|run|invoke)\s+(?:this\s+(?:tool|function)|it)\s+(?:first|before\s+(?:any|every|all|other))\b/i,
  /\bmandatory\s+first\s+step\b/i,
];
const SESSION_WIDE = /\bbefore\s+(?:\w+ing\s+)?(?:any|every|all)\s+(?:other\s+)?(?:\w+\s+){0,2}?(?:tools?|tool\s+calls?|calls?|operations?|actions?|responses?|requests?)\b|\b(?:start|beginning)\s+of\s+(?:every|each|any)\s+(?:conversation|session|chat|task)\b|\bmandatory\s+first\s+step\b/i;

/** At most one call-order hit per string: the first instruction found, graded by its sentence. */
export function textToCallOrderHits(text: string): Hit[] {
  const matches = CALL_FIRST.map((pattern) => pattern.exec(text)).filter((m) => m !== null);
  const first = matches.sort((a, b) => a.index - b.index)[0];
  if (!first) return [];
  const sessionWide = matches.some((m) => SESSION_WIDE.test(sentenceAround(text, m.index).text));
  return [{
    kind: 'call-order',
    severity: sessionWide ? 'medium' : 'low',
    message: sessionWide
      ? 'Demands to be called before every other tool or conversation, which steers the model before the user asks for anything.'
      : 'Tells the model to call a tool before another one.',
    index: first.index,
    length: first[0].length,
  }];
}
