import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/** The rubric's Read computes: a report the call assembles is its own output, not a build that runs. Made-up tools only. */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

describe('assembling a report is computing the call\'s own output', () => {
  test('building or compiling a report, summary or profile reads', () => {
    expect(classifyTool(tool('build_risk_profile', 'Build a comprehensive risk profile from the discovered features.')).category).toBe('Read');
    expect(classifyTool(tool('compile_weekly_report', 'Compile a weekly report of failed checks.')).category).toBe('Read');
  });

  test('building a project, or a report stored somewhere, is still a build or a change', () => {
    expect(classifyTool(tool('build_project', 'Build the project with its configured toolchain.')).category).toBe('Execute');
    expect(classifyTool(tool('compile_report', 'Compile a report into the team wiki.')).category).not.toBe('Read');
  });
});

describe('a text named after what it teaches', () => {
  test('"Setup guides", "Install instructions" describe a text about doing it (Read)', () => {
    expect(classifyTool(tool('guide', 'Setup guides.')).category).toBe('Read');
    expect(classifyTool(tool('howto', 'Install instructions for each supported platform.')).category).toBe('Read');
  });

  test('setting up or installing a thing is still doing it', () => {
    expect(classifyTool(tool('install_package', 'Install a package into the project.')).category).not.toBe('Read');
  });
});

describe('a chart, QR code or completion made for the caller', () => {
  test('is rendered or computed from given data (Read)', () => {
    expect(classifyTool(tool('create_chart', 'Create a bar chart from the given data and return it as a PNG image.')).category).toBe('Read');
    expect(classifyTool(tool('make_qr_code', 'Make a QR code for a URL.')).category).toBe('Read');
    expect(classifyTool(tool('create_completion', 'Create a chat completion from a prompt.')).category).toBe('Read');
  });

  test('a new chart put in a worksheet is still a change', () => {
    expect(classifyTool(tool('add_chart', 'Create a new chart in the worksheet.')).category).toBe('Write');
    expect(classifyTool(tool('create_excel_chart', 'Creates a new chart.')).category).toBe('Write');
  });
});

describe('evaluating a formula and asking a model compute an answer', () => {
  const withArgs = (name: string, description: string, properties: Record<string, unknown>): Tool => ({ name, description, inputSchema: { type: 'object', properties } });

  test('a mathematical or XPath expression is computed, not run (Read)', () => {
    expect(classifyTool(withArgs('calculate', 'Evaluate a mathematical expression and return the result.', { expression: { type: 'string' } })).category).toBe('Read');
    expect(classifyTool(withArgs('math', 'Math operations.', { action: { type: 'string', enum: ['eval', 'solve', 'simplify'] } })).category).toBe('Read');
    expect(classifyTool(withArgs('xpath_eval', 'Evaluate an XPath expression against an XML document.', { expression: { type: 'string' } })).category).toBe('Read');
  });

  test('a JavaScript expression still runs', () => {
    expect(classifyTool(withArgs('evaluate_script', 'Evaluate a JavaScript expression in the page.', { expression: { type: 'string' } })).category).toBe('Execute');
  });

  test('invoking a model with a prompt asks it for an answer; invoking a function runs it', () => {
    expect(classifyTool(tool('invoke_model', 'Invoke a model with a prompt and return its answer.')).category).toBe('Read');
    expect(classifyTool(tool('invoke_function', 'Invoke a Lambda function.')).category).toBe('Execute');
  });
});

describe('code handed to a tool that checks it', () => {
  test('a script checked or validated is not run, whatever the name calls the code', () => {
    const verdict = classifyTool({ name: 'check_script', description: 'Validate a script for syntax errors.', inputSchema: { type: 'object', properties: { script: { type: 'string' } } } });
    expect(verdict.category).toBe('Read');
  });

  test('a script handed to a tool that runs it still runs', () => {
    const verdict = classifyTool({ name: 'run_script', description: 'Run a script and return its output.', inputSchema: { type: 'object', properties: { script: { type: 'string' } } } });
    expect(verdict.category).toBe('Execute');
  });
});

describe('recording what a page or program does', () => {
  test('recording a performance trace observes it (Read); recording an expense stores it (Write)', () => {
    expect(classifyTool(tool('record_trace', 'Record a performance trace of the page and return the results.')).category).toBe('Read');
    expect(classifyTool(tool('record_expense', 'Record an expense.')).category).toBe('Write');
  });
});

describe('a read put into a stored document', () => {
  test('exporting results to a Google Sheet or downloading into a Drive folder writes it', () => {
    expect(classifyTool(tool('export_to_sheet', 'Export the results to a Google Sheet.')).category).toBe('Write');
    expect(classifyTool(tool('download_to_drive', 'Download the attachment into a Drive folder.')).category).toBe('Write');
  });

  test('exporting as a format, or reading from a document, still reads', () => {
    expect(classifyTool(tool('export_report', 'Export a report as CSV.')).category).toBe('Read');
    expect(classifyTool(tool('extract_text', 'Extract text from a PDF document.')).category).toBe('Read');
  });
});
