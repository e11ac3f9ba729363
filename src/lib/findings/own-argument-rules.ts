import { sentenceAround } from './excerpt.ts';
import { OUTSIDE_SINK } from './data-words.ts';
import type { FindingSeverity } from './kinds.ts';
import type { LocatedHit } from './text-hits.ts';

/**
 * A secret the user is asked for and passed to the tool's own parameter named for it ("ask the
 * user for the 6-digit code from their authenticator app and pass it as `otp`", with `otp` in the
 * input schema) is how a publish or login tool takes a one-time code: still worth a look, not a
 * harvest. Sent to an address, a URL or a field the tool does not have, it stays as severe as it was.
 */
const SECRET_ARGUMENT_NAME = /(?:^|[_-])(?:otp|totp|hotp|mfa|2fa|code|pin|passcode|password|passwd|token|key|secret|credentials?)(?:$|[_-])|^(?:otp|totp|mfa|pin|passcode|password|token)\w*$/i;
const SECRET_WORD = /code|pin\b|pass|token|key|secret|credential|otp|2fa|mfa|cookie|phrase|mnemonic|令牌|密钥|密码|验证码|トークン|キー|パスワード|토큰|키|비밀번호|токен|ключ|парол|contraseña|clave|jeton|clé|mot de passe|senha|chave|schlüssel|passwort|chiave/i;
const NAMED_FIELD = /[\x60'"]([\w.-]{1,60})[\x60'"]/g;
// A parameter named bare beside the word for one, in any language: "填入 token 参数", "the token parameter", "パラメータ token".
const PARAMETER_NAMED = /(?<![\w\x60'"])([A-Za-z_][\w.-]{0,40})\s*(?:参数|字段|パラメータ|フィールド|필드|파라미터|매개변수|parameter|param|field|argument)|(?:parameter|paramètre|parámetro|parâmetro|parametro|Parameter|Feld|champ|campo|параметр\w*|поле)\s+([A-Za-z_][\w.-]{0,40})(?![\w\x60'"])/g;
const LOWERED: Record<FindingSeverity, FindingSeverity> = { high: 'medium', medium: 'low', low: 'low' };

/** The property names of a JSON schema's top level, for the description's rules. */
export function schemaToPropertyNames(inputSchema: unknown): ReadonlySet<string> {
  if (typeof inputSchema !== 'object' || inputSchema === null) return EMPTY;
  const properties = (inputSchema as { properties?: unknown }).properties;
  return typeof properties === 'object' && properties !== null ? new Set(Object.keys(properties)) : EMPTY;
}

/** The hit one step less severe when the secret it asks for goes to the tool's own parameter named for it. */
export function lowerOwnSecretArgument(hit: LocatedHit, propertyNames: ReadonlySet<string>): LocatedHit {
  if ((hit.kind !== 'credential-request' && hit.kind !== 'data-harvest') || propertyNames.size === 0) return hit;
  // Only a secret goes to a parameter named for it: "the user's date of birth" set into `dedupe_key` is personal data, not a key.
  if (hit.kind === 'data-harvest' && !SECRET_WORD.test(hit.source.slice(hit.index, hit.index + hit.length))) return hit;
  const sentence = sentenceAround(hit.source, hit.index).text;
  if (OUTSIDE_SINK.test(sentence)) return hit;
  const fields = [...sentence.matchAll(NAMED_FIELD)].map((match) => match[1]!);
  if (fields.length === 0) fields.push(...[...sentence.matchAll(PARAMETER_NAMED)].map((match) => (match[1] ?? match[2])!).filter((field) => propertyNames.has(field)));
  if (fields.length === 0 || !fields.every((field) => propertyNames.has(field) && SECRET_ARGUMENT_NAME.test(field))) return hit;
  return { ...hit, severity: LOWERED[hit.severity] };
}

const EMPTY: ReadonlySet<string> = new Set();
