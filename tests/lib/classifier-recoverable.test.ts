import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * The rubric's Destructive is loss that cannot be undone: a delete the description says is soft, or
 * lands in the trash, loses nothing yet (Write), in whichever sentence it says so. Made-up tools only.
 */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } });

describe('a removal that loses nothing recoverable is a change, not a loss', () => {
  test('a later sentence saying the delete is soft takes back the name verb', () => {
    expect(classifyTool(tool('delete_note', 'Delete a note by id. This is a soft delete: the note is marked deleted and kept.')).category).toBe('Write');
  });

  test('landing in the deleted items rather than being permanently removed is no warning of loss', () => {
    const verdict = classifyTool(tool('delete_folder', 'Delete a folder. The folder and its contents land in Deleted Items rather than being permanently removed.'));
    expect(verdict.category).toBe('Write');
  });

  test('a purpose reached by another call ("To permanently delete, …") is no warning about this call', () => {
    const verdict = classifyTool(tool('archive_record', 'Archive a record so that it no longer shows in lists. To permanently delete it, call purge_record.'));
    expect(verdict.category).toBe('Write');
  });

  test('a delete that cannot be restored is still a loss', () => {
    expect(classifyTool(tool('delete_page', 'Delete a page. Deleted pages cannot be restored.')).category).toBe('Destructive');
  });

  test('a soft delete that is later permanent still warns of loss', () => {
    expect(classifyTool(tool('delete_box', 'Soft-delete a mailbox; it is permanently removed right after.')).category).toBe('Destructive');
  });
});

describe('removing or deleting only a relation between records unlinks it', () => {
  test('removing a vote, a membership or a key binding loses nothing that cannot be added again', () => {
    expect(classifyTool(tool('remove_vote', 'Remove your vote from an issue.')).category).toBe('Write');
    expect(classifyTool(tool('set_widget_groups', "Set, add, or remove a widget's group memberships.")).category).toBe('Write');
    expect(classifyTool(tool('configure_keys', 'Add, remove, or replace key bindings of an action.')).category).toBe('Write');
  });

  test('deleting a dependency between two tasks unlinks them', () => {
    expect(classifyTool(tool('delete_task_dependency', 'Delete a dependency between two tasks.')).category).toBe('Write');
  });

  test('deleting records along with their relations still loses the records', () => {
    expect(classifyTool(tool('delete_entities', 'Delete multiple entities and their associated relations from the knowledge graph.')).category).toBe('Destructive');
  });
});

describe('taking an item out of a list, release or view unlinks it', () => {
  test('removing an item from a list or a release loses nothing (Write)', () => {
    expect(classifyTool(tool('remove_from_list', 'Remove a record from a list.')).category).toBe('Write');
    expect(classifyTool(tool('remove_issue_from_release', 'Remove an issue from a release.')).category).toBe('Write');
    expect(classifyTool(tool('unschedule_post', 'Remove a post from the schedule.')).category).toBe('Write');
    expect(classifyTool(tool('remove_ip', 'Remove an IP address from the allowlist.')).category).toBe('Write');
  });

  test('removing documents from a database collection, or a person from a list, still loses them', () => {
    expect(classifyTool(tool('delete_many', 'Removes all documents that match the filter from a collection.')).category).toBe('Destructive');
    expect(classifyTool(tool('remove_subscriber', 'Remove a subscriber from a list.')).category).toBe('Destructive');
  });
});

describe('resetting or removing settings loses no data', () => {
  test('resetting filters or removing settings changes a setting (Write)', () => {
    expect(classifyTool(tool('reset_filters', 'Reset all filters to their defaults.')).category).toBe('Write');
    expect(classifyTool(tool('delete_deploy_settings', 'Removes the auto-deployment settings of the website.')).category).toBe('Write');
  });

  test('resetting a database is still a loss', () => {
    expect(classifyTool(tool('reset_database', 'Reset the database, dropping all tables.')).category).toBe('Destructive');
  });
});
