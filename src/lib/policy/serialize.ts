import { Document, Scalar, isMap, isPair, visit } from 'yaml';
import { escapeInvisible, hasInvisible } from '../invisible.ts';
import type { Policy } from './types.ts';

/**
 * Prints a policy as YAML with the `yaml` library. Tool names (map keys and `hide` entries) are
 * always double-quoted, so `a: b`, `#x`, `*y`, `<<` or a newline stay one literal name.
 * Invisible characters are written as `\u` escapes: Intercept parses with yaml.v3 (libyaml),
 * which folds a raw U+0085/U+2028 inside a quoted scalar into a line break, and a reader must see
 * a zero-width or bidi character rather than copy it unknowingly.
 */
export function policyToYaml(policy: Policy, headerComment?: string): string {
  // No anchors and aliases: a reader sees every rule written out, as Intercept's examples do.
  const doc = new Document(policy, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair, path) {
      const parent = path[path.length - 1];
      if (pair.key instanceof Scalar && parent === doc.get('tools', true)) pair.key.type = Scalar.QUOTE_DOUBLE;
    },
    Scalar(key, node, path) {
      if (typeof node.value !== 'string') return;
      const inHide = path.some((n) => n === doc.get('hide', true));
      if (inHide || hasInvisible(node.value) || isAmbiguousScalar(node.value) || hasBlankLine(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (key === 'value' && isRegexValue(path)) node.type = Scalar.QUOTE_SINGLE;
    },
  });
  if (headerComment) doc.commentBefore = headerComment.split('\n').map((line) => (line ? ` ${line}` : '')).join('\n');
  // Every invisible character now sits inside a double-quoted scalar, where `\uXXXX` is a valid escape.
  return escapeInvisible(doc.toString({ lineWidth: 0, indentSeq: true }), 'yaml');
}

/** Prints a policy as the same document in JSON (two-space indent, trailing newline), invisible characters escaped. */
export function policyToJson(policy: Policy): string {
  return `${escapeInvisible(JSON.stringify(policy, null, 2))}\n`;
}

/**
 * Strings that some YAML reader could take for something else when plain. yaml.v3 keeps YAML 1.1
 * habits (`yes`, `on`, `0b101`, `1_000`, `1:20`, `<<` as a merge key), which the `yaml` library,
 * a YAML 1.2 writer, would leave unquoted; anything that starts like a number is quoted too.
 */
function isAmbiguousScalar(value: string): boolean {
  return /^(y|n|yes|no|true|false|on|off|null|~|<<|=)$/i.test(value) || /^[-+]?(\.?[0-9]|\.(inf|nan)$)/i.test(value);
}

/**
 * A line of spaces alone in a multi-line string (`" \n"`): the `yaml` library prints it as a block
 * scalar, where such a line reads back as empty and the spaces are lost.
 */
function hasBlankLine(value: string): boolean {
  return value.includes('\n') && /(?:^|\n)[ \t]+(?:\n|$)/.test(value);
}

/** True when the scalar is the `value:` of a condition whose op is `regex` (single quotes keep backslashes readable). */
function isRegexValue(path: readonly unknown[]): boolean {
  const pair = path[path.length - 1];
  const condition = path[path.length - 2];
  return isPair(pair) && pair.key instanceof Scalar && pair.key.value === 'value' && isMap(condition) && condition.get('op') === 'regex';
}
