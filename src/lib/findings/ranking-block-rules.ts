import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * A ranking of the model's authorities written the way policies and config files are, not in
 * prose: a block keyed `precedence:`, `[authority]`, `supersedes =` or `"winner":` that names this
 * text (`connector_manifest # this document`, `"tool-manifest"`, `this-plugin`), or a Markdown table with a
 * rank column whose rows name it, together with the
 * parties the model answers to (`system_prompt`, `developer`, `end_user`, `operator`); and the
 * legal register, a conflict or inconsistency between this text and what the host, the operator
 * or the user said, after which "this specification shall control". Settings ranked against
 * settings (`cli_flags`, `environment`) and a translation against its original name neither.
 */

// A key that ranks or resolves, in YAML, TOML, JSON or INI: `precedence:`, `priority_order:`, `[authority]`, `supersedes =`, `"winner":`.
// A Markdown table whose header has such a column (`| source | rank |`) is one too.
const RANK_KEY = /(?<![\w-])["']?(?:[a-z]+[_-])*(?:precedence|priority|priorities|authority|hierarchy|ranking|rank|supersedes|overrides|outranks|winner|wins|resolution|chain[_-]of[_-]command)(?:[_-][a-z]+)*["']?\s*(?:[:=]|\](?=\s*\n))|^[ \t]*\|[^\n]{0,60}?\b(?:precedence|priority|authority|rank)\b[^\n]{0,60}\|[ \t]*$/gim;
// Every form writes the key before `:`, `=`, `]` or a table's `|`: prose that only says "priority" is skipped at once.
const MAY_RANK_KEY = /(?:precedence|priorit|authority|hierarchy|rank|supersedes|overrides|outranks|winner|wins|resolution|chain.of.command)[\w-]*["']?\s*(?:[:=\]|]|\s[^\n|]{0,60}\|)/i;
// The parties the model answers to, as config values or words; `user` and `system` alone are weak (a user setting, the system locale).
const PARTY = /(?<![a-z])(?:host[_\s-]?system[_\s-]?prompts?|system[_\s-]?(?:prompts?|messages?)|developer(?:[_\s-]?(?:messages?|prompts?))?|operator|end[_\s-]?users?|host|users?|system)(?![a-z])/gi;
const WEAK_PARTY = /^(?:users?|system)$/i;
// This text, as a config value or a phrase.
const SELF = /(?<![a-z])(?:this[_\s-]?(?:document|description|definition|manifest|schema|server|tool|plugin|connector|spec(?:ification)?)|these[_\s-]?notes|(?:tool|server|connector|plugin|schema)[_\s-]?(?:manifests?|descriptions?|definitions?|notes|docs|documentation)|manifest)(?![a-z])/i;
const BLOCK_END = /\n\s*\n|```/;
const WINDOW = 400;

// Both forms need one of these words: one pass skips most text before either is tried.
const ANCHOR = /preceden|priorit|authorit|hierarch|rank|supersede|override|outrank|winner|wins|resolution|chain|conflict|inconsisten|discrepan|contradict|at\s+odds|differ|disagree|clash|diverge|mismatch/i;

/** A ranking claimed in a config block or in legal terms. */
export function textToRankingClaimHit(text: string): Hit | undefined {
  return ANCHOR.test(text) ? textToRankingBlockHit(text) ?? textToConflictWonHit(text) : undefined;
}

/** A config block keyed as a ranking that names this text and two of the model's parties. */
export function textToRankingBlockHit(text: string): Hit | undefined {
  if (!MAY_RANK_KEY.test(text)) return undefined;
  for (const key of matchesOf(RANK_KEY, text, 10)) {
    const rest = text.slice(key.index, key.index + WINDOW);
    const end = BLOCK_END.exec(rest.slice(key[0].length));
    const block = end ? rest.slice(0, key[0].length + end.index) : rest;
    if (!SELF.test(block)) continue;
    const parties = new Set(matchesOf(PARTY, block, 12).map((m) => m[0].toLowerCase().replace(/[_\s-]+/g, '').replace(/s$/, '')));
    if (parties.size < 2 || [...parties].every((p) => WEAK_PARTY.test(p))) continue;
    return { kind: 'model-instruction', severity: 'medium', message: 'Ranks this text above the user, the developer or the host, in a config block.', index: key.index, length: key[0].length };
  }
  return undefined;
}

const CONFLICT = /\b(?:conflicts?|conflicting|inconsisten(?:cy|cies|t)|discrepanc(?:y|ies)|contradict\w*|at\s+odds|differ(?:s|ence|ences)?|disagree\w*|clash\w*|diverge\w*|mismatch\w*)\b/gi;
// What the model answers to, named in the sentence.
const PARTY_PHRASE = /\b(?:host(?:\s+application)?|hosting\s+application|operator|end[\s-]users?|(?:the|your)\s+users?|system\s+(?:prompt|message)s?|developer|deploy(?:ing|ment)\s+(?:platform|organi[sz]ation|application)|(?:platform|operator|host)'s\s+(?:instructions|guidance|rules))\b/i;
// This text as the subject that wins: "this specification shall control", "the schema's guidance is controlling".
const SELF_WINS = /\b(?:this|these|the)\s+(?:[\w-]+\s+){0,2}?(?:specification|spec|schema|document|description|definition|manifest|notes|terms|text|connector|plugin|server|tool)(?:'s\s+(?:guidance|rules|terms|instructions|notes))?\s+(?:shall\s+|will\s+|must\s+|is\s+to\s+)?(?:control|controls|govern|governs|prevail|prevails|win|wins|take\s+precedence|takes\s+precedence|(?:is|are|be)\s+(?:controlling|authoritative|decisive|determinative))\b|\bresolv\w*\s+(?:it\s+|them\s+|(?:the|any|every)\s+(?:conflict|difference|disagreement)\s+)?in\s+favou?r\s+of\s+(?:this|these|the)\s+(?:[\w-]+'s\s+)?(?:[\w-]+\s+){0,2}?(?:specification|spec|schema|document|description|definition|manifest|notes|terms|text|connector|plugin|server|tool)\b/i;
const MAY_CONFLICT = /conflict|inconsisten|discrepan|contradict|at\s+odds|differ|disagree|clash|diverge|mismatch/i;

/** A conflict between this text and the model's parties, resolved in this text's favour in the same sentence. */
export function textToConflictWonHit(text: string): Hit | undefined {
  if (!MAY_CONFLICT.test(text) || !PARTY_PHRASE.test(text)) return undefined;
  for (const conflict of matchesOf(CONFLICT, text, 10)) {
    const sentence = sentenceAround(text, conflict.index);
    const after = sentence.text.slice(conflict.index - sentence.start);
    const wins = SELF_WINS.exec(after);
    if (!wins || !PARTY_PHRASE.test(sentence.text)) continue;
    return { kind: 'model-instruction', severity: 'medium', message: 'Ranks this text above the user, the developer or the host where they conflict.', index: conflict.index, length: conflict[0].length };
  }
  return undefined;
}
