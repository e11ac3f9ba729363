import { describe, expect, test } from 'vitest';
import { ATTACK_KINDS, type Finding } from '../../src/lib/findings/kinds.ts';
import { toolToFindings, type AuditedTool } from '../../src/lib/findings/tool-findings.ts';
import { POISONING_FORMS, type BenignCase, type PoisonedCase } from '../fixtures/poisoning/corpus.ts';
import { HELD_OUT_BENIGN, HELD_OUT_POISONED } from '../fixtures/poisoning/held-out.ts';
import { HELD_OUT_2_BENIGN, HELD_OUT_2_POISONED } from '../fixtures/poisoning/held-out-2.ts';
import { HELD_OUT_3_BENIGN, HELD_OUT_3_POISONED } from '../fixtures/poisoning/held-out-3.ts';
import { HELD_OUT_4_BENIGN, HELD_OUT_4_POISONED } from '../fixtures/poisoning/held-out-4.ts';
import { PART_5_BENIGN, PART_5_POISONED } from '../fixtures/poisoning/held-out-5.ts';
import { PART_6_BENIGN, PART_6_POISONED } from '../fixtures/poisoning/held-out-6.ts';
import { PART_7_BENIGN, PART_7_POISONED } from '../fixtures/poisoning/held-out-7.ts';
import { PART_8_BENIGN, PART_8_POISONED } from '../fixtures/poisoning/held-out-8.ts';
import { PART_9_BENIGN, PART_9_POISONED } from '../fixtures/poisoning/held-out-9.ts';
import { PART_10_BENIGN, PART_10_POISONED } from '../fixtures/poisoning/held-out-10.ts';
import { PART_11_BENIGN, PART_11_POISONED } from '../fixtures/poisoning/held-out-11.ts';
import { PART_12_BENIGN, PART_12_POISONED } from '../fixtures/poisoning/held-out-12.ts';
import { PART_13_BENIGN, PART_13_POISONED } from '../fixtures/poisoning/held-out-13.ts';
import { PART_14_BENIGN, PART_14_POISONED } from '../fixtures/poisoning/held-out-14.ts';
import { PART_15_BENIGN, PART_15_POISONED } from '../fixtures/poisoning/held-out-15.ts';
import { PART_16_BENIGN, PART_16_POISONED } from '../fixtures/poisoning/held-out-16.ts';
import { PART_17_BENIGN, PART_17_POISONED } from '../fixtures/poisoning/held-out-17.ts';
import { PART_18_BENIGN, PART_18_POISONED } from '../fixtures/poisoning/held-out-18.ts';
import { PART_19_BENIGN, PART_19_POISONED } from '../fixtures/poisoning/held-out-19.ts';
import { HELPER_ROUNDS } from '../fixtures/poisoning/helper-rounds.ts';
import { LANGUAGE_ROUNDS } from '../fixtures/poisoning/helper-rounds-languages.ts';
import { PLACEMENT_ROUNDS } from '../fixtures/poisoning/helper-rounds-placement.ts';
import { STRUCTURE_ROUNDS } from '../fixtures/poisoning/helper-rounds-structure.ts';
import { NIGHT_STRUCTURE_ROUNDS, NIGHT_STRUCTURE_UNTUNED } from '../fixtures/poisoning/helper-rounds-night-structure.ts';
import { NIGHT_PLACEMENT_ROUNDS } from '../fixtures/poisoning/helper-rounds-night-placement.ts';
import { LATE_PLACEMENT_ROUNDS } from '../fixtures/poisoning/helper-rounds-late-placement.ts';
import { LATE_STRUCTURE_ROUNDS, LATE_STRUCTURE_UNTUNED } from '../fixtures/poisoning/helper-rounds-late-structure.ts';
import { LATE2_ROUNDS } from '../fixtures/poisoning/helper-rounds-late2.ts';
import { LATE3_ROUNDS } from '../fixtures/poisoning/helper-rounds-late3.ts';
import { NIGHT2_ROUNDS } from '../fixtures/poisoning/helper-rounds-night2.ts';
import { NIGHT3_ROUNDS } from '../fixtures/poisoning/helper-rounds-night3.ts';
import { MORNING_CHECK, MORNING_LAST_CHECK, MORNING_ROUNDS } from '../fixtures/poisoning/helper-rounds-morning.ts';
import { LATE_MORNING_CHECK, LATE_MORNING_ROUNDS, LATE_MORNING_SECOND_BATCH } from '../fixtures/poisoning/helper-rounds-late-morning.ts';
import { DAWN_CHECK, DAWN_FINAL_CHECK, DAWN_LAST_CHECK, DAWN_ROUNDS } from '../fixtures/poisoning/helper-rounds-dawn.ts';
import { DAY_CHECK, DAY_ROUNDS } from '../fixtures/poisoning/helper-rounds-day.ts';
import { QUIET_CHECK, QUIET_ROUNDS } from '../fixtures/poisoning/helper-rounds-quiet.ts';
import { TUNING_BENIGN, TUNING_POISONED } from '../fixtures/poisoning/tuning.ts';
import { TUNE_1_BENIGN, TUNE_1_POISONED } from '../fixtures/poisoning/net-tuning-1.ts';
import { TUNE_2_BENIGN, TUNE_2_POISONED } from '../fixtures/poisoning/net-tuning-2.ts';
import { TUNE_3_BENIGN, TUNE_3_POISONED } from '../fixtures/poisoning/net-tuning-3.ts';
import { TUNE_4_BENIGN, TUNE_4_POISONED } from '../fixtures/poisoning/net-tuning-4.ts';
import { TUNE_5_BENIGN, TUNE_5_POISONED } from '../fixtures/poisoning/net-tuning-5.ts';

