import type { Classification } from './classifier/classify.ts';
import { policyToYaml } from './policy/serialize.ts';
import type { Policy, Rule } from './policy/types.ts';
import { toDisplayText } from './display-text.ts';
import { CATEGORY_CAPABILITY } from './taxonomy.ts';
import { categoryWithArticle } from './category-words.ts';

/** One question and its answer; `example` is a complete Intercept document shown under the answer. */
export interface FaqEntry {
  question: string;
  answer: string;
  example?: { kind: 'rate-limit' | 'block'; yaml: string };
}

/** What the FAQ needs to know of a tool. */
export interface FaqInput {
  /** The exact name, for the policy examples. */
  toolName: string;
  /** The name as the page prints it (invisible characters made visible). */
  toolLabel: string;
  description: string;
  /** The file the page's policy downloads as, which the FAQ's command then names. */
  policyFileName: string;
  serverName: string;
  serverCommand: string;
  serverRepository?: string;
  serverVersion?: string;
  importedOn: string;
  classification: Classification;
  recommendationText: string;
  /** The tool's recommended policy rules, as printed on its page: answers point to them rather than repeat them. */
  recommendedRules: readonly Rule[];
}

/** The six questions every tool page answers, each about this tool. */
export function toolToFaq(input: FaqInput): FaqEntry[] {
  const { toolName, toolLabel: t, classification: c } = input;
  const describe = input.description.trim() ? toDisplayText(input.description.trim()).text : `${input.serverName} gives no description for ${t}.`;
  return [
    {
      question: `What does the ${t} tool do?`,
      answer: `${endSentence(truncate(describe, 600))} The catalogue classifies it as ${c.category}: a call can ${CATEGORY_CAPABILITY[c.category]}.`,
    },
    {
      question: `How do I enforce a policy on ${t}?`,
      answer: `Save the policy on this page as ${input.policyFileName} and start the server through the open-source Intercept proxy: intercept -c ${input.policyFileName} -- ${input.serverCommand}. Intercept checks every call to ${t} against the rules before it reaches the server. Recommended here: ${input.recommendationText}.`,
    },
    {
      question: `What risk level is ${t}?`,
      answer: `${c.risk}. ${t} is ${categoryWithArticle(c.category)} tool${c.override ? ' (reviewed by hand)' : ''}, and the catalogue gives every ${c.category} tool ${c.risk} risk because a call can ${CATEGORY_CAPABILITY[c.category]}.${c.contradictions.length > 0 ? ' Its annotations disagree with its definition, which is a warning sign in itself.' : ''}`,
    },
    rateLimitEntry(toolName, t, input.recommendedRules),
    blockEntry(toolName, t, input.recommendedRules),
    {
      question: `What MCP server provides ${t}?`,
      answer: `${input.serverName}${input.serverRepository ? ` (${input.serverRepository})` : ''}${input.serverVersion ? `, version ${input.serverVersion}` : ''}. The catalogue read its tool list on ${input.importedOn}; it is started with ${input.serverCommand}.`,
    },
  ];
}

const RATE_LIMIT_FACTS = 'Counters are per tool and reset on calendar boundaries in UTC; a rate-limit rule cannot carry conditions, so argument checks go in rules of their own.';

/** Points to the recommended policy's own rate limit when it has one; otherwise shows one. */
function rateLimitEntry(toolName: string, t: string, rules: readonly Rule[]): FaqEntry {
  const question = `Can I rate-limit ${t}?`;
  const limit = rules.find((r) => r.rate_limit !== undefined);
  if (limit) return { question, answer: `Yes, and the recommended policy above already does: its rule “${limit.name}” has rate_limit: "${limit.rate_limit}". Change the count or the window (minute, hour or day) to suit. ${RATE_LIMIT_FACTS}` };
  return {
    question,
    answer: `Yes. Give the tool a rule with rate_limit: "<count>/<minute|hour|day>". ${RATE_LIMIT_FACTS}`,
    example: { kind: 'rate-limit', yaml: policyToYaml(examplePolicy(toolName, { name: 'at most 10 per minute', rate_limit: '10/minute', on_deny: 'Rate limit reached: at most 10 calls per minute. Wait before retrying.' })) },
  };
}

/** Points to the recommended policy when it already blocks the tool; otherwise shows how. */
function blockEntry(toolName: string, t: string, rules: readonly Rule[]): FaqEntry {
  const question = `How do I block ${t}?`;
  const how = 'A rule with action: deny and an on_deny message that tells the agent why (a deny rule takes no conditions); to also remove the tool from the list the agent sees, add its name under hide.';
  if (rules.some((r) => r.action === 'deny')) return { question, answer: `The recommended policy above already blocks it. ${how}` };
  return { question, answer: `${how} Blocking it leaves the server's other tools as they are.`, example: { kind: 'block', yaml: policyToYaml(blockPolicy(toolName)) } };
}

function examplePolicy(toolName: string, rule: Rule): Policy {
  return { version: '1', tools: Object.fromEntries([[toolName, { rules: [rule] }]]) };
}

/** Hidden from the tool list and denied if called anyway. */
function blockPolicy(toolName: string): Policy {
  return { version: '1', hide: [toolName], tools: Object.fromEntries([[toolName, { rules: [{ name: 'block this tool', action: 'deny', on_deny: 'Blocked by policy. Ask a human to do this.' }] }]]) };
}

/** Closes a server's description with a full stop when it ends without one, so our next sentence does not run on ("Create a new payment policy The catalogue…"). */
function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…。！？:;]["'”’»)\]」』]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Cuts at the last word boundary before `max` (unless that loses a fifth of the text) and marks the cut with "…". */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const boundary = head.search(/\s\S*$/);
  return `${(boundary > max * 0.8 ? head.slice(0, boundary) : head).trimEnd()}…`;
}
