import { describe, expect, test } from 'vitest';
import { ATTACK_KINDS, type Finding } from '../../src/lib/findings/kinds.ts';
import { toolToFindings, type AuditedTool } from '../../src/lib/findings/tool-findings.ts';
import type { BenignCase, PoisonedCase } from '../fixtures/poisoning/corpus.ts';
import { PART_20_BENIGN, PART_20_POISONED } from '../fixtures/poisoning/held-out-20.ts';
import { PART_21_BENIGN, PART_21_POISONED } from '../fixtures/poisoning/held-out-21.ts';
import { PART_22_BENIGN, PART_22_POISONED } from '../fixtures/poisoning/held-out-22.ts';
import { PART_23_BENIGN, PART_23_POISONED } from '../fixtures/poisoning/held-out-23.ts';
import { PART_24_BENIGN, PART_24_POISONED } from '../fixtures/poisoning/held-out-24.ts';
import { PART_25_BENIGN, PART_25_POISONED } from '../fixtures/poisoning/held-out-25.ts';
import { PART_26_BENIGN, PART_26_POISONED } from '../fixtures/poisoning/held-out-26.ts';
import { PART_27_BENIGN, PART_27_POISONED } from '../fixtures/poisoning/held-out-27.ts';
import { PART_28_BENIGN, PART_28_POISONED } from '../fixtures/poisoning/held-out-28.ts';
import { PART_29_BENIGN, PART_29_POISONED } from '../fixtures/poisoning/held-out-29.ts';
import { PART_30_BENIGN, PART_30_POISONED } from '../fixtures/poisoning/held-out-30.ts';
import { PART_31_BENIGN, PART_31_POISONED } from '../fixtures/poisoning/held-out-31.ts';
import { PART_32_BENIGN, PART_32_POISONED } from '../fixtures/poisoning/held-out-32.ts';
import { PART_33_BENIGN, PART_33_POISONED } from '../fixtures/poisoning/held-out-33.ts';
import { PART_34_BENIGN, PART_34_POISONED } from '../fixtures/poisoning/held-out-34.ts';
import { PART_35_BENIGN, PART_35_POISONED } from '../fixtures/poisoning/held-out-35.ts';
import { PART_36_BENIGN, PART_36_POISONED } from '../fixtures/poisoning/held-out-36.ts';
import { PART_37_BENIGN, PART_37_POISONED } from '../fixtures/poisoning/held-out-37.ts';

/**
 * The poisoning corpus's parts that are not (yet) held to the bar of poisoning-corpus.test.ts: blind
 * parts no one writing rules or weights has read, whose figures are the estimate on unseen text,
 * and tuned parts not yet at the bar. Each is held to its measured figure, so that a change which
 * loses what they catch fails here.
 */
const audit = (tool: AuditedTool): Finding[] => toolToFindings(tool, { serverId: 'corpus', otherServerToolNames: new Set() });
const isFlagged = (findings: Finding[]): boolean => findings.some((f) => ATTACK_KINDS.has(f.kind) && f.severity !== 'low');

type FlooredPart = { part: string; poisoned: PoisonedCase[]; benign: BenignCase[]; minFlagged: number; maxBenignHigh: number };

/**
 * Blind parts measured and then taken as tuning material, not yet at the bar: each is held to what
 * it now reaches, so that a rule change which loses what they catch fails here; whoever brings one
 * to the bar moves it to PARTS. Parts 15-17 were written blind and measured (their headers), then
 * tuned on in the second late round (82 -> 88/91, 73 -> 78/90, 87 -> 88/96, no benign high);
 * part 15 reached the bar and is in PARTS, parts 16 and 17 too in the night round (89/90, 95/96).
 * Parts 18 and 19 were unread until 2026-11-30 (blind figures 85/96 and 81/96 after four rounds
 * had been measured on them), then given to that morning's rule writer, and reached the bar (96/96
 * each, no benign high): both are in PARTS. Parts 20-27 stay unread.
 */
// Net-tuning batches 4 and 5 (quiet forms) reached the bar with the quiet rules and are in PARTS.
const TUNING_PARTS_BELOW_BAR: FlooredPart[] = [];

