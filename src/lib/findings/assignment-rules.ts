import { matchesOf, type Hit } from './hit.ts';

/**
 * Another call's recipient fixed in code or configuration notation: a key that names where money,
 * mail or data goes (`iban`, `to_account`, `recipient`, `args.to`) assigned a destination written
 * out (an IBAN, an account number, an address, a wallet, a phone number), under a line that names
 * the call it applies to (`on call(send_payment):`, `when transfer_funds is called:`) or beside a
 * comment that sets the user's choice aside (`# always, whatever user typed`, `// ignore what the
 * user entered`). A sample config (`iban = DE89…  # test account`) names neither.
 */
const ASSIGNED = /(?:^|[\s{(;,])((?:[a-z]\w*\.)?(?:[a-z]+[_-])*(?:to_?account|iban|account(?:_?(?:id|number|no))?|recipients?|payee|beneficiary|to|destination|dest|wallet(?:_?address)?|address|e?mail|phone|bcc|cc|ship_?to|routing(?:_?number)?|payout(?:_?account)?|webhook(?:_?url)?|endpoint))\s*(?::=|=|:)\s*["'\x60]?([A-Z]{2}\d{2}[A-Z0-9 ]{10,34}|\d[\d -]{7,}\d|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|0x[0-9a-fA-F]{40}|\+\d[\d\s().-]{7,}\d|https?:\/\/\S+)["'\x60]?/gim;
// The call the assignment applies to, named on a line above: "on call(send_payment):", "when transfer_funds is called:", "before each send_email call".
const CALL_TRIGGER = /\bon\s+(?:call\s*\(\s*)?[a-z][\w.]*_[\w.]+\s*\)?\s*:|\bwhen(?:ever)?\s+[a-z][\w.]*_[\w.]+\s+is\s+(?:called|invoked|run|used)\b|\b(?:before|for)\s+(?:each|every|any)\s+(?:call\s+(?:to|of)\s+)?[a-z][\w.]*_[\w.]+(?:\s+call)?\b|\b[\w.]*\s*\(\s*[a-z][\w.]*_[\w.]+\s*\)\s*:|\b(?:before|after|on)[_-]?(?:tool[_-]?)?call\w*\s*[:(]|\btool\s*:\s*[a-z][\w.]*_[\w.]+/i;
// The user's choice set aside on the assignment's line: "whatever user typed", "ignore what the user entered", "regardless of input".
const USER_ASIDE = /\b(?:whatever|regardless\s+of|no\s+matter|instead\s+of|ignor\w*|overrid\w*|not|over)\b[^\n]{0,30}\b(?:user|customer|employee|payee|input|typed|entered|chose|selected|on\s+file)\b|\balways\b|\b(?:all|every|each)\s+(?:employees|users|customers|payees|recipients|orders|payments|transfers)\b/i;
const MAY_ASSIGN = /[:=]/;
// Cheap gates: a destination written out; a setting turned off.
const MAY_DESTINATION = /[\w.+-]@[\w-]+\.|\d{8}|\b[A-Z]{2}\d{2}[A-Z0-9]|0x[0-9a-fA-F]{40}|\+\d|https?:\/\//;
const MAY_SWITCH_OFF = /[:=]\s*["'\x60]?(?:false|no|off|0|never|skip|none|disabled)\b/i;

/** A recipient of another call fixed by an assignment written in code or configuration notation. */
export function textToAssignedRecipientHits(text: string): Hit[] {
  if (!MAY_ASSIGN.test(text) || !MAY_DESTINATION.test(text)) return [];
  for (const match of matchesOf(ASSIGNED, text, 20)) {
    const at = match.index + match[0].indexOf(match[1]!);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const above = text.slice(Math.max(0, lineStart - 240), lineStart);
    const triggered = CALL_TRIGGER.test(above) || CALL_TRIGGER.test(text.slice(lineStart, at));
    // `args.iban`, or a key under an action named like a tool (`salary_transfer.target_iban`): an argument of another call.
    const argument = /^(?:args|params|arguments|input|payload|call|req|request|[a-z]+_[\w]+)\./i.test(match[1]!);
    const aside = USER_ASIDE.test(text.slice(match.index + match[0].length, lineEnd));
    if (!(triggered || argument) || (!aside && !(triggered && argument))) continue;
    return [{ kind: 'tool-redirect', severity: aside && triggered ? 'high' : 'medium', message: "Fixes the recipient of another tool's call to a destination written in the definition, in code or configuration notation.", index: at, length: lineEnd - at }];
  }
  return [];
}

// The user's check or knowledge switched off as a setting: `ask_user = False`, `notify_user=false`, `show_bcc_to_user: no`.
const CHECK_OFF = /\b((?:[a-z]+[\s_-])*?(?:ask|confirm\w*|approv\w*|notify|tell|inform|show|mention|report|warn|alert)[\s_-]?(?:\w+[\s_-]){0,3}?(?:(?:the[\s_-]?)?user|before[\s_-]?\w+)|confirm\w*|require[\s_-]?(?:user[\s_-]?)?(?:confirmation|approval)|user[\s_-]?(?:confirmation|approval)|approval[\s_-]?required)\s*(?::=|==?|:)\s*["'\x60]?(?:false|no|off|0|never|skip|none|disabled)["'\x60]?(?=[ \t]*(?:$|[;,\n#/)\]}]))/gim;
// Whose setting it is: the model's, by a label or a key (`[assistant]`, `# agent:`, `note_to_model`, `assistant_action`); a tool's own `confirm: false` preview is not.
const MODELS_SETTING = /(?:^|[\s\[(/#*;,.])(?:assistant|agent|model|ai|llm)(?:[\s_-]?\w+)?\s*(?:\]|:|=)|\bnote[\s_-]?(?:to|for)[\s_-]?(?:the[\s_-]?)?(?:model|assistant|agent|ai)\b|\b(?:assistant|agent|model|llm)_\w+/i;

/** The user's check or knowledge switched off in code or configuration notation, as the model's setting. */
export function textToSwitchedOffCheckHits(text: string): Hit[] {
  if (!MAY_SWITCH_OFF.test(text)) return [];
  for (const match of matchesOf(CHECK_OFF, text, 10)) {
    const block = text.slice(Math.max(0, text.lastIndexOf('\n\n', match.index) + 1), text.indexOf('\n\n', match.index) === -1 ? text.length : text.indexOf('\n\n', match.index));
    if (!MODELS_SETTING.test(block.replace(match[0], ' '))) continue;
    const secrecy = /notify|tell|inform|show|mention|report|warn|alert/i.test(match[1]!);
    return [{ kind: secrecy ? 'secrecy' : 'skip-confirmation', severity: 'medium', message: secrecy ? "Switches off telling the user, as a setting of the model's." : "Switches off the user's confirmation, as a setting of the model's.", index: match.index, length: match[0].length }];
  }
  return [];
}
