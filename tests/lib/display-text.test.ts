import { describe, expect, it } from 'vitest';
import { toDisplayText, trimBlankEdges } from '../../src/lib/display-text.ts';

describe('trimBlankEdges', () => {
  it.each([
    ['\nThis tool will refund a payment.\n\n', 'This tool will refund a payment.'],
    ['  \r\n\tLine one\n\nLine two \n', 'Line one\n\nLine two'],
    ['no blanks', 'no blanks'],
    ['\n \n', ''],
  ])('trims %j to %j', (raw, trimmed) => {
    expect(trimBlankEdges(raw)).toBe(trimmed);
  });

  it('keeps invisible characters at either end so that the page can show them', () => {
    const raw = '\n\u200bhidden\u202e\n';
    expect(trimBlankEdges(raw)).toBe('\u200bhidden\u202e');
    expect(toDisplayText(trimBlankEdges(raw)).hadInvisible).toBe(true);
  });
});
