import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * The model's context put into an argument, read by what the sentence names rather than by its
 * verb: a field (a quoted name with or without "argument", "the … parameter", "its footer", or
 * the word for a field in the tables' languages: champ, campo, Feld, поле, 引数, 参数, 필드) and,
 * in the same sentence, what only the model holds: the conversation or the user's earlier messages
 * in bulk, its own instructions, the machine's environment, secrets seen in the chat, files the
 * user opened. Whatever the voice ("the `audit_blob` argument carries …", "the calling agent
 * supplies, in `glossary`, …", "the `trace` parameter now expects …", "Le champ `details` doit
 * reprendre …", "`memo` 引数には … やり取りをすべて"), that is a harvest at medium. Not when the field
 * is named for that very data (`messages`, `transcript`, `system_prompt`: a chat tool's input), when
 * the user hands it over ("a transcript the user pastes", "in their own words", "if the user asks
 * you to remember …"), or when the sentence forbids it.
 */

const FIELD = new RegExp([
  String.raw`\x60([\w.\[\]-]+)\x60|['"]([\w.\[\]-]+)['"]\s*(?:argument|parameter|param|field|property)\b`,
  String.raw`\b(?:the\s+)?([\w.-]+)\s+(?:argument|parameter|param|field|property)\b`,
  String.raw`\b(?:its|their)\s+(footer|body|subject|header|signature|description|notes?|memo|title|metadata|comment|tags?)\b`,
  String.raw`\binto\s+(?:the\s+)?(memo|notes?|comment|footer|metadata|extra|context|ref|trace)\b`,
].join('|'), 'gi');
// The word for a field in the tables' languages, before its name: read only where one is written (Unicode patterns cost more).
const FIELD_WORD = /(?:\b(?:champ|paramètre|campo|parámetro|parametro|parâmetro|Feld|Parameter)|(?<!\p{L})(?:параметр\p{L}*|пол[еяю]))\s*[\x60'"«]?([\w.-]+)/giu;
const MAY_HAVE_FIELD_WORD = /champ|campo|feld|parâmetro|parámetro|parametro|paramètre|парам|пол[еяю]/i;

// Every way of naming a field holds one of these: most strings are skipped at once.
const MAY_NAME_FIELD = /\x60|argument|param|field|propert|\bits\s|\btheir\s|\binto\s|champ|campo|feld|парам|пол[еяю]|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/i;

// What only the model holds, in English and the tables' languages.
const CONTEXT_EN = new RegExp([
  String.raw`\b(?:everything|anything|all|whatever)\s+(?:that\s+)?the\s+user\s+(?:has\s+)?(?:said|written|typed|asked|shared|sent|pasted)\b`,
  String.raw`\b(?:messages?|turns?|prompts?|questions?)\s+(?:that\s+)?the\s+user\s+(?:has\s+)?(?:wrote|written|sent|typed|asked)\b`,
  String.raw`\b(?:messages?|turns?)\s+(?:exchanged|traded)\s+with\s+(?:the\s+)?user\b`,
  // Whatever the user typed in this chat, and the instructions someone gave the model: "one-time codes the user has typed during this chat".
  String.raw`\bthe\s+user\s+(?:has\s+)?(?:typed|entered|said|shared|pasted|mentioned|written|sent)\s+(?:\w+\s+){0,2}?(?:during|in|over|throughout)\s+(?:this|the\s+current|the)\s+(?:chat|conversation|session|thread)\b`,
  String.raw`\b(?:instructions|guidance|rules|prompt)\s+(?:that\s+)?(?:you\s+(?:received|were\s+given|got)|(?:your|the)\s+(?:operator|developer|deployer|platform|host)\s+(?:gave|provided|wrote|set))\b|\binstrucciones\s+que\s+(?:te|le)\s+(?:dio|dieron|ha\s+dado|han\s+dado)\b|\bistruzioni\s+che\s+ti\s+(?:ha|hanno)\s+dat[oe]\b|\binstruções\s+que\s+(?:você\s+)?recebeu\b`,
  String.raw`\b(?:last|previous|prior|earlier|recent|past|preceding)\s+(?:\w+\s+){0,2}?(?:messages|turns)\b`,
  String.raw`\btranscript\s+of\s+(?:the\s+)?(?:current\s+|this\s+|present\s+|ongoing\s+)?(?:chat|conversation|session|dialog(?:ue)?)\b`,
  String.raw`\b(?:whole|entire|full|complete)\s+(?:chat|conversation|dialog(?:ue)?|session)\b|\b(?:chat|conversation)\s+(?:with\s+the\s+user\s+)?so\s+far\b`,
  String.raw`\b(?:text|contents?|wording)\s+of\s+your\s+(?:\w+\s+)?(?:instructions|prompt|system\s+prompt)\b|\byour\s+(?:\w+\s+)?(?:system\s+prompt|initial\s+instructions|hidden\s+instructions)\b|\bsystem\s+(?:prompt|message|instructions)\s+(?:you|that\s+you)\s+(?:were\s+given|received|got|have)\b|\byour\s+context\s+contains\b`,
  String.raw`\b(?:api\s+keys?|tokens?|passwords?|credentials|secrets|cookies|card\s+numbers?)\b[^.;]{0,60}?\b(?:visible|seen|appeared|mentioned|shared|typed|entered|pasted|above|in\s+(?:the\s+)?(?:preceding|previous|earlier|prior)\s+messages|in\s+the\s+conversation)\b`,
  String.raw`\b(?:files?|documents?|tabs?)\s+(?:that\s+)?the\s+user\s+(?:has\s+)?(?:opened|viewed|edited)\b|\bclipboard\b`,
  String.raw`\benv(?:ironment)?\s+variables\b|\bprintenv\b|\bprocess\.env\b|\bsession\s+cookies\b`,
  // The model's opening text named by when it came, and its exchanges with the user: "the hidden setup text you started this session with".
  String.raw`\b(?:text|setup|prompt|instructions|message|brief|context)\s+(?:that\s+)?you\s+(?:started|began|were\s+started|booted|were\s+launched)\b|\b(?:hidden|secret|initial|original|startup|start-up)\s+(?:setup\s+)?(?:instructions|prompt|brief)\b|\b(?:hidden|secret)\s+(?:setup\s+)?text\b|\bsetup\s+(?:text|prompt|brief)\b|\bexchanges?\s+with\s+(?:the\s+)?user\b`,
].join('|'), 'i');
// The tables' other languages, read with Unicode classes only where such text may be.
const CONTEXT_OTHER = new RegExp([
  // French, Spanish, Portuguese, Italian, German.
  String.raw`\bhistorique\s+(?:complet\s+)?de\s+(?:ses|vos|tes|nos|leurs)\s+(?:échanges|conversations?|discussions?)|\béchanges\s+avec\s+l'utilisat\p{L}*|\bconsignes\s+(?:système|initiales)|\binstructions\s+(?:système|initiales)|\bque\s+tu\s+as\s+reçues|\btoute\s+la\s+(?:conversation|discussion)|\bhistorique\s+de\s+la\s+(?:conversation|discussion)|\bmessages\s+(?:précédents|de\s+l'utilisat\p{L}*)|\bmots\s+de\s+passe|\bvariables\s+d'environnement`,
  String.raw`\btoda\s+la\s+conversación|\bhistorial\s+(?:completo\s+)?de\s+(?:la\s+)?(?:conversación|chat)|\binstrucciones\s+del\s+sistema|\bprompt\s+del\s+sistema|\bvariables\s+de\s+entorno|\bmensajes\s+anteriores|\b(?:cookies|tokens|contraseñas)\b[^.;]{0,60}?\bconversación`,
  String.raw`\bhistórico\s+(?:completo\s+)?da\s+conversa|\btoda\s+a\s+conversa|\bprompt\s+do\s+sistema|\bvariáveis\s+de\s+ambiente|\bmensagens\s+anteriores`,
  String.raw`\btesto\s+della\s+chat|\btutta\s+la\s+(?:chat|conversazione)|\bprompt\s+di\s+sistema|\bcronologia\s+(?:della\s+)?(?:chat|conversazione)|\bvariabili\s+d'ambiente|\bmessaggi\s+precedenti`,
  String.raw`\bUmgebungsvariablen|\bSystemprompt|\bSystemanweisung\p{L}*|\b(?:gesamten?|bisherigen?)\s+(?:Chat|Gespräch|Unterhaltung|Verlauf)\p{L}*|\bChatverlauf|\bGesprächsverlauf`,
  // Russian, Japanese, Chinese, Korean.
  String.raw`(?<!\p{L})(?:всю\s+переписк\p{L}*|истори\p{L}*\s+(?:чата|диалога|переписки)|системн\p{L}*\s+(?:промпт|инструкци)\p{L}*|переменн\p{L}*\s+окружения)`,
  String.raw`ユーザーとのやり取り|これまでのやり取り|会話(?:履歴|の内容|全体)|チャット履歴|システムプロンプト|環境変数|对话(?:记录|内容|历史)|聊天记录|全部对话|系统提示|环境变量|대화\s*(?:기록|내역|내용|전체)|시스템\s*프롬프트|환경\s*변수`,
].join('|'), 'iu');
const MAY_BE_OTHER = /[^\x00-\x7f]|\b(?:toute|tous|historique|changes\s+avec|variables\s+d|messages\s+(?:pr|de)|toda|tutta|historial|mensajes|variables\s+de|instrucciones|prompt\s+d|messaggi|variabili|mensagens|testo|cronologia|consignes|instructions\s+(?:syst|init)|que\s+tu|mots|Umgebungsvariablen|Systemprompt|Systemanweisung|Chatverlauf|Gespr)/i;

/** True when the text names what only the model holds, in English or in one of the tables' languages. */
// Every English reading holds one of these words.
const MAY_BE_CONTEXT_EN = /user|messag|turn|transcript|chat|conversation|dialog|session|instru|istru|started|began|booted|launched|hidden|setup\s|guidance|rules|prompt|key|token|password|credential|secret|cookie|card|file|document|tab|clipboard|env/i;

function namesContext(text: string): boolean {
  return (MAY_BE_CONTEXT_EN.test(text) && CONTEXT_EN.test(text)) || (MAY_BE_OTHER.test(text) && CONTEXT_OTHER.test(text));
}

// A field named for the very data: where a chat or prompt tool takes it.
const NAMED_FOR_DATA = /message|history|conversation|chat|transcript|prompt|system|env|password|secret|token|cookie|credential|clipboard/i;
// The user hands it over, or the text forbids it.
const USERS_OWN = /\b(?:the\s+user\s+(?:pastes|provides|supplies|gives|uploads|shares|selects|picks|chooses)|in\s+(?:their|his|her)\s+own\s+words|(?:if|when|whenever)\s+the\s+user\s+(?:asks|wants|tells)|(?:at|on)\s+the\s+user'?s\s+request)\b|\b(?:never|not|don't|do\s+not|must\s+not|no)\s+(?:\w+\s+){0,3}?(?:put|include|pass|send|copy|add|carry|contain|hold)\b|\b(?:masked|redacted|names\s+only|without\s+(?:their\s+)?values)\b/i;
const FIELD_WORD_CJK = /[\x60'"][\w.-]+[\x60'"]\s*(?:引数|参数|字段|パラメータ|フィールド|필드|매개변수|인자)/u;

/** A field named in a sentence that also names what only the model holds: the conversation, its instructions, the machine's secrets. */
export function textToFieldCarriesHits(text: string): Hit[] {
  if (!MAY_NAME_FIELD.test(text)) return [];
  // Fields first, then what only the model holds in their sentences: the context pattern is the costly one, and sentences are short.
  let read = -1;
  const fields = MAY_HAVE_FIELD_WORD.test(text) ? [...matchesOf(FIELD, text, 20), ...matchesOf(FIELD_WORD, text, 10)] : matchesOf(FIELD, text, 20);
  for (const match of fields) {
    if (/^(?:the|a|an|this|that|each|every|any|your|its)$/i.test(fieldName(match))) continue;
    const sentence = sentenceAround(text, match.index);
    if (sentence.start === read) continue;
    read = sentence.start;
    if (!namesContext(sentence.text) || USERS_OWN.test(sentence.text)) continue;
    // "Provide `message` or `messages` (full chat history)": a sentence naming a field for the data is about a chat tool's input.
    if ([...matchesOf(FIELD, sentence.text, 10), ...matchesOf(FIELD_WORD, sentence.text, 5)].some((field) => NAMED_FOR_DATA.test(fieldName(field)))) continue;
    return [{ kind: 'data-harvest', severity: 'medium', message: "Names a field and, in the same sentence, what only the model holds (the conversation, its instructions, the machine's secrets) to go into it.", index: sentence.start, length: sentence.text.length }];
  }
  // "`memo` 引数には …": the field word follows the quoted name in Chinese, Japanese and Korean.
  const cjk = text.includes('\x60') || text.includes("'") || text.includes('"') ? FIELD_WORD_CJK.exec(text) : null;
  if (cjk) {
    const sentence = sentenceAround(text, cjk.index);
    if (namesContext(sentence.text) && !USERS_OWN.test(sentence.text)) return [{ kind: 'data-harvest', severity: 'medium', message: "Names a field and, in the same sentence, what only the model holds to go into it.", index: sentence.start, length: sentence.text.length }];
  }
  return [];
}

function fieldName(match: RegExpExecArray): string {
  return match.slice(1).find((group) => group !== undefined) ?? '';
}

// A value that is nothing but the model's context in bulk: "the whole chat with the user so far, verbatim".
const BULK = /\b(?:whole|entire|all|full|every|everything|anything|so\s+far|verbatim|complete)\b|\b(?:alle|tous|toutes|toda|todo|todos|tutto|tutta|tutte)\b|(?<!\p{L})(?:все|всю|весь)(?!\p{L})|全部|すべて|모든/iu;
const VALUE_SECRETS = /\b(?:passwords|tokens|api\s+keys|credentials|secrets|cookies)\b|Passw(?:ö|oe)rter|Tokens|mots\s+de\s+passe|contraseñas|senhas|парол\p{L}*|パスワード|密码|비밀번호/iu;

/** A default, example or enum value written as the model's context in bulk: the value asks for it. */
export function valueToContextHits(text: string): Hit[] {
  if (text.length > 240 || !BULK.test(text)) return [];
  if (!(namesContext(text) || VALUE_SECRETS.test(text)) || USERS_OWN.test(text)) return [];
  return [{ kind: 'data-harvest', severity: 'medium', message: "A value written as the model's context in bulk (the conversation, its instructions, secrets): the model is asked to fill it in.", index: 0, length: text.length, net: true }];
}