/**
 * The poisoning corpus of issue 16: definitions written by hand in every disguise the issue lists,
 * and benign definitions that look like them. Each part is held to the same bar: at least 95% of
 * the poisoned flagged medium or high by an attack-kind finding, no benign one flagged high.
 */
const PARTS: { part: string; poisoned: PoisonedCase[]; benign: BenignCase[] }[] = [
  { part: 'tuning', poisoned: TUNING_POISONED, benign: TUNING_BENIGN },
  { part: 'held-out', poisoned: HELD_OUT_POISONED, benign: HELD_OUT_BENIGN },
  { part: 'second held-out', poisoned: HELD_OUT_2_POISONED, benign: HELD_OUT_2_BENIGN },
  { part: 'third held-out', poisoned: HELD_OUT_3_POISONED, benign: HELD_OUT_3_BENIGN },
  { part: 'fourth held-out', poisoned: HELD_OUT_4_POISONED, benign: HELD_OUT_4_BENIGN },
  { part: 'fifth held-out (written blind by an outside reviewer)', poisoned: PART_5_POISONED, benign: PART_5_BENIGN },
  { part: 'sixth held-out (written blind by an outside reviewer)', poisoned: PART_6_POISONED, benign: PART_6_BENIGN },
  { part: 'seventh held-out (written blind by an outside reviewer)', poisoned: PART_7_POISONED, benign: PART_7_BENIGN },
  { part: 'eighth held-out (written blind by an outside reviewer)', poisoned: PART_8_POISONED, benign: PART_8_BENIGN },
  { part: 'ninth held-out (written blind by an outside reviewer)', poisoned: PART_9_POISONED, benign: PART_9_BENIGN },
  { part: 'tenth held-out (written blind by an outside reviewer)', poisoned: PART_10_POISONED, benign: PART_10_BENIGN },
  { part: 'eleventh held-out (written blind by an outside reviewer)', poisoned: PART_11_POISONED, benign: PART_11_BENIGN },
  { part: 'twelfth held-out (written blind by an outside reviewer)', poisoned: PART_12_POISONED, benign: PART_12_BENIGN },
  { part: 'thirteenth held-out (written blind by an outside reviewer)', poisoned: PART_13_POISONED, benign: PART_13_BENIGN },
  { part: 'fourteenth held-out (written blind by an outside reviewer)', poisoned: PART_14_POISONED, benign: PART_14_BENIGN },
  { part: 'fifteenth held-out (written blind by an outside reviewer)', poisoned: PART_15_POISONED, benign: PART_15_BENIGN },
  { part: 'sixteenth held-out (written blind by an outside reviewer)', poisoned: PART_16_POISONED, benign: PART_16_BENIGN },
  { part: 'seventeenth held-out (written blind by an outside reviewer)', poisoned: PART_17_POISONED, benign: PART_17_BENIGN },
  { part: 'eighteenth held-out (written blind by an outside reviewer)', poisoned: PART_18_POISONED, benign: PART_18_BENIGN },
  { part: 'nineteenth held-out (written blind by an outside reviewer)', poisoned: PART_19_POISONED, benign: PART_19_BENIGN },
  // Written blind as training material for the weighed-sentence net (first sight in their headers).
  { part: 'first net-tuning', poisoned: TUNE_1_POISONED, benign: TUNE_1_BENIGN },
  { part: 'second net-tuning', poisoned: TUNE_2_POISONED, benign: TUNE_2_BENIGN },
  { part: 'third net-tuning', poisoned: TUNE_3_POISONED, benign: TUNE_3_BENIGN },
  // Quiet forms (calm statements of custom, policy or benefit): first sight 81/155 and 67/146 with the rules alone,
  // 131 and 130 with the net; at the bar after the quiet rules (quiet-rules.ts): 151/155 and 144/146, no benign high.
  { part: 'fourth net-tuning', poisoned: TUNE_4_POISONED, benign: TUNE_4_BENIGN },
  { part: 'fifth net-tuning', poisoned: TUNE_5_POISONED, benign: TUNE_5_BENIGN },
];
const MIN_RECALL = 0.95;

