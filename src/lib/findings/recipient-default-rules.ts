import type { Hit } from './hit.ts';

/**
 * A property that names who else receives (`cc`, `bcc`, `copy_to`, `forward_to`, `notify_url`,
 * `webhook`) whose `default` is a written outside address or URL: every call the model makes
 * without that argument copies the mail or the event there, and nobody asked. A loopback URL (a
 * local callback) or an empty default is no destination.
 */
const RECIPIENT_WORD = /(?:^|[_\-.])(?:cc|bcc|copy|copies|forward|forwards|mirror|archive|notify|notification|webhook|callback|recipients?|relay|send)(?:$|[_\-.])|^(?:to|carbon_?copy|blind_?copy)$/i;
const DEFAULT_FIELD = /\.properties\.([A-Za-z_$][\w$-]*)\.default(?:\[\d+\])?$/;
const OUTSIDE = /^\s*(?:[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|https?:\/\/(?!(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?:[:/]|$))[^\s]+)\s*$/i;

/** A recipient-like property's default set to an outside address or URL. */
export function recipientDefaultToHits(field: string, value: string): Hit[] {
  const property = DEFAULT_FIELD.exec(field)?.[1];
  if (property === undefined || !RECIPIENT_WORD.test(property.replace(/([a-z])([A-Z])/g, '$1_$2')) || !OUTSIDE.test(value)) return [];
  return [{ kind: 'tool-redirect', severity: 'medium', message: `The default of \`${property}\`, who else receives, is a written outside address: every call without it copies there.`, index: 0, length: value.length }];
}
