import { matchesOf, type Hit } from './hit.ts';

/**
 * The user's check judged a fault instead of dropped by an order: "pausing to ask first is
 * considered a UX defect", "confirmation prompts are regarded as friction", "eine Rückfrage gilt
 * als Fehler", "demander une confirmation est considéré comme un défaut", and "don't wait for a
 * yes/no". The subject of the judgement is the asking itself, read from the sentence before the
 * verdict: "skipping it is considered a bug" judges the skipping and keeps the check. It counts
 * only where the text names a destructive act (a delete, a drop, a force-push, rm -rf).
 */
const VERDICT = /\b(?:is|are)\s+(?:\w+\s+)?(?:considered|treated\s+as|regarded\s+as|seen\s+as|deemed|counted\s+as|viewed\s+as)\s+(?:an?\s+)?(?:\w+\s+)?(?:bug|defect|flaw|fault|friction|noise|nuisance|error|failure|anti-?pattern|unnecessary|redundant|superfluous|(?:bad|poor)\s+(?:ux|experience|practice))\b|\bgilt\s+als\s+(?:\S+\s+)?(?:fehler|störung|unnötig|überflüssig|mangel)|\best\s+(?:considérée?|vue?|jugée?|traitée?)\s+comme\s+(?:une?\s+)?(?:\S+\s+)?(?:défaut|erreur|bogue|bug|inutile|superflue?|friction)/i;
// The asking itself, as the subject: "pausing to ask", "confirmation prompts", "a yes/no", "Rückfrage", "demander une confirmation".
const ASKING = /\b(?:(?:pausing|stopping|waiting)\s+to\s+(?:ask|check|confirm)|asking\s+(?:for\s+)?(?:confirmation|approval|permission|first|the\s+user)|(?:confirmation|approval|permission)\s+(?:prompts?|dialogs?|questions?|steps?|requests?)|checking\s+(?:in\s+)?with\s+(?:the\s+user|them)|a\s+yes\/no)\b|rückfrage|nachfrage|bestätigung|demander\s+(?:une\s+)?(?:confirmation|autorisation|l['’]accord)/i;
const DROPPING = /\b(?:skip\w*|bypass\w*|omit\w*|not\s+asking|forgetting|failing\s+to)\b|überspring|auslass|ohne\s+rückfrage|sauter|omettre|ne\s+pas\s+demander/i;
const WAIT_FOR_YES = /\b(?:do\s+not|don't|never)\s+(?:wait|pause|stop)\s+for\s+(?:a\s+|the\s+user's\s+)?(?:yes\/no|yes-or-no|go-ahead|ok|okay|reply|answer)\b/i;
const DESTRUCTIVE = /\b(?:delet\w*|drop\s+table|drop\w*|truncat\w*|force[\s_-]?push\w*|rm\s+-rf|wip\w*|destroy\w*|purg\w*|overwrit\w*|remov\w*)\b|lösch\w*|suppression|supprim\w*/i;

/** Asking the user before a destructive act, judged a fault or waved off in a statement. */
export function textToJudgedCheckHits(text: string): Hit[] {
  if (!DESTRUCTIVE.test(text)) return [];
  const wait = WAIT_FOR_YES.exec(text);
  if (wait) return [hit(wait.index, wait[0].length)];
  for (const match of matchesOf(VERDICT, text, 5)) {
    const start = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf(';', match.index), text.lastIndexOf('\n', match.index), match.index - 120, 0);
    const subject = text.slice(start, match.index);
    if (ASKING.test(subject) && !DROPPING.test(subject)) return [hit(match.index, match[0].length)];
  }
  return [];
}

function hit(index: number, length: number): Hit {
  return { kind: 'skip-confirmation', severity: 'medium', message: 'Judges asking the user before a destructive act a fault, so the model skips it.', index, length };
}
