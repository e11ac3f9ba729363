/**
 * The mood of an instruction in the phrase table's other languages, for text read apart from its
 * words: a polite imperative or an obligation ("してください", "请", "하세요", "должен", "يجب").
 * English is read by mood.ts. Used where an instruction alone is telling: text hidden after a
 * blank run in another script than the visible description, or styled invisible.
 */
const DIRECTIVE = new RegExp([
  // Japanese: polite requests and orders.
  '(?:て|で)ください', 'しなさい', 'すること(?:。|$)', 'せよ', 'してはいけません', 'しないこと',
  // Chinese: please, must, do not.
  '请', '務必', '务必', '必须', '一定要', '不要', '不得', '应当',
  // Korean: polite imperatives and prohibitions.
  '(?:세요|십시오|마세요|마십시오)',
  // Russian and Ukrainian: obligations.
  '(?<![а-яіїє])(?:должен|должна|должны|обязательно|необходимо|нужно|следует|повинен|повинна|потрібно)(?![а-яіїє])',
  // Arabic, Hebrew, Hindi, Greek: must, do not.
  'يجب', 'لا تـ?', 'חובה', 'יש ל', 'अवश्य', 'ज़रूर', 'करें', 'πρέπει', 'μην',
].join('|'), 'u');

/** True when the text holds an instruction in one of the table's languages written in a non-Latin script. */
export function hasForeignDirective(text: string): boolean {
  return DIRECTIVE.test(text);
}

// Letters of the scripts other than Latin that the table reads.
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

/** True when `after` is mostly written in a non-Latin script and `before` is not: the text changed script. */
export function changesScript(before: string, after: string): boolean {
  const share = (raw: string): number => {
    // Addresses are written in Latin letters whatever the language around them.
    const text = raw.replace(/\bhttps?:\/\/\S+|\S+@\S+/g, '');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    return letters === 0 ? 0 : (text.match(OTHER_SCRIPT)?.length ?? 0) / letters;
  };
  return share(after.slice(0, 400)) > 0.5 && share(before.slice(-400)) < 0.2;
}
