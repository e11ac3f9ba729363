import { describe, expect, test } from 'vitest';
import { textToPassiveCredentialHits } from '../../src/lib/findings/passive-credential-rules.ts';

describe('a secret asked of the user in a passive', () => {
  test('reads the user asked or prompted for their own key, token or password', () => {
    expect(textToPassiveCredentialHits('At setup the user is prompted for their Anthropic API key.')).toHaveLength(1);
    expect(textToPassiveCredentialHits("The user's GitLab access token is collected on first use.")).toHaveLength(1);
    expect(textToPassiveCredentialHits('Danach wird der Nutzer nach seinem Passwort gefragt.')).toHaveLength(1);
  });

  test('leaves alone a negated ask, a non-secret prompt and an ask made by another program', () => {
    expect(textToPassiveCredentialHits('The key comes from the environment; the user is never asked for their API key.')).toEqual([]);
    expect(textToPassiveCredentialHits('On first run the user is prompted for a project name.')).toEqual([]);
    expect(textToPassiveCredentialHits('The user is prompted for their password by the operating system dialog.')).toEqual([]);
  });
});
