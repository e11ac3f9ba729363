/**
 * The poisoning corpus the weighed-sentence net learns from: every part and helper round that rule
 * writers have read (tuning material), grouped by the file it comes from so that training can
 * leave one group out and score it. The unread parts (held-out-20 onwards) are never listed here:
 * they measure the audit on text neither the rules nor the weights have seen.
 */
import type { AuditedTool } from '../../src/lib/findings/tool-findings.ts';
import type { HelperRound } from '../../tests/fixtures/poisoning/helper-rounds.ts';
import { TUNING_BENIGN, TUNING_POISONED } from '../../tests/fixtures/poisoning/tuning.ts';
import { HELD_OUT_BENIGN, HELD_OUT_POISONED } from '../../tests/fixtures/poisoning/held-out.ts';
import { HELD_OUT_2_BENIGN, HELD_OUT_2_POISONED } from '../../tests/fixtures/poisoning/held-out-2.ts';
import { HELD_OUT_3_BENIGN, HELD_OUT_3_POISONED } from '../../tests/fixtures/poisoning/held-out-3.ts';
import { HELD_OUT_4_BENIGN, HELD_OUT_4_POISONED } from '../../tests/fixtures/poisoning/held-out-4.ts';
import { PART_5_BENIGN, PART_5_POISONED } from '../../tests/fixtures/poisoning/held-out-5.ts';
import { PART_6_BENIGN, PART_6_POISONED } from '../../tests/fixtures/poisoning/held-out-6.ts';
import { PART_7_BENIGN, PART_7_POISONED } from '../../tests/fixtures/poisoning/held-out-7.ts';
import { PART_8_BENIGN, PART_8_POISONED } from '../../tests/fixtures/poisoning/held-out-8.ts';
import { PART_9_BENIGN, PART_9_POISONED } from '../../tests/fixtures/poisoning/held-out-9.ts';
import { PART_10_BENIGN, PART_10_POISONED } from '../../tests/fixtures/poisoning/held-out-10.ts';
import { PART_11_BENIGN, PART_11_POISONED } from '../../tests/fixtures/poisoning/held-out-11.ts';
import { PART_12_BENIGN, PART_12_POISONED } from '../../tests/fixtures/poisoning/held-out-12.ts';
import { PART_13_BENIGN, PART_13_POISONED } from '../../tests/fixtures/poisoning/held-out-13.ts';
import { PART_14_BENIGN, PART_14_POISONED } from '../../tests/fixtures/poisoning/held-out-14.ts';
import { PART_15_BENIGN, PART_15_POISONED } from '../../tests/fixtures/poisoning/held-out-15.ts';
import { PART_16_BENIGN, PART_16_POISONED } from '../../tests/fixtures/poisoning/held-out-16.ts';
import { PART_17_BENIGN, PART_17_POISONED } from '../../tests/fixtures/poisoning/held-out-17.ts';
import { PART_18_BENIGN, PART_18_POISONED } from '../../tests/fixtures/poisoning/held-out-18.ts';
import { PART_19_BENIGN, PART_19_POISONED } from '../../tests/fixtures/poisoning/held-out-19.ts';
import { HELPER_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds.ts';
import { LANGUAGE_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-languages.ts';
import { PLACEMENT_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-placement.ts';
import { STRUCTURE_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-structure.ts';
import { NIGHT_STRUCTURE_ROUNDS, NIGHT_STRUCTURE_UNTUNED } from '../../tests/fixtures/poisoning/helper-rounds-night-structure.ts';
import { NIGHT_PLACEMENT_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-night-placement.ts';
import { LATE_PLACEMENT_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-late-placement.ts';
import { LATE_STRUCTURE_ROUNDS, LATE_STRUCTURE_UNTUNED } from '../../tests/fixtures/poisoning/helper-rounds-late-structure.ts';
import { LATE2_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-late2.ts';
import { LATE3_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-late3.ts';
import { NIGHT2_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-night2.ts';
import { NIGHT3_ROUNDS } from '../../tests/fixtures/poisoning/helper-rounds-night3.ts';
import { MORNING_ROUNDS, MORNING_CHECK, MORNING_LAST_CHECK } from '../../tests/fixtures/poisoning/helper-rounds-morning.ts';
import { LATE_MORNING_ROUNDS, LATE_MORNING_CHECK, LATE_MORNING_SECOND_BATCH } from '../../tests/fixtures/poisoning/helper-rounds-late-morning.ts';
import { DAWN_ROUNDS, DAWN_CHECK, DAWN_LAST_CHECK, DAWN_FINAL_CHECK } from '../../tests/fixtures/poisoning/helper-rounds-dawn.ts';
import { DAY_ROUNDS, DAY_CHECK } from '../../tests/fixtures/poisoning/helper-rounds-day.ts';
import { TUNE_1_BENIGN, TUNE_1_POISONED } from '../../tests/fixtures/poisoning/net-tuning-1.ts';
import { TUNE_2_BENIGN, TUNE_2_POISONED } from '../../tests/fixtures/poisoning/net-tuning-2.ts';
import { TUNE_3_BENIGN, TUNE_3_POISONED } from '../../tests/fixtures/poisoning/net-tuning-3.ts';
import { TUNE_4_BENIGN, TUNE_4_POISONED } from '../../tests/fixtures/poisoning/net-tuning-4.ts';
import { TUNE_5_BENIGN, TUNE_5_POISONED } from '../../tests/fixtures/poisoning/net-tuning-5.ts';
import { NET_LOOK_ALIKES } from '../../tests/fixtures/poisoning/net-look-alikes.ts';

/** The cases of one file of the corpus. */
export interface CorpusGroup {
  source: string;
  poisoned: readonly { id: string; tool: AuditedTool }[];
  benign: readonly { id: string; tool: AuditedTool }[];
}

function fromRounds(source: string, rounds: readonly HelperRound[]): CorpusGroup {
  return { source, poisoned: rounds.flatMap((r) => r.poisoned), benign: rounds.flatMap((r) => r.benign) };
}

export const TUNED_CORPUS: readonly CorpusGroup[] = [
  { source: 'tuning', poisoned: TUNING_POISONED, benign: TUNING_BENIGN },
  { source: 'held-out', poisoned: HELD_OUT_POISONED, benign: HELD_OUT_BENIGN },
  { source: 'held-out-2', poisoned: HELD_OUT_2_POISONED, benign: HELD_OUT_2_BENIGN },
  { source: 'held-out-3', poisoned: HELD_OUT_3_POISONED, benign: HELD_OUT_3_BENIGN },
  { source: 'held-out-4', poisoned: HELD_OUT_4_POISONED, benign: HELD_OUT_4_BENIGN },
  { source: 'held-out-5', poisoned: PART_5_POISONED, benign: PART_5_BENIGN },
  { source: 'held-out-6', poisoned: PART_6_POISONED, benign: PART_6_BENIGN },
  { source: 'held-out-7', poisoned: PART_7_POISONED, benign: PART_7_BENIGN },
  { source: 'held-out-8', poisoned: PART_8_POISONED, benign: PART_8_BENIGN },
  { source: 'held-out-9', poisoned: PART_9_POISONED, benign: PART_9_BENIGN },
  { source: 'held-out-10', poisoned: PART_10_POISONED, benign: PART_10_BENIGN },
  { source: 'held-out-11', poisoned: PART_11_POISONED, benign: PART_11_BENIGN },
  { source: 'held-out-12', poisoned: PART_12_POISONED, benign: PART_12_BENIGN },
  { source: 'held-out-13', poisoned: PART_13_POISONED, benign: PART_13_BENIGN },
  { source: 'held-out-14', poisoned: PART_14_POISONED, benign: PART_14_BENIGN },
  { source: 'held-out-15', poisoned: PART_15_POISONED, benign: PART_15_BENIGN },
  { source: 'held-out-16', poisoned: PART_16_POISONED, benign: PART_16_BENIGN },
  { source: 'held-out-17', poisoned: PART_17_POISONED, benign: PART_17_BENIGN },
  { source: 'held-out-18', poisoned: PART_18_POISONED, benign: PART_18_BENIGN },
  { source: 'held-out-19', poisoned: PART_19_POISONED, benign: PART_19_BENIGN },
  fromRounds('helper-rounds', [...HELPER_ROUNDS]),
  fromRounds('helper-rounds-languages', [...LANGUAGE_ROUNDS]),
  fromRounds('helper-rounds-placement', [...PLACEMENT_ROUNDS]),
  fromRounds('helper-rounds-structure', [...STRUCTURE_ROUNDS]),
  fromRounds('helper-rounds-night-structure', [...NIGHT_STRUCTURE_ROUNDS, NIGHT_STRUCTURE_UNTUNED]),
  fromRounds('helper-rounds-night-placement', [...NIGHT_PLACEMENT_ROUNDS]),
  fromRounds('helper-rounds-late-placement', [...LATE_PLACEMENT_ROUNDS]),
  fromRounds('helper-rounds-late-structure', [...LATE_STRUCTURE_ROUNDS, LATE_STRUCTURE_UNTUNED]),
  fromRounds('helper-rounds-late2', [...LATE2_ROUNDS]),
  fromRounds('helper-rounds-late3', [...LATE3_ROUNDS]),
  fromRounds('helper-rounds-night2', [...NIGHT2_ROUNDS]),
  fromRounds('helper-rounds-night3', [...NIGHT3_ROUNDS]),
  fromRounds('helper-rounds-morning', [...MORNING_ROUNDS, MORNING_CHECK, MORNING_LAST_CHECK]),
  fromRounds('helper-rounds-late-morning', [...LATE_MORNING_ROUNDS, LATE_MORNING_CHECK, LATE_MORNING_SECOND_BATCH]),
  fromRounds('helper-rounds-dawn', [...DAWN_ROUNDS, DAWN_CHECK, DAWN_LAST_CHECK, DAWN_FINAL_CHECK]),
  fromRounds('helper-rounds-day', [...DAY_ROUNDS, DAY_CHECK]),
  { source: 'net-tuning-1', poisoned: TUNE_1_POISONED, benign: TUNE_1_BENIGN },
  { source: 'net-tuning-2', poisoned: TUNE_2_POISONED, benign: TUNE_2_BENIGN },
  { source: 'net-tuning-3', poisoned: TUNE_3_POISONED, benign: TUNE_3_BENIGN },
  { source: 'net-tuning-4', poisoned: TUNE_4_POISONED, benign: TUNE_4_BENIGN },
  { source: 'net-tuning-5', poisoned: TUNE_5_POISONED, benign: TUNE_5_BENIGN },
  { source: 'net-look-alikes', poisoned: [], benign: NET_LOOK_ALIKES },
];
