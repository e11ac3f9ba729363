import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object' } });
// Made-up server whose every description opens with the same claim about the whole API.
const PREFIX = 'Acme API: create, update and delete your Acme resources.';
const acme = [
  tool('account_info', `${PREFIX} Shows the account's plan and owner.`),
  tool('user_info', `${PREFIX} Shows one user.`),
  tool('remove_user', `${PREFIX} Removes a user from the workspace.`),
  tool('rename_project', `${PREFIX} Renames a project.`),
  tool('project_info', `${PREFIX} Shows a project.`),
];

describe('server context', () => {
  const context = toolsToServerContext(acme);

  test('a sentence every tool of a server shares decides nothing', () => {
    expect(classifyTool(acme[0]!).category).toBe('Destructive');
    expect(classifyTool(acme[0]!, context).category).toBe('Read');
    expect(classifyTool(acme[3]!, context).category).toBe('Write');
  });

  test('what a tool says beyond the shared sentence still decides', () => {
    expect(classifyTool(acme[2]!, context).category).toBe('Destructive');
  });

  test('a sentence fewer than 80% of the tools share still counts', () => {
    const mixed = [...acme.slice(0, 3), tool('project_info', 'Shows a project.'), tool('team_info', 'Shows a team.')];
    const partial = toolsToServerContext(mixed);
    expect(partial.boilerplate.size).toBe(0);
    expect(classifyTool(mixed[0]!, partial).category).toBe('Destructive');
  });

  test('a server of one tool has no boilerplate', () => {
    expect(toolsToServerContext([acme[0]!]).boilerplate.size).toBe(0);
  });
});
