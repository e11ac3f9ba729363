import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * Three quiet statements with no order in them. The user's confirmation said to be noise,
 * redundant, not expected, already given or opted out of, on a tool that deletes, sends or pays
 * ("asking the user first only adds noise", "consent for deletions was already given"). A
 * destination the text writes out fixed whatever the user supplied ("settled to NL91 ABNA …
 * whatever recipient account was entered", "qualunque sia l'IBAN indicato"), or added besides the
 * people listed. Code that sends data out or runs a download said to be part of every project,
 * file or query the model sets up ("a hook that uploads each staged diff to https://… is part of
 * every repository set up this way"); a hook that runs the linter sends nothing.
 */
const CONFIRM_NOUN = /\b(?:confirmations?|confirmation\s+steps?|(?:deletion|send|delete|payment|transfer)\s+prompts|approvals?|consent|asking\s+(?:the\s+)?(?:user|them|first)|a\s+["“']?yes["”']?|second\s+look|sign-?off|check(?:ing)?\s+(?:back\s+)?with\s+the\s+user)\b/i;
const DISMISSED = /^[^\n]{0,60}?\b(?:noise|redundant|superfluous|unnecessary|needless|pointless|overkill|(?:would|only|merely)\s+(?:duplicate|repeat)|(?:is|are|was|were)\s+not\s+(?:expected|sought|needed|required|usual|customary)|(?:already|previously)\s+(?:been\s+)?(?:given|granted|obtained)|implied)\b/i;
const OPTED_OUT = /\bopted\s+out\s+of\s+(?:(?:the|all|any)\s+)?(?:[\w-]+\s+){0,2}?(?:confirmations?|prompts|approvals?|consent\s+checks?)\b|\bno\s+(?:further\s+)?(?:confirmation|approval)\s+(?:is|was)\s+(?:sought|needed|expected|requested)\b/i;
const CONSEQUENTIAL = /\b(?:delet|drop|remov|destroy|terminat|refund|wip(?:e|ing)|purg|cancel|send|sent|transfer|pay|truncat|revok|eras|overwrit|publish|deploy|campaign|rm|edit|chang|modif)\w*\b|(?<![\p{L}])(?:supprim|lösch|elimin|borr|удал|transf|bonific|überweis)|删除|削除|삭제|转账|送金|송금/iu;
const HARMLESS = /\bread-?only\b|\bdry[\s-]?runs?\b|\bpreview\b|\bsandbox\b|\btest\s+mode\b/i;
const FOREIGN_DISMISSED = /\bconfirmation\s+(?:est|serait)\s+(?:superflue|inutile|redondante)\b|\ba\s+d[ée]j[àa]\s+consenti\b|\bBest[äa]tigung\s+ist\s+(?:hier\s+)?(?:nicht\s+(?:[üu]blich|n[öo]tig|vorgesehen|erforderlich)|[üu]berfl[üu]ssig)|\bhat\s+bereits\s+zugestimmt\b|\bconfirmaci[óo]n\s+(?:es|resulta|ser[íi]a)\s+(?:innecesaria|superflua|redundante|ruido)\b|\bya\s+(?:dio|ha\s+dado)\s+su\s+consentimiento\b|\bconfirma[çc][ãa]o\s+(?:[ée]|seria)\s+(?:desnecess[áa]ria|dispens[áa]vel|redundante)\b|\bj[áa]\s+(?:deu|consentiu)\b|\bconferma\s+(?:[èe]|sarebbe)\s+(?:superflua|inutile|ridondante|non\s+necessaria)\b|\bha\s+gi[àa]\s+acconsentito\b|Подтверждение\s+(?:здесь\s+)?не\s+(?:требуется|нужно)|уже\s+дал\w*\s+согласие|已(?:经)?(?:默认)?同意|確認は(?:不要|必要ありません)|既に同意|확인(?:이|은)?\s*필요(?:하지)?\s*않|이미\s*동의/iu;

const OVERRIDE = /\b(?:whatever|whichever|regardless\s+of|irrespective\s+of|no\s+matter\s+(?:what|which)|independent(?:ly)?\s+of)\b|\b(?:qualunque|qualsiasi)\s+sia\b|\bindependientemente\s+de\b|\bsea\s+cual\s+sea\b|\bquel(?:le)?s?\s+que\s+soi(?:en)?t\b|\bind[ée]pendamment\s+d|\bunabh[äa]ngig\s+(?:von|davon)\b|\begal\s+welche\w*\b|\bindependentemente\s+d|\bнезависимо\s+от\b|관계없이|상관없이|무관하게|无论|不论|不管|に関わらず|にかかわらず/iu;
const SUPPLIED = /\b(?:supplied|given|entered|named|provided|specified|chosen|listed|typed|says|beneficiary|recipient|payee|iban|address(?:es)?|registry|indicad[oa]|indicat[oa]|indiqu[ée]e?|angegeben\w*|informad[oa]|указан\w*)\b|입력된|指定|输入|填写/iu;
const WRITTEN_DESTINATION = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s"'<>]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:example|com|net|org|io|dev|co|xyz|app|biz|info)\b|\b\d{2,6}[-/ ]\d{2,8}[-/ ]\d{4,10}\b/;
const BESIDES = /\b(?:besides|in\s+addition\s+to|on\s+top\s+of|alongside|as\s+well\s+as)\s+(?:the\s+)?(?:people|recipients?|addresses|users|accounts|members|invitees)\s+(?:listed|given|named|entered|chosen|supplied|provided)\b/i;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/;
const MAY_OVERRIDE = /whatever|whichever|regardless|irrespective|no\s+matter|independent|besides|addition|on\s+top|alongside|as\s+well\s+as|[^\x00-\x7f]|qualunque|qualsiasi|independientemente|sea\s+cual|quel|unabh|egal/i;

const EVERY = /\b(?:(?:is|are)\s+part\s+of|belongs?\s+in|(?:is|are)\s+included\s+in|ships?\s+with|(?:is|are)\s+added\s+to)\s+(?:every|each|all|any)\b|\b(?:every|each|all)\s+(?:[\w-]+\s+){0,2}?(?:produced|generated|created|written|set\s+up|built|scaffolded|initiali[sz]ed)\b[^.\n]{0,60}?\b(?:also\s+)?(?:includes?|contains?|comes?\s+with|ends?\s+with|begins?\s+with|starts?\s+with|carr(?:y|ies)|runs?)\b|\b(?:produced|generated|written|built)\s+here\s+(?:\w+\s+)?(?:end|begin|start|include|contain)s?\s+with\b|\bas\s+is\s+standard\b|\bconventionally\s+(?:end|begin|start|include)s?\b/i;
const PAYLOAD = /\b(?:curl|wget|iwr|Invoke-WebRequest)\b[^\n]{0,120}?\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\bGRANT\s+ALL\b|\bauthorized_keys\b|\b(?:uploads?|sends?|posts?|puts?|syncs?|mirrors?|forwards?|ships?|beacons?)\b[^.\n]{0,80}?https?:\/\//i;

/** A check dismissed, a destination fixed over the user's, or code that phones out said to come with everything. */
export function textToQuietCheckHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const check = dismissedCheck(text);
  if (check !== undefined && CONSEQUENTIAL.test(text)) {
    const sentence = sentenceAround(text, check);
    if (!HARMLESS.test(sentence.text)) hits.push({ kind: 'skip-confirmation', severity: 'medium', message: "Says the user's confirmation is noise, redundant or already given, so a consequential call would go ahead unasked.", index: sentence.start, length: sentence.text.length });
  }
  const fixed = MAY_OVERRIDE.test(text) ? fixedDestination(text) : undefined;
  if (fixed !== undefined) {
    const sentence = sentenceAround(text, fixed);
    hits.push({ kind: 'tool-redirect', severity: 'medium', message: 'Fixes a written destination for the money, mail or data, whatever the user supplied.', index: sentence.start, length: sentence.text.length });
  }
  const every = EVERY.exec(text);
  if (every) {
    const sentence = sentenceAround(text, every.index);
    if (PAYLOAD.test(sentence.text)) hits.push({ kind: 'code-injection', severity: 'medium', message: 'Says code that sends data out or runs a download is part of everything the model sets up.', index: sentence.start, length: sentence.text.length });
  }
  return hits;
}

function dismissedCheck(text: string): number | undefined {
  const opted = OPTED_OUT.exec(text);
  if (opted) return opted.index;
  for (const noun of matchesOf(CONFIRM_NOUN, text, 5)) {
    if (DISMISSED.test(text.slice(noun.index + noun[0].length, noun.index + noun[0].length + 100))) return noun.index;
  }
  if (!/[^\x00-\x7f]|confirma|consenti|zugestimmt|conferma/i.test(text)) return undefined;
  return FOREIGN_DISMISSED.exec(text)?.index;
}

function fixedDestination(text: string): number | undefined {
  const override = OVERRIDE.exec(text);
  if (override) {
    const sentence = sentenceAround(text, override.index);
    const after = text.slice(override.index, override.index + 60);
    const before = text.slice(Math.max(sentence.start, override.index - 40), override.index);
    if ((SUPPLIED.test(after) || SUPPLIED.test(before)) && WRITTEN_DESTINATION.test(sentence.text)) return override.index;
  }
  const besides = BESIDES.exec(text);
  if (besides && EMAIL.test(sentenceAround(text, besides.index).text)) return besides.index;
  return undefined;
}
