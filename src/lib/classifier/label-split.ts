import { createHash } from 'node:crypto';

/**
 * Which labelled servers the classifier's rules may be tuned on, and which are held out to
 * measure it. The split is by server (never by tool: tools of one server share wording, so a
 * rule fitted to some of them would be measured on their siblings) and was fixed before any
 * rule was tuned on the new labels. Changing the salt or the threshold re-deals the test set,
 * which is only honest before anyone has looked at it.
 */
export type LabelSplit = 'tuning' | 'test';

const SALT = 'split-v1:';
/** First byte of the hash below this: test (96/256 = 37.5% of servers). */
const TEST_BELOW = 96;

/** The split a server belongs to: test when the first byte of sha256("split-v1:" + id) is < 96. */
export function serverToSplit(serverId: string): LabelSplit {
  const firstByte = createHash('sha256').update(SALT + serverId, 'utf8').digest()[0]!;
  return firstByte < TEST_BELOW ? 'test' : 'tuning';
}