/**
 * Blind parts no rule writer has read: their figures are the estimate on unseen text. Each is held
 * to its last blind figure (in its header); whoever takes one as tuning material moves it to the
 * list above. Part 20's one benign high (b20-35, a subdivision flag written as an emoji tag
 * sequence) was read by the lead alone, to fix that false high; none of its poisoned cases was read.
 * Parts 22 and 23 were written on 2026-11-30 and measured before that morning's round; parts 24-27
 * later that day, measured on 87140b3 before the dawn round. Part 26's one benign high (a scanner
 * naming, unquoted, the injections it detects) was read by the lead alone, to fix that class.
 * The weighed-sentence net's gate and threshold were chosen by the aggregate of parts 20-27 (never
 * a case); parts 28-30 were written after those choices and measured with the first net, parts
 * 31-34 after the look-alikes and the first tuning batches, parts 35 and 36 after the last training
 * (quiet forms), once each (their headers). Part 35's two benign highs were read by the lead alone, to
 * fix their classes; none of its poisoned cases was read. Part 37, mostly quiet payloads, was written
 * while the quiet round (helper-rounds-quiet.ts) was written, and measured before and after it.
 */
const UNREAD_PARTS: FlooredPart[] = [
  { part: '20th', poisoned: PART_20_POISONED, benign: PART_20_BENIGN, minFlagged: 86, maxBenignHigh: 0 },
  { part: '21st', poisoned: PART_21_POISONED, benign: PART_21_BENIGN, minFlagged: 108, maxBenignHigh: 0 },
  { part: '22nd', poisoned: PART_22_POISONED, benign: PART_22_BENIGN, minFlagged: 86, maxBenignHigh: 0 },
  { part: '23rd', poisoned: PART_23_POISONED, benign: PART_23_BENIGN, minFlagged: 98, maxBenignHigh: 0 },
  { part: '24th', poisoned: PART_24_POISONED, benign: PART_24_BENIGN, minFlagged: 99, maxBenignHigh: 0 },
  { part: '25th', poisoned: PART_25_POISONED, benign: PART_25_BENIGN, minFlagged: 97, maxBenignHigh: 0 },
  { part: '26th', poisoned: PART_26_POISONED, benign: PART_26_BENIGN, minFlagged: 93, maxBenignHigh: 0 },
  { part: '27th', poisoned: PART_27_POISONED, benign: PART_27_BENIGN, minFlagged: 94, maxBenignHigh: 0 },
  { part: '28th', poisoned: PART_28_POISONED, benign: PART_28_BENIGN, minFlagged: 88, maxBenignHigh: 0 },
  { part: '29th', poisoned: PART_29_POISONED, benign: PART_29_BENIGN, minFlagged: 92, maxBenignHigh: 0 },
  { part: '30th', poisoned: PART_30_POISONED, benign: PART_30_BENIGN, minFlagged: 90, maxBenignHigh: 0 },
  { part: '31st', poisoned: PART_31_POISONED, benign: PART_31_BENIGN, minFlagged: 93, maxBenignHigh: 0 },
  { part: '32nd', poisoned: PART_32_POISONED, benign: PART_32_BENIGN, minFlagged: 92, maxBenignHigh: 0 },
  { part: '33rd', poisoned: PART_33_POISONED, benign: PART_33_BENIGN, minFlagged: 88, maxBenignHigh: 0 },
  { part: '34th', poisoned: PART_34_POISONED, benign: PART_34_BENIGN, minFlagged: 91, maxBenignHigh: 0 },
  { part: '35th', poisoned: PART_35_POISONED, benign: PART_35_BENIGN, minFlagged: 92, maxBenignHigh: 0 },
  { part: '36th', poisoned: PART_36_POISONED, benign: PART_36_BENIGN, minFlagged: 93, maxBenignHigh: 0 },
  { part: '37th (quiet forms)', poisoned: PART_37_POISONED, benign: PART_37_BENIGN, minFlagged: 88, maxBenignHigh: 0 },
];

const heldToFloors = ({ poisoned, benign, minFlagged, maxBenignHigh }: FlooredPart) => {
  test(`flags at least its floor (${minFlagged}) of poisoned definitions at medium or high`, () => {
    expect(poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(minFlagged);
  });

  test(`flags no more benign look-alikes high than its floor (${maxBenignHigh})`, () => {
    expect(benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).length).toBeLessThanOrEqual(maxBenignHigh);
  });
};

// Empty while every tuned part is at the bar; describe.each of an empty table would fail the run.
if (TUNING_PARTS_BELOW_BAR.length > 0) describe.each(TUNING_PARTS_BELOW_BAR)('the $part held-out part (measured blind, then tuned on; not yet at the bar)', heldToFloors);
describe.each(UNREAD_PARTS)('the $part held-out part (blind, unread by any rule writer)', heldToFloors);
