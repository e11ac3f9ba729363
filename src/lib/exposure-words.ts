/** A finding's reason as the catalogue words it: "finding: <kind label> (<field>)". */
const FINDING_REASON = /^(finding: .+) \(([^()]+)\)$/;

/** Fields named in full before the rest are counted. */
const FIELDS_NAMED = 2;

/**
 * An exposure's reasons in one line, for pages. Findings of one kind in many fields of a tool are
 * said once, with their fields counted: a tool naming another server's tool in 14 property
 * descriptions read "finding: names another server's tool (…)" 14 times, 1.2 KB in one table cell.
 * The JSON API keeps every reason.
 */
export function reasonsToWords(reasons: readonly string[]): string {
  const fieldsByFinding = new Map<string, string[]>();
  const parts: (string | { finding: string })[] = [];
  for (const reason of reasons) {
    const match = FINDING_REASON.exec(reason);
    if (!match) {
      parts.push(reason);
      continue;
    }
    const [, finding, field] = match as unknown as [string, string, string];
    const fields = fieldsByFinding.get(finding);
    if (fields) fields.push(field);
    else {
      fieldsByFinding.set(finding, [field]);
      parts.push({ finding });
    }
  }
  return parts.map((part) => (typeof part === 'string' ? part : `${part.finding} (${fieldsToWords(fieldsByFinding.get(part.finding)!)})`)).join('; ');
}

function fieldsToWords(fields: readonly string[]): string {
  if (fields.length <= FIELDS_NAMED + 1) return fields.join(', ');
  return `${fields.slice(0, FIELDS_NAMED).join(', ')} and ${fields.length - FIELDS_NAMED} more fields`;
}

/** The reason the attack matcher gives a tool exposed only because the pattern concerns its whole category. */
const CATEGORY_WIDE_REASON = /^concerns every \S+ tool$/;

/** Whether a tool is exposed to an attack only through its category, not by anything in its own definition. */
export function isCategoryWideExposure(reasons: readonly string[]): boolean {
  return reasons.length > 0 && reasons.every((reason) => CATEGORY_WIDE_REASON.test(reason));
}
