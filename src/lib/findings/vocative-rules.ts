import { matchesOf, type Hit } from './hit.ts';
import { textToPhraseMatches } from './phrase-rules.ts';

/**
 * A note addressed to the model ("Assistant :", "Для ассистента:", "Nota per l'assistente:",
 * "助手注意：") followed, in the next sentence or two, by something only an order needs: a
 * hard-coded destination (an address, a URL that is not documentation, an IBAN or wallet) or a
 * script tag to plant. Who is addressed and what is named make the order, in any language; a note
 * that only advises ("Для ассистента: используйте короткие запросы") names no destination.
 */
const LABEL = /(?:^|[\s(>*_\-–—])(?:(?:note|message|instruction|reminder)\s+(?:to|for)\s+(?:the\s+)?(?:ai|assistant|model|agent|llm)|(?:ai|llm)\s+(?:assistant|agent)|assistant|agent|llm|assistente|asistente|assistent(?:in)?|asystent(?:ka)?|asistan|asisten|trợ\s+lý|βοηθ\p{L}*|עוזר|مساعد|सहायक|ассистент\p{L}*|для\s+(?:ии|ассистента|модели|агента)|für\s+(?:den\s+)?(?:assistenten|ki|agenten)|para\s+(?:el|la|o|a)\s+(?:asistente|assistente|ia|agente)|pour\s+l['’](?:assistant|ia|agent)|per\s+l['’](?:assistente|ia|agente))\s*[:：]/giu;
const DESTINATION = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/[^\s"'<>)]+|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b|\b0x[0-9a-fA-F]{40}\b|<script\b[^>]{0,200}\bsrc\s*=|\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3})\s+AAAA/;
const DOCUMENTATION_URL = /\/(?:docs?|documentation|guide|help|reference|wiki|readme)\b|\bdocs?\.|\bgithub\.com\/[^/\s]+\/[^/\s]+\/?$/i;
const WINDOW = 320;
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

function labelsIn(text: string): { index: number; end: number }[] {
  return [...matchesOf(LABEL, text, 10).map((m) => ({ index: m.index, end: m.index + m[0].length })), ...foreignLabels(text)];
}

/** The phrase table's notes to the model ("助手注意", "AIアシスタントへ", "어시스턴트 참고"), when a colon follows. */
function foreignLabels(text: string): { index: number; end: number }[] {
  if (!/[^\x00-\x7f]/.test(text)) return [];
  return textToPhraseMatches(text).filter((m) => m.concept === 'addressModel' && /^\s*[:：]/.test(text.slice(m.index + m.text.length, m.index + m.text.length + 3))).map((m) => ({ index: m.index, end: m.index + m.text.length }));
}

function twoSentences(text: string): string {
  const breaks = matchesOf(/[.!?。！？](?:\s|$)|\n/g, text, 3);
  return breaks.length >= 2 ? text.slice(0, breaks[1]!.index) : text;
}
