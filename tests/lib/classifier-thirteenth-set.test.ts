import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the thirteenth set (issue #14): the line between Destructive (data or access lost irreversibly) and Write
 * (a change that can be undone), shown by made-up tools in the shapes real servers use, never by a labelled one,
 * with cases on the other side of each line where a rule could overreach.
 *
 * Measure of generalisation: 79 made-up definitions written before any change (/tmp/c9/probe.ts of the session:
 * replaced documents, cleared tables, revoked keys, terminated instances, synced folders, upload and push switches,
 * action enums; and on the Write side patches, archives, trash, disable, unpublish, close, untag, soft delete, a
 * field cleared). Before the set the classifier called 32/42 of the Destructive side Destructive and 32/37 of the
 * Write side Write. After the set: 35/42 and 34/37 (left on the Destructive side: an import with a replace mode, an
 * upload's overwrite switch, a rotated secret, a ban, invalidated sessions, a bare destructiveHint, a cancelled order read
 * as Financial; on the Write side a soft delete said over two sentences, removing a project member, a password reset).
 * A second batch of 28 written after those rules and never used to write them (/tmp/c9/fresh.ts): 13/14 Destructive and
 * 14/14 Write at first sight (HEAD before the set: 12/14 and 11/14; left: killing another user's database session,
 * read as the tool's own session).
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
const text = (description?: string) => ({ type: 'string', ...(description && { description }) });

describe('a sentence whose main predicate is a passive loss says what the call destroys', () => {
  expectCases([
    { behaviour: 'sync_folder "… Files in the bucket that are not present locally are deleted." deletes (Destructive)', name: 'sync_folder', description: 'Sync a local folder to the bucket. Files in the bucket that are not present locally are deleted.', properties: { local: text(), bucket: text() }, expected: 'Destructive' },
    { behaviour: 'mirror-repo "Mirror a repository. Remote branches missing locally will be deleted." deletes (Destructive)', name: 'mirror-repo', description: 'Mirror a repository to a remote. Remote branches missing locally will be deleted.', properties: { remote: text() }, expected: 'Destructive' },
    { behaviour: 'importRows "Import rows into a table. Existing rows are overwritten." overwrites without history (Destructive)', name: 'importRows', description: 'Import rows into a table. Existing rows are overwritten.', properties: { table: text(), rows: { type: 'array' } }, expected: 'Destructive' },
    { behaviour: '"Lists messages. Messages that are deleted are skipped." names a state, in a relative clause (Read)', name: 'list_messages', description: 'Lists messages in a folder. Messages that are deleted are skipped.', properties: { folder: text() }, expected: 'Read' },
    { behaviour: '"Update a record. When a record is deleted, its webhooks fire." is a condition, not the call (Write)', name: 'update_record', description: 'Update a record. When a record is deleted, its webhooks fire.', properties: { id: text(), fields: { type: 'object' } }, expected: 'Write' },
    { behaviour: '"Upload a file to the inbox. Files are deleted after 30 days." is the service\'s retention (Write)', name: 'upload_to_inbox', description: 'Upload a file to the inbox. Files are deleted after 30 days.', properties: { path: text() }, expected: 'Write' },
    { behaviour: '"Archive a project. The project is not deleted." denies the loss (Write)', name: 'archive_project', description: 'Archive a project. The project is not deleted and can be unarchived.', properties: { id: text() }, expected: 'Write' },
  ]);
});

describe('"cannot be recovered" warns of a loss like "cannot be undone"', () => {
  expectCases([
    { behaviour: 'close_account "Close the user account. The account and its data cannot be recovered." (Destructive)', name: 'close_account', description: 'Close the user account. The account and its data cannot be recovered.', properties: { account_id: text() }, expected: 'Destructive' },
    { behaviour: 'reset-workspace "Reset a workspace to its template. Customisations can\'t be restored." (Destructive)', name: 'reset-workspace', description: 'Return a workspace to its template. Customisations can\'t be restored afterwards.', properties: { workspace: text() }, expected: 'Destructive' },
    { behaviour: '"Move an email to the trash. It can be recovered for 30 days." stays recoverable (Write)', name: 'trash_email', description: 'Move an email to the trash. It can be recovered for 30 days.', properties: { id: text() }, expected: 'Write' },
  ]);
});

describe('taking a person off a role on a record, or a date or a marker off it, undoes an assignment (Write)', () => {
  expectCases([
    { behaviour: 'crm_remove_followers "Remove followers (users) from a contact." unassigns, nothing lost (Write)', name: 'crm_remove_followers', description: 'Remove followers (users) from a contact.', properties: { contactId: text(), followers: { type: 'array' } }, expected: 'Write' },
    { behaviour: 'clear_assignee "Clear the assignee of a task." (Write)', name: 'clear_assignee', description: 'Clear the assignee of a task.', properties: { task: text() }, expected: 'Write' },
    { behaviour: 'unset_due_date "Remove the due date from a task." (Write)', name: 'unset_due_date', description: 'Remove the due date from a task.', properties: { task: text() }, expected: 'Write' },
    { behaviour: 'pr_remove_reviewers "Removes requested reviewers from a pull request." (Write)', name: 'pr_remove_reviewers', description: 'Removes requested reviewers from a pull request.', properties: { pull_number: { type: 'integer' }, reviewers: { type: 'array' } }, expected: 'Write' },
    { behaviour: 'remove_org_member "Remove a member from the organization." cuts access (Destructive)', name: 'remove_org_member', description: 'Remove a member from the organization.', properties: { org: text(), user: text() }, expected: 'Destructive' },
    { behaviour: 'delete_follower_list "Delete the follower list." deletes a record (Destructive)', name: 'delete_follower_list', description: 'Delete the follower list.', properties: { id: text() }, expected: 'Destructive' },
  ]);
});

describe('a setting named in a clause after the object is no setting removed: the object is', () => {
  expectCases([
    { behaviour: 'db_remove "Removes documents matching a filter." removes documents (Destructive)', name: 'db_remove', description: 'Removes documents matching a filter.', properties: { collection: text(), filter: { type: 'object' } }, expected: 'Destructive' },
    { behaviour: 'clear_rows "Clear rows that match the filters." loses rows (Destructive)', name: 'clear_rows', description: 'Clear rows that match the filters.', properties: { sheet: text(), filters: { type: 'object' } }, expected: 'Destructive' },
    { behaviour: 'remove_view_filters "Remove filters from a view." takes off a setting (Write)', name: 'remove_view_filters', description: 'Remove filters from a view.', properties: { view: text() }, expected: 'Write' },
  ]);
});

describe('a contact taken out of a list, a segment or a campaign is a CRM record that lives on (Write)', () => {
  expectCases([
    { behaviour: 'removeCampaignContact "Remove Contact From Campaign" (Title Case) unlinks it (Write)', name: 'removeCampaignContact', description: 'Remove Contact From Campaign', properties: { contactId: text(), campaignId: text() }, expected: 'Write' },
    { behaviour: 'segments_remove_contact "Remove a contact from a segment." unlinks it (Write)', name: 'segments_remove_contact', description: 'Remove a contact from a segment.', properties: { segment_id: text(), contact_id: text() }, expected: 'Write' },
    { behaviour: 'remove_group_user "Remove a user from a group." takes access away (Destructive)', name: 'remove_group_user', description: 'Remove a user from a group.', properties: { group: text(), user: text() }, expected: 'Destructive' },
    { behaviour: 'remove_contact "Remove a contact from the CRM." deletes the record (Destructive)', name: 'remove_contact', description: 'Remove a contact from the CRM.', properties: { id: text() }, expected: 'Destructive' },
  ]);
});
