import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * Reads of tools that lose data are the costliest misses on unseen servers (issue #14). Made-up tools only.
 */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

describe('a warning of irreversible loss', () => {
  test('"the loss of all data" is a noun of loss: the warning decides', () => {
    const verdict = classifyTool(tool('rebuild_server', 'Rebuild the server. This operation is irreversible and will result in the loss of all data.'));
    expect(verdict.category).toBe('Destructive');
  });

  test('"irreversible" without any loss is still only a caveat', () => {
    expect(classifyTool(tool('send_invite', 'Send an invitation email. This is irreversible.')).category).toBe('Write');
  });
});

describe('a plural noun that is also a verb, before a comma', () => {
  test('is the noun even when a condition cuts the sentence after it', () => {
    expect(classifyTool(tool('recreate_vm', 'Snapshots, if there are any, will be deleted.')).category).not.toBe('Read');
  });

  test('starts a list of nouns, not an action', () => {
    expect(classifyTool(tool('vm_logs', 'Logs, metrics and traces of a virtual machine.')).category).toBe('Read');
  });

  test('a verb that is never a noun still leads its sentence', () => {
    expect(classifyTool(tool('sync_all', 'Deletes, recreates and reindexes every record.')).category).toBe('Destructive');
  });
});

describe('a loss that is not the call\'s', () => {
  test('objects that were deleted before are what a read lists', () => {
    expect(classifyTool(tool('list_deleted_files', 'List files that were permanently deleted in the last week.')).category).toBe('Read');
  });

  test('a retention policy ("deleted after 30 days") is the service\'s, not the call\'s', () => {
    const verdict = classifyTool(tool('list_trash', 'List items in the trash. Items in the trash are permanently deleted after 30 days.'));
    expect(verdict.category).toBe('Read');
    expect(verdict.competing?.category).toBe('Destructive');
  });

  test('a passive loss without a schedule still warns', () => {
    expect(classifyTool(tool('empty_bin', 'Empty the bin. Items are permanently deleted.')).category).toBe('Destructive');
  });
});

describe('a loss the call prevents or only mentions in a condition', () => {
  test('preventing data loss is no warning: backing up writes', () => {
    expect(classifyTool(tool('backup_db', 'Back up the database to prevent data loss.')).category).toBe('Write');
  });

  test('a loss in a condition is not the call\'s effect', () => {
    expect(classifyTool(tool('explain_delete', 'Explain what happens when a repository is permanently deleted.')).category).toBe('Read');
  });

  test('a tool that deletes still deletes when its warning is conditional', () => {
    expect(classifyTool(tool('delete_repo', 'Delete a repository. If deleted, it is permanently removed and cannot be recovered.')).category).toBe('Destructive');
  });
});
