import { matchesOf, type Hit } from './hit.ts';
import { textToPhraseMatches } from './phrase-matches.ts';

/**
 * A note addressed to the model ("Assistant :", "Note for the agent:", "Для ассистента:", "Nota per l'assistente:",
 * "助手注意：") followed, in the next sentence or two, by something only an order needs: a
 * hard-coded destination (an address, a URL that is not documentation, an IBAN or wallet) or a
 * script tag to plant. Who is addressed and what is named make the order, in any language; a note
 * that only advises ("Для ассистента: используйте короткие запросы") names no destination.
 */
// Read backwards from each colon: the words just before it, to the colon's end.
const LABEL = /(?:^|[\s(>*_\-–—])(?:(?:note|message|instruction|reminder)\s+(?:to|for)\s+(?:the\s+)?(?:ai|assistant|model|agent|llm)|(?:ai|llm)\s+(?:assistant|agent)|assistant|assistente|asistente|assistent(?:in)?|asystent(?:ka)?|asistan|asisten|trợ\s+lý|βοηθ\p{L}*|עוזר|مساعد|सहायक|ассистент\p{L}*|для\s+(?:ии|ассистента|модели|агента)|für\s+(?:den\s+)?(?:assistenten|ki|agenten)|para\s+(?:el|la|o|a)\s+(?:asistente|assistente|ia|agente)|pour\s+l['’](?:assistant|ia|agent)|per\s+l['’](?:assistente|ia|agente))\s*[:：]$/iu;
const DESTINATION = /\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/[^\s"'<>)]+|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b|\b0x[0-9a-fA-F]{40}\b|<script\b[^>]{0,200}\bsrc\s*=|\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3})\s+AAAA/;
const DOCUMENTATION_URL = /\/(?:docs?|documentation|guide|help|reference|wiki|readme)\b|\bdocs?\.|\bgithub\.com\/[^/\s]+\/[^/\s]+\/?$/i;
const WINDOW = 320;
// The last word of every label, English or the table's, before its colon; most colons ("Example:", "https:") fail here and cost nothing more.
const NOTE_WORD = /^(?:(?:assist|agent|llm|ai|ki|ia|model|asyst|asist|ассист|ии|модел|агент|βοηθ)\p{L}*|\p{L}*(?:lý|עוזר|مساعد|सहायक|助手|模型|智能体|注意|须知|提示|说明|备注|指示|へ|向け|メモ|お願い|참고|사항|안내|메모|에게|어시스턴트))$/iu;
const LETTER = /\p{L}/u;
const EXAMPLE = /\be\.g\.|\bfor\s+example\b|\bsuch\s+as\b|\bex\.|\bz\.\s?B\.|\bp\.\s?ej\.|\bpor\s+ejemplo\b|\bpar\s+exemple\b|\bper\s+esempio\b|\bzum\s+Beispiel\b|例如|例：|例:|예:|예시/i;
const DESCRIBES = /^\s*[a-z]+s\s+(?:the|a|an|all|every|each|its|their|your)\b/i;

/** A label addressing the model, then a hard-coded destination or a planted script within two sentences. */
export function textToVocativeHits(text: string): Hit[] {
  if (!/[:：]/.test(text)) return [];
  for (const label of labelsIn(text)) {
    const window = twoSentences(text.slice(label.end, label.end + WINDOW));
    // "Assistant: returns the status of …" names a tool and describes it.
    if (DESCRIBES.test(window)) continue;
    const destination = DESTINATION.exec(window);
    if (!destination || (/^https?:/i.test(destination[0]) && DOCUMENTATION_URL.test(destination[0]))) continue;
    // "Agent: endpoint URL, e.g. https://…" shows the format of a value.
    if (EXAMPLE.test(window.slice(0, destination.index))) continue;
    return [{ kind: 'model-instruction', severity: 'medium', message: 'A note addressed to the model names a hard-coded destination for it to use.', index: label.index, length: Math.min(label.end - label.index + destination.index + destination[0].length, 160) }];
  }
  return [];
}

/** Where a note to the model opens in the text, in English or another language; `undefined` when none does. */
export function modelLabelIn(text: string): { index: number; length: number } | undefined {
  if (!/[:：]/.test(text)) return undefined;
  const label = labelsIn(text)[0];
  return label && { index: label.index, length: label.end - label.index };
}

/** Notes to the model by the colon that ends them: most texts have few colons, and only the words before each are read. */
/** Notes to the model by the colon that ends them: most texts have few colons, and only the word before each is read first. */
function labelsIn(text: string): { index: number; end: number }[] {
  const labels: { index: number; end: number }[] = [];
  const foreign = /[^\x00-\x7f]/.test(text);
  for (let colon = nextColon(text, 0), seen = 0; colon !== -1 && seen < 20; colon = nextColon(text, colon + 1), seen++) {
    const end = colon + 1;
    if (!NOTE_WORD.test(wordBefore(text, colon))) {
      // "어시스턴트 지침:", "הנחיה לעוזר:": a note named for the model in a word or two before its head noun, in another script.
      const words = foreign ? foreignLabelBefore(text, colon) : undefined;
      if (words !== undefined) labels.push({ index: words, end });
      continue;
    }
    const from = Math.max(0, end - 48);
    const before = text.slice(from, end);
    const english = LABEL.exec(before);
    if (english) labels.push({ index: from + english.index, end });
    else if (/[^\x00-\x7f]/.test(before)) {
      // The phrase table's notes ("助手注意", "AIアシスタントへ", "어시스턴트 참고") when nothing but blank separates them from the colon.
      const note = textToPhraseMatches(before).find((m) => m.concept === 'addressModel' && /^\s*[:：]$/.test(before.slice(m.index + m.text.length)));
      if (note) labels.push({ index: from + note.index, end });
    }
  }
  return labels;
}

// The model or the assistant in the table's other scripts, prefixes and particles allowed ("לעוזר", "アシスタントへの").
const FOREIGN_MODEL_WORD = /ассистент|помощник|(?<!\p{L})(?:ии|ші)(?!\p{L})|нейросет|языков\p{L}* модел|модел[иья]|βοηθ|μοντέλ|עוזר|מודל|בינה מלאכותית|مساعد|النموذج|सहायक|मॉडल|助手|模型|智能体|アシスタント|エージェント|モデル|어시스턴트|에이전트|모델|인공지능|(?<![\p{L}])AI(?![\p{L}])/u;
const LABEL_WORDS = 3;

/** Where a label of at most three words before `colon` starts, when one of them names the model in another script and the label opens its line or sentence. */
function foreignLabelBefore(text: string, colon: number): number | undefined {
  const from = Math.max(0, colon - 40);
  const before = text.slice(from, colon);
  if (!/[^\x00-\x7f]/.test(before)) return undefined;
  // The label opens a line, a sentence, a comment or a parenthesis: "… as the user said: …" is not one.
  const opening = /(?:^|[\n.!?。！？(（]|<!--)\s*((?:[^\s:：.!?。！？]+\s*){1,3})$/u.exec(before);
  if (!opening || (from > 0 && opening.index === 0 && !/[\n.!?。！？(（>]\s*$/u.test(text.slice(Math.max(0, from - 4), from)))) return undefined;
  const words = opening[1]!;
  if (words.split(/\s+/).filter(Boolean).length > LABEL_WORDS || !FOREIGN_MODEL_WORD.test(words)) return undefined;
  return colon - words.length;
}

function nextColon(text: string, from: number): number {
  const ascii = text.indexOf(':', from);
  const wide = text.indexOf('：', from);
  return ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
}

/** The run of letters that ends just before `at`, blanks between them skipped. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && at - end < 3 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && end - start < 40 && LETTER.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function twoSentences(text: string): string {
  const breaks = matchesOf(/[.!?。！？](?:\s|$)|\n/g, text, 3);
  return breaks.length >= 2 ? text.slice(0, breaks[1]!.index) : text;
}