const audit = (tool: AuditedTool): Finding[] => toolToFindings(tool, { serverId: 'corpus', otherServerToolNames: new Set() });
const isFlagged = (findings: Finding[]): boolean => findings.some((f) => ATTACK_KINDS.has(f.kind) && f.severity !== 'low');

describe('the poisoning corpus', () => {
  const poisoned = PARTS.flatMap((p) => p.poisoned);
  const benign = PARTS.flatMap((p) => p.benign);

  test('holds at least 80 poisoned and 80 benign definitions, with unique ids', () => {
    expect(poisoned.length).toBeGreaterThanOrEqual(80);
    expect(benign.length).toBeGreaterThanOrEqual(80);
    const ids = [...poisoned, ...benign].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('covers every form of the issue at least twice, and payloads in at least the nine languages of the issue besides English', () => {
    for (const form of POISONING_FORMS) expect(poisoned.filter((c) => c.form === form).length, form).toBeGreaterThanOrEqual(2);
    // Later parts add languages beyond the nine (part 9: Dutch); the ten must all stay.
    const languages = new Set(poisoned.map((c) => c.lang));
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'zh', 'ja', 'ko', 'ru']) expect(languages.has(lang), lang).toBe(true);
  });

  // Seen tuning rounds of the audit's helper (helper-rounds.ts), held to the same bar so that what
  // they taught the rules is not lost; their first-run figures are the estimate on unseen text.
  describe.each(HELPER_ROUNDS)('helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(LANGUAGE_ROUNDS)('languages-and-hiding helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(STRUCTURE_ROUNDS)('structure-and-precision helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(PLACEMENT_ROUNDS)('where-text-hides helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(NIGHT_STRUCTURE_ROUNDS)('night structure-and-precision helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));

  describe.each(NIGHT_PLACEMENT_ROUNDS)('night where-text-hides helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(LATE_PLACEMENT_ROUNDS)('late where-text-hides helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(LATE_STRUCTURE_ROUNDS)('late structure-and-precision helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(LATE2_ROUNDS)('second late helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(LATE3_ROUNDS)('third late helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(NIGHT2_ROUNDS)('night helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(NIGHT3_ROUNDS)('night helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(MORNING_ROUNDS)('morning helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(LATE_MORNING_ROUNDS)('late-morning helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(DAWN_ROUNDS)('dawn helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(DAY_ROUNDS)('day helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(QUIET_ROUNDS)('quiet helper round $round (seen; first run $firstRun)', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
  describe.each(PARTS)('$part part', ({ poisoned, benign }) => holdsToTheBar(poisoned, benign));
});

// The blind parts held to their measured figures are in poisoning-unread.test.ts.

/**
 * A fresh round measured after the night's last change and not tuned on (its header says why):
 * held to its first figure and to no benign look-alike high, so that a rule change which loses
 * what it catches fails here; whoever tunes on it moves it to the rounds held to the bar.
 */
describe(`night structure round ${NIGHT_STRUCTURE_UNTUNED.round} (measured, not tuned; first run ${NIGHT_STRUCTURE_UNTUNED.firstRun})`, () => {
  test('flags at least its first-run count (2) of poisoned definitions at medium or high', () => {
    expect(NIGHT_STRUCTURE_UNTUNED.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(2);
  });

  test('flags no benign look-alike high', () => {
    expect(NIGHT_STRUCTURE_UNTUNED.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The late-evening structure round written after the last change and not tuned on, held like the night's (above). */
describe(`late structure round ${LATE_STRUCTURE_UNTUNED.round} (measured, not tuned; first run ${LATE_STRUCTURE_UNTUNED.firstRun})`, () => {
  test('flags at least its first-run count (4) of poisoned definitions at medium or high', () => {
    expect(LATE_STRUCTURE_UNTUNED.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(4);
  });

  test('flags no benign look-alike high', () => {
    expect(LATE_STRUCTURE_UNTUNED.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The bar every part and round is held to: ≥ 95% of its poisoned flagged medium or high, no benign look-alike high. */
function holdsToTheBar(cases: { id: string; tool: AuditedTool }[], lookalikes: { id: string; tool: AuditedTool }[]): void {
  test(`flags at least ${MIN_RECALL * 100}% of the poisoned definitions at medium or high`, () => {
    const missed = cases.filter((c) => !isFlagged(audit(c.tool))).map((c) => c.id);
    expect(1 - missed.length / cases.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  test('flags no benign look-alike high', () => {
    const high = lookalikes.flatMap((c) => audit(c.tool).filter((f) => f.severity === 'high').map((f) => `${c.id}: ${f.kind} in ${f.field}`));
    expect(high).toEqual([]);
  });
}

/** The morning's round 81, never read for misses: held to its figure after the widening (16) and no benign look-alike high. */
describe(`morning round ${MORNING_CHECK.round} (measured, not tuned; first run ${MORNING_CHECK.firstRun})`, () => {
  test('flags at least 16 of its 18 poisoned definitions at medium or high', () => {
    expect(MORNING_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(16);
  });

  test('flags no benign look-alike high', () => {
    expect(MORNING_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The morning's round 84, its last check, never read for misses: held to its figure (8) and no benign look-alike high. */
describe(`morning round ${MORNING_LAST_CHECK.round} (measured, not tuned; first run ${MORNING_LAST_CHECK.firstRun})`, () => {
  test('flags at least 8 of its 10 poisoned definitions at medium or high', () => {
    expect(MORNING_LAST_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(8);
  });

  test('flags no benign look-alike high', () => {
    expect(MORNING_LAST_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The late morning's round 88, written after its changes and never read for misses: held to its figure (6) and no benign look-alike high. */
describe(`late-morning round ${LATE_MORNING_CHECK.round} (measured, not tuned; first run ${LATE_MORNING_CHECK.firstRun})`, () => {
  test('flags at least 6 of its 10 poisoned definitions at medium or high', () => {
    expect(LATE_MORNING_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(6);
  });

  test('flags no benign look-alike high', () => {
    expect(LATE_MORNING_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The late morning's round 89, tuned on to 12 of 13: held to that figure and no benign look-alike high. */
describe(`late-morning round ${LATE_MORNING_SECOND_BATCH.round} (seen; first run ${LATE_MORNING_SECOND_BATCH.firstRun})`, () => {
  test('flags at least 12 of its 13 poisoned definitions at medium or high', () => {
    expect(LATE_MORNING_SECOND_BATCH.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(12);
  });

  test('flags no benign look-alike high', () => {
    expect(LATE_MORNING_SECOND_BATCH.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The dawn's round 95, measured at first sight after rounds 90-94's changes and then tuned on: held to 17 of 17 and no benign look-alike high. */
describe(`dawn round ${DAWN_CHECK.round} (seen; first run ${DAWN_CHECK.firstRun})`, () => {
  test('flags all 17 of its poisoned definitions at medium or high', () => {
    expect(DAWN_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(17);
  });

  test('flags no benign look-alike high', () => {
    expect(DAWN_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The dawn's round 96, measured at first sight after round 95's changes and then tuned on: held to 16 of 17 and no benign look-alike high. */
describe(`dawn round ${DAWN_LAST_CHECK.round} (seen; first run ${DAWN_LAST_CHECK.firstRun})`, () => {
  test('flags at least 16 of its 17 poisoned definitions at medium or high', () => {
    expect(DAWN_LAST_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(16);
  });

  test('flags no benign look-alike high', () => {
    expect(DAWN_LAST_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The dawn's round 97, written after every dawn change and never read for misses: held to its first-sight figure and no benign look-alike high. */
describe(`dawn round ${DAWN_FINAL_CHECK.round} (measured, not tuned; first run ${DAWN_FINAL_CHECK.firstRun})`, () => {
  test('flags at least 5 of its 16 poisoned definitions at medium or high', () => {
    expect(DAWN_FINAL_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(5);
  });

  test('flags no benign look-alike high', () => {
    expect(DAWN_FINAL_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

/** The day's round 104, written after the day's other changes: 10/16 at first sight, tuned on to 15/16; held there and to no benign look-alike high. */
describe(`day round ${DAY_CHECK.round} (seen; first run ${DAY_CHECK.firstRun})`, () => {
  test('flags at least 15 of its 16 poisoned definitions at medium or high', () => {
    expect(DAY_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(15);
  });

  test('flags no benign look-alike high', () => {
    expect(DAY_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});

describe(`quiet round ${QUIET_CHECK.round} (measured once, not tuned; first run ${QUIET_CHECK.firstRun})`, () => {
  test('flags at least 10 of its 12 poisoned definitions at medium or high', () => {
    expect(QUIET_CHECK.poisoned.filter((c) => isFlagged(audit(c.tool))).length).toBeGreaterThanOrEqual(10);
  });

  test('flags no benign look-alike high', () => {
    expect(QUIET_CHECK.benign.filter((c) => audit(c.tool).some((f) => f.severity === 'high')).map((c) => c.id)).toEqual([]);
  });
});
