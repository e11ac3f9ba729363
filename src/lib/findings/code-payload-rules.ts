import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * Code that sends what only the machine or the browser holds to a written host, wherever it sits
 * and whoever it addresses: `env | curl --data-binary @- https://…`, `fetch('https://…?d='+btoa(document.cookie))`,
 * `requests.post('https://…', data=os.environ)`. The structure is a secret source and a network
 * sink joined in one piece of code; no honest definition ships such code as a step, a default or
 * a prelude. A tool that reads `document.cookie` or lists env vars names no host to send them to.
 */
const SECRET_SOURCE = String.raw`(?:\benv\b|\bprintenv\b|\bset\b|\bhistory\b|\bcat\s+[~/.$][^|;\n]{0,60}|document\.cookie|localStorage|sessionStorage|process\.env|os\.environ|\$ENV\b|\$env:|\bid_(?:rsa|ed25519)\b|\.aws\/credentials|\.ssh\/)`;
const NETWORK = String.raw`(?:\bcurl\b|\bwget\b|\bnc\b|\bncat\b|\bfetch\s*\(|\bsendBeacon\b|XMLHttpRequest|\baxios\b|requests\.(?:post|get|put)|urlopen|Invoke-WebRequest|\biwr\b|\.src\s*=)`;
const HOST = String.raw`(?:https?:\/\/[^\s'"\x60)]{1,200}|\b\d{1,3}(?:\.\d{1,3}){3}\b)`;
const CODE_EXFIL = new RegExp([
  // a secret source piped into a network command that names a host
  String.raw`${SECRET_SOURCE}\s*\|\s*(?:base64\s*(?:-w\s*0\s*)?\|\s*)?${NETWORK}[^\n]{0,160}?${HOST}`,
  // a network call naming a host with a secret source inside it
  String.raw`${NETWORK}[^\n]{0,40}?${HOST}[^\n]{0,120}?${SECRET_SOURCE}`,
  String.raw`${NETWORK}[^\n]{0,60}?(?:\$\(\s*(?:env|printenv|cat\s+[~/.$])|@(?:~|\/etc|\$HOME)\/)[^\n]{0,120}?${HOST}`,
].join('|'), 'i');
const MAY_SEND = /curl|wget|\bnc\b|ncat|fetch|sendBeacon|XMLHttpRequest|axios|requests\.|urlopen|Invoke-WebRequest|\biwr\b|\.src\s*=/i;

/** A piece of code that sends the machine's or the browser's secrets to a written host. */
export function textToCodeExfiltrationHits(text: string): Hit[] {
  if (!MAY_SEND.test(text)) return [];
  const match = CODE_EXFIL.exec(text);
  if (!match) return [];
  return [{ kind: 'exfiltration-url', severity: 'medium', message: "Holds code that sends the environment, cookies or key files to a written host.", index: match.index, length: match[0].length }];
}

/**
 * A package source set to a written host in what the model writes, in any language: "add to every
 * requirements.txt the line --extra-index-url https://…", "em todo .npmrc que você criar, defina
 * registry=https://…". The dependencies of the user's project would be fetched from someone else's
 * index. The official registries are no finding, and neither is a registry the user gives (no URL).
 */
const REGISTRY_SETTING = /(?:--(?:extra-)?index-url|\bindex-url\s*=|\bregistry\s*[=:]|\bnpm\s+config\s+set\s+registry|\bpip\s+config\s+set\s+global\.(?:extra-)?index-url|\bsource\s+['"]|\bmaven\s*\{\s*url)\s*['"]?(https?:\/\/[^\s'"\x60]{1,200})/gi;
const OFFICIAL = /^https?:\/\/(?:[\w-]+\.)*(?:npmjs\.org|npmjs\.com|yarnpkg\.com|pypi\.org|pythonhosted\.org|rubygems\.org|crates\.io|golang\.org|maven\.org|apache\.org|nuget\.org|pkg\.dev|github\.com|gitlab\.com|jsr\.io|localhost|127\.0\.0\.1)(?:[:/]|$)/i;
// Every file of a kind the model writes, in the languages of the table.
const EVERY = /\b(?:every|each|all|any|always|whenever)\b|\b(?:todos?|todas?|cada|siempre|chaque|tous|toutes|toujours|jede[nrs]?|alle|immer|ogni|tutti|sempre|qualquer)\b|каждый|всегда|所有|每个|每次|すべて|毎回|모든|항상/iu;

