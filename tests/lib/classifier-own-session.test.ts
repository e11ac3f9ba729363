import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * The rubric's Other: a call that only manages the tool's own session or connection changes nothing
 * of the user's data. Made-up tools only.
 */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

describe('connecting to what a tool debugs or drives, and closing its own view, manage its own session', () => {
  test('attaching to or detaching from a running process is connecting or disconnecting (Other)', () => {
    expect(classifyTool(tool('attach_to_process', 'Attach to a running process for debugging.')).category).toBe('Other');
    expect(classifyTool(tool('detach_from_target', 'Detach from the debugged program without terminating it.')).category).toBe('Other');
  });

  test('attaching or detaching a thing to or from a record is still a change (Write)', () => {
    expect(classifyTool(tool('attach_file', 'Attach a file to an issue.')).category).toBe('Write');
    expect(classifyTool(tool('detach_volume', 'Detach a volume from a server.')).category).toBe('Write');
  });

  test('closing a tab is closing its own view (Other)', () => {
    expect(classifyTool(tool('close_page', 'Close tab by index.')).category).toBe('Other');
  });
});

describe('choosing the place later calls act on is the tool\'s own session', () => {
  test('selecting an account, organization or workspace is Other, without "active" too', () => {
    expect(classifyTool(tool('select_org', 'Select an organization.')).category).toBe('Other');
    expect(classifyTool(tool('switch_workspace', 'Switch to another workspace.')).category).toBe('Other');
  });

  test('setting a stored default is still a change', () => {
    expect(classifyTool(tool('set_profile_default', 'Set a contact profile as the default for new domains.')).category).toBe('Write');
  });

  test('an action that lists or selects the scope is not a read', () => {
    const verdict = classifyTool({ name: 'configure_global', description: 'Change the global configuration (org, project, workspace).', inputSchema: { type: 'object', properties: { action: { type: 'string', enum: ['list-orgs', 'select-org', 'list-projects', 'select-project'] } } } });
    expect(verdict.category).toBe('Other');
  });
});

describe('"its" after "and" belongs to another predicate', () => {
  test('opening a file and returning its contents reads, not its own session', () => {
    expect(classifyTool(tool('open_file', 'Open a file and return its contents.')).category).toBe('Read');
  });

  test('stopping a workflow and skipping its steps changes it; releasing its resources is still its own session', () => {
    expect(classifyTool(tool('workflow_stop', 'Stop a running workflow and skip its remaining steps.')).category).toBe('Write');
    expect(classifyTool(tool('shutdown', 'Release all its resources.')).category).toBe('Other');
  });
});

describe('verbs that change the state of a record', () => {
  test('acknowledging, escalating or reassigning an alert changes it (Write), not an unknown (Other)', () => {
    expect(classifyTool(tool('ack_alert', 'Acknowledge an alert.')).category).toBe('Write');
    expect(classifyTool(tool('escalate_incident', 'Escalate an incident to the next on-call tier.')).category).toBe('Write');
    expect(classifyTool(tool('enroll_device', 'Enroll a device in management.')).category).toBe('Write');
  });
});

describe('a setting of the tool itself', () => {
  test('setting the log level of this MCP server or debug mode for this session is its own session (Other)', () => {
    expect(classifyTool(tool('set_log_level', 'Set the logging level of this MCP server.')).category).toBe('Other');
    expect(classifyTool(tool('enable_debug', 'Enable debug mode for this session.')).category).toBe('Other');
    expect(classifyTool(tool('set_verbosity', 'Set the verbosity of tool output.')).category).toBe('Other');
  });

  test('configuring a server the tool manages is still a change', () => {
    expect(classifyTool(tool('set_server_config', 'Set the nginx configuration of the server.')).category).toBe('Write');
  });
});

describe('starting a sprint or a meeting', () => {
  test('begins a record, runs nothing (Write)', () => {
    expect(classifyTool(tool('start_sprint', 'Start a planned sprint.')).category).toBe('Write');
    expect(classifyTool(tool('start_meeting', 'Start a meeting in a room.')).category).toBe('Write');
  });

  test('starting a job still runs it', () => {
    expect(classifyTool(tool('start_job', 'Start a build job.')).category).toBe('Execute');
  });
});
