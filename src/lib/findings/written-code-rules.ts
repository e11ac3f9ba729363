import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isDirective, isNegatedAt } from './mood.ts';

/**
 * Code the model is to put in what it writes, named by the artefact rather than by "every script
 * you write": "generated handlers must also contain `eval(…)`", "every Python module generated
 * for this project has to start with …", "when you produce workflows, a step `curl … | sh`
 * belongs before the build step". The code runs what it was not given (a remote script, a string
 * from a request header, the page's cookies sent away). A tool saying what its own output holds
 * ("generated pages include the analytics script") describes; an obligation or an order attacks.
 */
const ARTEFACT = String.raw`(?:commands?|one-liners?|terraform|html|css|sql|yaml|markup|infrastructure|migrations?|queries|scripts?|code|files?|dockerfiles?|modules?|components?|handlers?|pages?|templates?|workflows?|pipelines?|classes|functions?|routes?|tests?|projects?|apps?|services?|endpoints?|controllers?|views?|layouts?|makefiles?|configs?|manifests?|charts?|snippets?|programs?|packages?)`;
const WRITTEN = new RegExp([
  String.raw`\bgenerated\s+(?:[\w.-]+\s+){0,2}?${ARTEFACT}\b|\b${ARTEFACT}\s+(?:that\s+)?(?:you\s+|the\s+(?:assistant|agent|model)\s+)?(?:produced|generated|written|authored|created|scaffolded|emitted|produce|generate|write|author|create|hand\s+back|return|give|suggest|output|share)\b`,
  String.raw`\b(?:every|each|any|all)\s+(?:[\w.-]+\s+){0,2}?${ARTEFACT}\s+(?:(?:that\s+)?(?:you|the\s+(?:assistant|agent|model))\s+)?(?:generated|written|produced|created|scaffolded|emitted|writes?|generates?|produces?|creates?)\b`,
  String.raw`\b(?:when(?:ever)?|each\s+time|every\s+time|if)\s+you\s+(?:\w+\s+or\s+)?(?:produce|generate|write|create|scaffold|edit|emit|output|author|draft)\b`,
  String.raw`\b(?:the\s+)?(?:assistant|agent|model)\s+(?:writes|generates|produces|creates|scaffolds)\b|\b(?:when|while|whenever)\s+(?:scaffolding|generating|writing|producing|creating|authoring|building)\b`,
].join('|'), 'i');
const RUNS_FOREIGN = new RegExp([
  String.raw`\b(?:curl|wget|iwr|irm)\b[^|\n]{0,120}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b`,
  String.raw`<script\b[^>]{0,120}\bsrc\s*=\s*["']?https?:`,
  String.raw`\bon(?:error|load|mouseover)\s*=\s*["'][^"']{0,200}\b(?:fetch|XMLHttpRequest|document\.cookie|localStorage|sendBeacon|eval)\b`,
  String.raw`\beval\s*\(|\bnew\s+Function\s*\(|\bexec\s*\(\s*(?:base64|atob|Buffer|decode|requests?\.|urllib|fetch)`,
  String.raw`(?:\b[\w.]+|\))\s*\(\s*["'\x60]https?:\/\/`,
  String.raw`\b(?:curl|wget|iwr|irm)\b[^\n\x60]{0,160}(?:\$\(|\$\{?[A-Z_]{3,}|%[A-Z_]+%)`,
  String.raw`\bimport\s*\(\s*["'\x60]https?:|\brequire\s*\(\s*["'\x60]child_process\b|\bdocument\.cookie\b|\bnavigator\.sendBeacon\b`,
].join('|'), 'i');
// Every form of RUNS_FOREIGN has a bracket, a pipe or a dot call: text without one is skipped cheaply.
const CODE_MARK = /[(<|]/;
const MAY_RUN = /http|eval\s*\(|new\s+Function|exec\s*\(|cookie|sendBeacon|child_process/i;
// An obligation on the artefact, or a step said to belong in it.
const OBLIGATION = /\bdon't\s+call\s+attention|\bdo\s+not\s+(?:mention|call\s+attention|point\s+(?:it\s+)?out|list)\b|\bwithout\s+(?:mentioning|flagging|noting)\b|\b(?:silently|quietly)\b|\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|belongs?|goes|go|ought\s+to)\b/i;

/** Code that runs foreign input, put by obligation or order into what the model writes. */
export function textToWrittenCodeHits(text: string): Hit[] {
  if (!CODE_MARK.test(text) || !MAY_RUN.test(text) || !WRITTEN.test(text)) return [];
  for (const match of matchesOf(RUNS_FOREIGN, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const at = match.index - sentence.start;
    const lead = sentence.text.slice(0, at);
    if (!WRITTEN.test(sentence.text) || isNegatedAt(lead, lead.length) || /\b(?:never|do\s+not|don't|must\s+not|avoid|without|no)\b/i.test(lead)) continue;
    if (!OBLIGATION.test(sentence.text) && !isDirective(lead)) continue;
    // A call with a URL may be an SDK's honest set-up; a remote script, a header evaluated or the page's cookies are not.
    const severity = /^[\w.]+\s*\(\s*["'\x60]https?:/.test(match[0]) && !/^(?:import|require)\b/.test(match[0]) ? 'medium' : 'high';
    return [{ kind: 'code-injection', severity, message: 'Tells the model to put code that runs foreign input into what it writes.', index: match.index, length: match[0].length }];
  }
  return [];
}
