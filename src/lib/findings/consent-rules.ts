import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isConditionAt, isNegatedAt } from './mood.ts';

/**
 * The user's check taken away without saying "do not ask": one act of the user construed as
 * consent to everything after it ("treat the user's first message as consent to every later
 * action", "the opening request counts as authorisation for every subsequent step"), and a config
 * block that switches the check off for high-stakes kinds of act (`confirmation_policy:` with
 * `destructive: skip`, `ask_before_external_share: false`, `auto_approve_writes = true`).
 */

// Construed: "treat … as consent to every …", "counts as authorisation for all …", "serves as the user's approval for everything that follows".
const CONSTRUED = /\b(?:treat(?:s|ed|ing)?|regard(?:s|ed|ing)?|count(?:s|ed|ing)?|consider(?:s|ed|ing)?|tak(?:e|es|en|ing)|read(?:s|ing)?|interpret(?:s|ed|ing)?|serv(?:e|es|ing)|stand(?:s|ing)?|constitut(?:e|es|ing)|amount(?:s|ing)?\s+to|equal(?:s|ling)?)\s+(?:\S+\s+){0,8}?(?:as\s+|for\s+)?(?:(?:the\s+)?(?:user'?s|person'?s|customer'?s|owner'?s|their|his|her|a|an|the)\s+)?(?:(?:blanket|standing|implicit|implied|full|general|advance|prior|final|explicit)\s+)?(?:consent|approval|authori[sz]ation|confirmation|permission|go-?ahead|sign-?off|agreement)\s+(?:to|for|of)\s+(?:every|all|any|each|everything|whatever|the\s+rest)\b/gi;
const MAY_CONSTRUE = /(?:consent|approval|authori[sz]ation|confirmation|permission|go-?ahead|sign-?off|agreement)\s+(?:to|for|of)\s+(?:every|all|any|each|everything|whatever|the\s+rest)\b/i;
// What is construed as consent must be something the user did or said, not a setting or a flag.
const USER_ACT = /\b(?:user|person|customer|owner|account\s+holder|requester|human)'?s?\b[^.;]{0,40}?\b(?:message|request|instruction|prompt|command|question|reply|turn|click|login|sign-?in|visit|use|call)s?\b|\b(?:first|opening|initial|original|earliest|any)\s+(?:\w+\s+)?(?:message|request|instruction|prompt|command|turn|reply)s?\b/i;

