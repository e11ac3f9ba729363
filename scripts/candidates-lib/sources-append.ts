import { appendFileSync, readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseSourcesManifest, type SourceEntry } from '../import-lib/manifest.ts';

/** A new server for content/sources.yaml, in the order and shape of the hand-written entries. */
export interface NewSource {
  id: string;
  name: string;
  description: string;
  npm: string;
  version: string;
  args: string[];
  repository?: string;
  homepage?: string;
  env: Record<string, string>;
  downloads: number;
}

/**
 * Appends one entry to the manifest's `servers` list as text (comments and layout of the file
 * stay as they are), then re-reads the whole file: a bad entry fails here, not at the next import.
 */
export function appendSource(file: string, source: NewSource): SourceEntry[] {
  const entry: Record<string, unknown> = { id: source.id, name: source.name, description: source.description, npm: source.npm, version: source.version };
  if (source.args.length > 0) entry.args = source.args;
  if (source.repository) entry.repository = source.repository;
  if (source.homepage) entry.homepage = source.homepage;
  entry.tags = ['npm'];
  if (Object.keys(source.env).length > 0) entry.env = source.env;
  entry.downloads = source.downloads;
  entry.timeout = 60;
  const text = stringify([entry], { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })
    .split('\n').filter(Boolean).map((line) => `  ${line}`).join('\n');
  appendFileSync(file, `${text}\n`);
  return parseSourcesManifest(file, readFileSync(file, 'utf8'));
}
