import type { Category } from '../taxonomy.ts';
import { builtRecordReading } from './built-records.ts';
import { clearedInputReading, typedInputReading } from './cleared-inputs.ts';
import { computedReading } from './computed-readings.ts';
import { debuggeeControlReading } from './debuggee-control.ts';
import { deletedSettingReading } from './deleted-settings.ts';
import { installedDefinitionReading } from './installed-definitions.ts';
import { keyInputReading } from './key-input.ts';
import { migratedSchemaReading } from './migrated-schemas.ts';
import { playbackReading } from './media-playback.ts';
import { refreshedDataReading } from './refreshed-data.ts';
import { reloadedSettingsReading } from './reloaded-settings.ts';
import { removedAssignmentReading } from './removed-assignments.ts';
import { reportedClauseReading } from './reported-clauses.ts';
import { queuedRecordReading } from './scheduled-runs.ts';
export { recordActionReading } from './record-actions.ts';
import { sentCommandReading } from './sent-commands.ts';
import { sentMessageReading } from './sent-messages.ts';
import { signedUrlReading } from './signed-urls.ts';
import { submittedRunReading } from './submitted-runs.ts';
import { unlockedVaultReading } from './unlocked-vaults.ts';
import { watchedRecordReading } from './watched-records.ts';

/**
 * A verb's reading decided by its object alone (and, for a form field, the session), after the collocation
 * rules: it empties or types into a session page's field ("Clear the content of an input field", "Write text
 * into a TextInput"), computes ("Evaluate a
 * mathematical expression"), presses keys ("Send a key event"), plays a recording ("Play an audio file"), or
 * deletes a setting ("Delete a breakpoint"), says what it finds ("Report whether the host is up"), installs a definition ("Install a skill"), submits a job ("Submit a batch job"), halts the program it debugs ("Pause a running program"), builds a record ("Build a navigation menu"), unlocks a vault ("Unlock the Bitwarden vault"), watches a record ("Watch a repository"), refreshes stored data ("Refresh a dataset") sends a command ("Send a command to the device") or a message ("Send the owner a notification") or reloads settings ("Reload the configuration"), or migrates a schema ("Migrate the database"). `objects` are the words after the verb.
 */
export function objectReading(verb: string, objects: readonly string[], session = false): { category: Category; object: string; why: string } | undefined {
  return signedUrlReading(verb, objects) ?? clearedInputReading(verb, objects, session) ?? typedInputReading(verb, objects, session) ?? computedReading(verb, objects) ?? keyInputReading(verb, objects) ?? playbackReading(verb, objects) ?? deletedSettingReading(verb, objects) ?? removedAssignmentReading(verb, objects) ?? reportedClauseReading(verb, objects) ?? installedDefinitionReading(verb, objects) ?? submittedRunReading(verb, objects) ?? queuedRecordReading(verb, objects) ?? debuggeeControlReading(verb, objects) ?? builtRecordReading(verb, objects) ?? unlockedVaultReading(verb, objects) ?? watchedRecordReading(verb, objects) ?? refreshedDataReading(verb, objects, session) ?? sentCommandReading(verb, objects) ?? sentMessageReading(verb, objects) ?? reloadedSettingsReading(verb, objects, session) ?? migratedSchemaReading(verb, objects);
}
