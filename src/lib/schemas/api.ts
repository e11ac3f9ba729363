import { z } from 'zod';
import { CATEGORIES, RISKS } from '../taxonomy.ts';
import { VersionSchema } from './history.ts';
import { ToolHistoryApiSchema } from './history-api.ts';

/**
 * The shapes of the machine-readable API under /api/. The same schemas type the builders and are
 * published as JSON Schema (/api/catalogue.schema.json, /api/server.schema.json).
 */

const PolicyLinksSchema = z.strictObject({
  yaml: z.url().describe('Intercept policy as YAML'),
  json: z.url().describe('The same policy as JSON'),
});

/** One tool in the compact index. */
export const IndexToolSchema = z.strictObject({
  name: z.string().describe('Exact tool name, as the server reports it'),
  category: z.enum(CATEGORIES),
  risk: z.enum(RISKS),
  confidence: z.number().min(0).max(1),
  url: z.url().describe('The tool page'),
  policy: z.url().describe('Where the tool page shows its recommended policy, in YAML and JSON (the document itself is in /api/servers/<id>.json)'),
});

/** `/api/catalogue.json`: every server and tool, compact. */
export const CatalogueIndexSchema = z
  .strictObject({
    name: z.string(),
    site: z.url(),
    counts: z.strictObject({
      servers: z.number().int(),
      tools: z.number().int(),
      byCategory: z.record(z.enum(CATEGORIES), z.number().int()),
      byRisk: z.record(z.enum(RISKS), z.number().int()),
    }),
    servers: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        url: z.url().describe('The server page'),
        api: z.url().describe('This server in full: /api/servers/<id>.json'),
        policy: PolicyLinksSchema.describe('The whole-server allow-list policy'),
        tools: z.array(IndexToolSchema),
      }),
    ),
  })
  .meta({ title: 'MCP tool risk catalogue index', description: 'Every server and tool with its category, risk, confidence, page and policy URLs.' });
export type CatalogueIndex = z.infer<typeof CatalogueIndexSchema>;

/** A policy document as data (see the Intercept format); kept open here, validated where it is built. */
const PolicyDocumentSchema = z.record(z.string(), z.unknown());

/** One example call of a tool and what its recommended policy decides, as the tool page's example table shows it. */
const ExampleCallSchema = z.strictObject({
  call: z.strictObject({ name: z.string(), arguments: z.record(z.string(), z.unknown()) }).describe('The tools/call request: tool name and arguments'),
  note: z.string().describe('What the example shows; `backticks` mark argument names'),
  callsBefore: z.number().int().min(0).describe('Identical calls made before it in the same window (a rate-limit example)'),
  decision: z.enum(['allowed', 'denied']).describe("The decision of the recommended policy, by the catalogue's evaluator of Intercept's rules"),
  rule: z.string().optional().describe('The name of the rule that refused the call'),
  message: z.string().optional().describe('What the agent reads when the call is refused'),
});

/** `/api/servers/<id>.json`: one server in full. */
export const ServerDetailSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    repository: z.url().optional(),
    homepage: z.url().optional(),
    run: z.strictObject({ npm: z.string().optional(), version: z.string().optional(), command: z.string(), env: z.array(z.string()).optional() }),
    transport: z.string(),
    tags: z.array(z.string()),
    source: z.strictObject({ kind: z.string(), date: z.string(), serverVersion: z.string().optional(), protocolVersion: z.string().optional() }),
    versions: z.array(VersionSchema).optional().describe('Every package version imported, oldest first, with its publish day (or why it failed to start)'),
    history: z.array(z.record(z.string(), z.unknown())).describe('Dated changes of the tool list, newest first'),
    url: z.url(),
    policy: z.strictObject({ yaml: z.url(), json: z.url(), document: PolicyDocumentSchema }),
    tools: z.array(
      z.strictObject({
        name: z.string(),
        title: z.string().optional(),
        description: z.string().optional(),
        inputSchema: z.record(z.string(), z.unknown()),
        annotations: z.record(z.string(), z.unknown()).optional(),
        url: z.url(),
        category: z.enum(CATEGORIES),
        risk: z.enum(RISKS),
        confidence: z.number().min(0).max(1),
        evidence: z.array(z.string()),
        contradictions: z.array(z.string()),
        override: z.strictObject({ reason: z.string(), rulesSaid: z.enum(CATEGORIES) }).optional(),
        recommendation: z.string().describe('The recommended policy in words, read from its document, e.g. "at most 60 calls a minute, with 1 argument check"'),
        argumentChecks: z.array(z.string()).describe('One sentence per argument rule of the recommended policy, read from the rule itself'),
        attacks: z.array(z.strictObject({ slug: z.string(), url: z.url(), reasons: z.array(z.string()) })),
        hash: z.string().describe('Stable hash of the definition: canonical JSON of name, title, description, inputSchema, annotations'),
        changes: z.array(z.strictObject({ date: z.string(), added: z.boolean(), fields: z.array(z.string()) })).describe('Dated changes seen on re-import, newest first'),
        history: ToolHistoryApiSchema.describe('Where the tool’s record starts, and each change with its version, date, exactly what changed and any warning'),
        findings: z.array(
          z.strictObject({
            kind: z.string(),
            severity: z.enum(['high', 'medium', 'low']),
            field: z.string(),
            message: z.string(),
            excerpt: z.string().describe('The offending text, invisible characters written as \\uXXXX'),
          }),
        ),
        policy: z.strictObject({
          url: z.url().describe('The policy on the tool page'),
          document: PolicyDocumentSchema,
          examples: z.array(ExampleCallSchema).describe('Example calls and their decisions under this document, as on the tool page'),
        }),
      }),
    ),
  })
  .meta({ title: 'MCP tool risk catalogue server', description: 'One MCP server: its tools as reported, their classification with evidence, attack exposures and policies.' });
export type ServerDetail = z.infer<typeof ServerDetailSchema>;