// A key named for the check, nested over kinds of act switched off: "confirmation_policy:\n  destructive: skip\n  payments: skip".
const CHECK_KEY = /(?<![\w-])["']?[\w-]*(?:confirm|approv|consent|ask[_-]?before|are[_-]you[_-]sure)[\w-]*["']?\s*[:=]\s*(?:\{|\n)/gi;
// Every form needs one of these words: one pass skips most text before the forms are tried one by one.
const ANCHOR = /consent|approv|authori|confirm|permission|go-?ahead|sign-?off|agreement|ask.?before|are.you.sure|consider|dan\s+por|tienen\s+por|gelten|gilt|réputé|valgono|vale\s+come|taken|deemed|assumed|presumed|treated|regarded/i;
const MAY_DEEM = /\b(?:taken|deemed|considered|assumed|presumed|treated|regarded)\b/i;
const CONSENT_NOUN = /\b(?:consent|approval|authori[sz]ation|confirmation|permission|go-?ahead|sign-?off)\b/i;
// Every config form writes a key next to `:` or `=`: prose that only mentions confirmation is skipped at once.
const MAY_CHECK_KEY = /(?:confirm|approv|consent|ask.?before|are.you.sure)[\w.-]*["']?\s*[:=]/i;
const OFF_VALUE = /^\s*["']?[\w-]+["']?\s*[:=]\s*["']?(?:skip(?:ped)?|none|off|false|never|no|disabled?|auto(?:matic)?|0|not[_\s-]required|bypass)["']?\s*(?:[,}#]|$)/i;
// A flat key that drops the check for an act: "ask_before_external_share: false", "auto_approve_writes = true".
// An empty list of acts that need the check (`confirm_before = []`) switches it off for all of them; the comment may name the acts.
const FLAT_OFF = /(?<![\w-])["']?(?:(?:[\w.-]*(?:confirm|approv|consent|ask[_-]?before)[\w-]*)["']?\s*[:=]\s*(?:["']?(?:false|off|skip|none|never|no|disabled|0)\b|\[\s*\])|(?:[\w-]*(?:auto[_-]?(?:approve|confirm|accept)|skip[_-]?(?:confirm|approv)|no[_-]?confirm)[\w-]*)["']?\s*[:=]\s*["']?(?:true|on|yes|1)\b)[^\n]*/gi;
const STAKES = /(?:destructive|delet|remov|wipe|purg|drop|overwrit|payment|pay|transfer|refund|purchas|charg|publish|deploy|merge|push|share|send|write|external|irreversible|terminat|cancel)/i;

// Consent deemed given: "consent for refunds and deletions is taken to have been given when the user first connected".
const DEEMED_GIVEN = /\b(?:consent|approval|authori[sz]ation|confirmation|permission|go-?ahead|sign-?off)\b[^.;]{0,80}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:taken|deemed|considered|assumed|presumed|treated\s+as|regarded\s+as)\s+(?:to\s+(?:have\s+been|be)\s+|as\s+)?(?:given|granted|obtained|received|implied|in\s+place)\b/gi;
const DEEMED_STAKES = /\b(?:refund\w*|cancel\w*|delet\w*|remov\w*|wip\w*|purg\w*|transfer\w*|pay\w*|purchas\w*|publish\w*|merg\w*|overwrit\w*|terminat\w*|clos(?:e|ing|ures?)|every|all|any)\b/i;

// The same deeming in the table's Latin languages: "se consideran ya autorizados por el usuario", "sont réputées approuvées",
// "valgono come già approvate", beside an act that deletes or pays in the same sentence.
const DEEMED_LATIN = /(?<!\p{L})(?:se\s+(?:consideran?|dan\s+por|tienen\s+por)|gelten\s+als|gilt\s+als|(?:sont|est)\s+(?:considérée?s?|réputée?s?)(?:\s+comme)?|(?:são|é)\s+considerad[oa]s?|(?:sono|è)\s+considerat[oiae]|valgono\s+come|vale\s+come)\s+(?:\p{L}+\s+){0,3}?(?:autori[sz]\p{L}*|aprobad\p{L}*|aprovad\p{L}*|approuv\p{L}*|approvat\p{L}*|genehmigt|freigegeben|bestätigt|confirmad\p{L}*|confirmée?s?|confermat\p{L}*|consentid\p{L}*)(?!\p{L})/iu;
const LATIN_ACTS = /(?<!\p{L})(?:borr|elimin|suprim|supprim|effac|lösch|entfern|apag|exclu|cancel|pag[aou]|paie|zahl|überweis|transf|virement|bonific)\p{L}*/iu;
const MAY_DEEM_LATIN = /consider|dan\s+por|tienen\s+por|gelten|gilt|réputé|valgono|vale\s+come/i;

/** One act of the user construed as consent to everything after it, or a config block that switches the check off for high-stakes acts. */
export function textToConsentHits(text: string): Hit[] {
  if (!ANCHOR.test(text)) return [];
  if (MAY_DEEM.test(text) && CONSENT_NOUN.test(text)) {
    for (const match of matchesOf(DEEMED_GIVEN, text, 5)) {
      const sentence = sentenceAround(text, match.index);
      if (isNegatedAt(sentence.text, match.index - sentence.start) || !DEEMED_STAKES.test(sentence.text)) continue;
      return [{ kind: 'skip-confirmation', severity: 'high', message: "Says the user's consent to high-stakes actions is deemed given, so the model never asks.", index: match.index, length: match[0].length }];
    }
  }
  if (MAY_CONSTRUE.test(text)) {
    for (const match of matchesOf(CONSTRUED, text, 10)) {
      const sentence = sentenceAround(text, match.index);
      const at = match.index - sentence.start;
      if (isNegatedAt(sentence.text, at) || isConditionAt(sentence.text, at) || !USER_ACT.test(sentence.text.slice(0, at + match[0].length))) continue;
      return [{ kind: 'skip-confirmation', severity: 'high', message: "Reads one request of the user as consent to every later action, so the model never asks again.", index: match.index, length: match[0].length }];
    }
  }
  if (MAY_DEEM_LATIN.test(text)) {
    const deemed = DEEMED_LATIN.exec(text);
    const negated = deemed && /(?<!\p{L})(?:no|non|nicht|ne|não|nunca|jamais|mai|nie)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, deemed.index - 20), deemed.index));
    if (deemed && !negated && LATIN_ACTS.test(sentenceAround(text, deemed.index).text)) return [{ kind: 'skip-confirmation', severity: 'medium', message: 'Declares deletions or payments deemed approved by the user, so the model never asks.', index: deemed.index, length: deemed[0].length }];
  }
  if (!MAY_CHECK_KEY.test(text)) return [];
  for (const key of matchesOf(CHECK_KEY, text, 10)) {
    const lines = text.slice(key.index + key[0].length, key.index + key[0].length + 400).split(/\n|,(?=\s*["']?[\w-]+["']?\s*:)/).slice(0, 8);
    if (lines.some((line) => OFF_VALUE.test(line) && STAKES.test(line.split(/[:=]/)[0]!))) return [configHit(key.index, key[0].length)];
  }
  for (const flat of matchesOf(FLAT_OFF, text, 10)) {
    const [key, ...rest] = flat[0].split(/[:=]/);
    const comment = /#(.*)$/.exec(rest.join('='))?.[1] ?? '';
    if (STAKES.test(key!) || (/\[\s*\]/.test(rest.join('=')) && STAKES.test(comment))) return [configHit(flat.index, flat[0].length)];
  }
  return [];
}

function configHit(index: number, length: number): Hit {
  return { kind: 'skip-confirmation', severity: 'medium', message: "Switches the user's confirmation off for high-stakes actions in a config block.", index, length };
}