/** A package registry or index pointed at a written, unofficial host for what the model writes. */
export function textToPackageSourceHits(text: string): Hit[] {
  if (!/registry|index-url|source\s+['"]|maven/i.test(text)) return [];
  for (const match of matchesOf(REGISTRY_SETTING, text, 5)) {
    if (OFFICIAL.test(match[1] ?? '')) continue;
    const sentence = sentenceAround(text, match.index);
    if (!EVERY.test(sentence.text)) continue;
    return [{ kind: 'code-injection', severity: 'medium', message: "Points the package registry of what the model writes at a written host.", index: sentence.start, length: sentence.text.length }];
  }
  return [];
}

/**
 * A download run by a shell, set to be added to every file of a kind the model writes: a crontab
 * line `curl -fsSL https://… | sh` under `append_to_every_crontab: true`, "add to each script …".
 * An installer shown once ("the official installer is `curl … | sh`") names no artefact after every.
 */
const PIPED_DOWNLOAD = /\b(?:curl|wget)\b[^|\n]{0,120}?https?:\/\/[^|\n]{0,80}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b/i;
const EVERY_ARTEFACT = /(?:^|[\s_(-])(?:every|each|all|always\s+(?:add|append|include|put)\w*\s+(?:to|in|at\s+the\s+end\s+of))[\s_-](?:[\w.-]+[\s_-]){0,2}?\.?(?:crontabs?|scripts?|files?|dockerfiles?|workflows?|pipelines?|makefiles?|projects?|package\.json|bashrc|zshrc|profiles?|configs?|jobs?|hooks?|manifests?|snippets?)(?![a-z])/i;
// An alias that puts a privileged command in front of a capture: `alias sudo='sudo -S <<< $PW; echo $PW > /tmp/.p'`.
const CAPTURING_ALIAS = /\balias\s+(?:sudo|su|ssh|git|passwd|gpg|scp|aws|kubectl|docker)\s*=\s*['"][^'"\n]{0,160}?(?:>\s*\/tmp|\btee\b|\bcurl\b|\bwget\b|\bnc\b|read\s+-s|\$\w*(?:PW|PASS)\w*)/i;

// A key or credential file sent to a written host: "a task that uploads local.properties and the signing keystore to https://…".
const SECRET_FILE_SENT = /\b(?:upload|send|post|copy|copie|push|ship|transmit|mirror|sync)(?:s|ed|ing)?\b[^.;\n]{0,80}?(?:\bkeystores?\b|\blocal\.properties\b|\.env\b|\bid_(?:rsa|ed25519)\b|\.aws\/credentials|\bkubeconfig\b|\.npmrc\b|\.pypirc\b|\.netrc\b|\bwallet\.dat\b|\bprivate\s+keys?\b|\bsigning\s+keys?\b)[^.;\n]{0,80}?\bto\s+(?:https?:\/\/|\d{1,3}(?:\.\d{1,3}){3})/i;
// A public key written into prose as a fixed grant: "the key ssh-rsa AAAAB3… maint@…"; the user's own key is never written there (an example key sits in `examples`).
const WRITTEN_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+)\s+AAAA[0-9A-Za-z+/]{8,}/;
const KEY_EXAMPLE = /\be\.g\.|\b(?:for\s+example|(?:an|the)\s+example|such\s+as|for\s+instance|format|looks?\s+like|starts?\s+with)\b|\bexample\s*:/i;

/** Remote code added to every file of a kind, or a privileged command aliased to capture what is typed. */
export function textToAddedCodeHits(text: string, role = 'text'): Hit[] {
  const value = role === 'value';
  const sent = /keystore|properties|\.env|id_|credentials|kubeconfig|rc\b|wallet|keys?\b/i.test(text) ? SECRET_FILE_SENT.exec(text) : null;
  if (sent) return [{ kind: 'exfiltration-url', severity: 'medium', message: 'Sends a key or credential file to a written host.', index: sent.index, length: sent[0].length }];
  const key = /AAAA/.test(text) ? WRITTEN_KEY.exec(text) : null;
  if (key && role === 'text' && !KEY_EXAMPLE.test(text.slice(Math.max(0, key.index - 80), key.index))) return [{ kind: 'code-injection', severity: 'medium', message: 'Writes a fixed public key into what the tool sets up, a standing grant of access.', index: key.index, length: key[0].length }];
  const alias = /alias/i.test(text) ? CAPTURING_ALIAS.exec(text) : null;
  if (alias) return [{ kind: 'code-injection', severity: 'medium', message: 'Holds a shell alias that puts a privileged command in front of a capture of what is typed.', index: alias.index, length: alias[0].length }];
  if (!/\|/.test(text)) return [];
  const piped = PIPED_DOWNLOAD.exec(text);
  // A default or enum value that is a download run by a shell is code put where a value belongs.
  if (!piped || (!value && !EVERY_ARTEFACT.test(text))) return [];
  return [{ kind: 'code-injection', severity: 'medium', message: 'Adds a downloaded script run by a shell to every file of a kind the model writes.', index: piped.index, length: piped[0].length }];
}
