import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the ninth set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

describe('a verb form directly followed by "are" or a modal is a plural noun, the sentence\'s subject', () => {
  expectCases([
    { behaviour: '"…; deletes are refused outright" names a kind of request the tool refuses (Read)', name: 'ask_assistant', description: 'Answer a question about your account. Reads are allowed; deletes are refused outright.', expected: 'Read' },
    { behaviour: '"Deletes must be confirmed by the user" says nothing the tool does (Read)', name: 'list_apps', description: 'List apps. Deletes must be confirmed by the user.', expected: 'Read' },
    { behaviour: '"Creates, updates and deletes are all reported" lists what is reported (Read)', name: 'list_events', description: 'List events. Creates, updates and deletes are all reported.', expected: 'Read' },
    { behaviour: '"Deletes the record and returns it" still deletes: an object follows the verb', name: 'purge', description: 'Deletes the record and returns it.', expected: 'Destructive' },
    { behaviour: '"Builds the project and can deploy it" still builds: the modal belongs to a second predicate', name: 'make', description: 'Builds the project and can deploy it.', expected: 'Execute' },
    { behaviour: '"Creates, updates and deletes records" still lists what the tool does', name: 'records', description: 'Creates, updates and deletes records in the table.', expected: 'Destructive' },
  ]);
});

describe('"CRUD" claims deletion only where the tool claims it', () => {
  expectCases([
    { behaviour: '"does not work as generic CRUD" denies it (Read)', name: 'list_apps', description: 'List apps owned by the caller. This does not work as generic scope CRUD.', expected: 'Read' },
    { behaviour: '"Discover the schemas for all CRUD operations" names what is read (Read)', name: 'get_entity_templates', description: 'Discover entity templates and structures for all CRUD operations.', expected: 'Read' },
    { behaviour: '"Includes CRUD operations on hubs" still claims deletion (Destructive)', name: 'hubs', description: 'Commands for managing event hubs. Includes CRUD operations on hubs.', expected: 'Destructive' },
  ]);
});

describe('building a page, a menu, a form or an index makes a record (Write); building software runs a build (Execute)', () => {
  expectCases([
    { behaviour: 'build_page ("Create a complete page from a declarative structure") writes', name: 'build_page', description: 'Create a complete page from a declarative structure.', expected: 'Write' },
    { behaviour: '"Build a complete mega menu in one call" writes', name: 'build_mega_menu', description: 'Build a complete mega menu in one call.', expected: 'Write' },
    { behaviour: '"Build a search index from stored embeddings" writes', name: 'index_embeddings', description: 'Build a search index from stored embeddings.', expected: 'Write' },
    { behaviour: '"Build the project" still runs a build', name: 'build_project', description: 'Build the project.', expected: 'Execute' },
    { behaviour: '"Build the docs site pages" still runs a build: the site is named before the pages', name: 'build', description: 'Build the docs site pages.', expected: 'Execute' },
    { behaviour: '"Build a report of monthly sales" still computes the call\'s output (Read)', name: 'build_report', description: 'Build a report of monthly sales.', expected: 'Read' },
  ]);
});
