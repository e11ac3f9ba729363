/**
 * A stable fingerprint of one tool definition, so a re-import can tell which tools changed and
 * the catalogue can date each change (the rug-pull pattern: a definition changed after approval).
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#list-changed-notification
 */

/** The tool fields that make up its definition, in the order a change report lists them. */
export const TOOL_DEFINITION_FIELDS = ['name', 'title', 'description', 'inputSchema', 'annotations'] as const;
export type ToolDefinitionField = (typeof TOOL_DEFINITION_FIELDS)[number];

/** A tool as stored or as received; only the definition fields are hashed, anything else (a reviewed `override`) is ignored. */
export type HashableTool = { readonly name: string; readonly [field: string]: unknown };

/** Hex length of a tool hash: 64 bits is plenty to tell the versions of one tool apart. */
const HASH_LENGTH = 16;

/** sha256 (hex, first 16 characters) of the canonical JSON of the tool's definition fields. */
export function toolToHash(tool: HashableTool): string {
  const definition: Record<string, unknown> = {};
  for (const field of TOOL_DEFINITION_FIELDS) if (tool[field] !== undefined) definition[field] = tool[field];
  return sha256Hex(toCanonicalJson(definition)).slice(0, HASH_LENGTH);
}

/** The canonical JSON of one definition field, for telling which fields of a tool changed. */
export function fieldToCanonicalJson(value: unknown): string {
  return value === undefined ? '' : toCanonicalJson(value);
}

/**
 * JSON with object keys sorted (by UTF-16 code unit, the default sort) and no whitespace, so one
 * definition always gives one text whatever key order the server or YAML produced. Undefined
 * object members are dropped, as JSON.stringify does.
 */
export function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : toCanonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${toCanonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 of a string's UTF-8 bytes, as lower-case hex. Synchronous and dependency-free so the
 * same lib code hashes tool definitions in the importer (Node) and in the build or the browser,
 * where Web Crypto only offers an async digest.
 * @see https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf (FIPS 180-4, §6.2)
 */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Message + 0x80 + zero padding + 64-bit big-endian bit length, to a multiple of 64 bytes.
  const blockCount = Math.ceil((bytes.length + 9) / 64);
  const message = new Uint8Array(blockCount * 64);
  message.set(bytes);
  message[bytes.length] = 0x80;
  const view = new DataView(message.buffer);
  const bitLength = bytes.length * 8;
  view.setUint32(message.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(message.length - 4, bitLength >>> 0);

  const hash = Uint32Array.from(INITIAL_HASH);
  const w = new Uint32Array(64);
  for (let block = 0; block < blockCount; block++) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block * 64 + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = [...hash] as Words8;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g; g = f; f = e; e = (d + t1) >>> 0;
      d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = (hash[i]! + value) >>> 0));
  }
  return [...hash].map((word) => word.toString(16).padStart(8, '0')).join('');
}

type Words8 = [number, number, number, number, number, number, number, number];

function rotr(word: number, bits: number): number {
  return (word >>> bits) | (word << (32 - bits));
}

const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const ROUND_CONSTANTS = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
