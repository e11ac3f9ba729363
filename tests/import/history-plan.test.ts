import { describe, expect, test } from 'vitest';
import { planHistoryImport } from '../../scripts/history-lib/plan.ts';
import { registryAnswerToVersions } from '../../scripts/history-lib/registry.ts';
import { compareVersions, selectVersions } from '../../scripts/history-lib/select.ts';
import { registryAnswer } from '../fixtures/fake-releases.ts';

const published = (versions: string[]) => versions.map((version, i) => ({ version, published: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` }));
const names = (list: { version: string }[]) => list.map((v) => v.version);

describe('registryAnswerToVersions', () => {
  test('keeps published versions with a time, as days, and drops created/modified', () => {
    expect(registryAnswerToVersions('fake', registryAnswer()).slice(0, 2)).toEqual([{ version: '1.0.0', published: '2025-01-10' }, { version: '1.1.0', published: '2025-02-10' }]);
  });

  test('reads a package with one version, whose `versions` npm prints as a string', () => {
    expect(registryAnswerToVersions('one', { time: { created: '2025-01-01T00:00:00Z', '1.0.0': '2025-01-02T10:00:00Z' }, versions: '1.0.0' })).toEqual([{ version: '1.0.0', published: '2025-01-02' }]);
  });

  test('says what it got when the answer is not a version list', () => {
    expect(() => registryAnswerToVersions('x', { error: { code: 'E404' } })).toThrow('npm view x: expected "time" and "versions" in the answer, got ["error"]');
  });
});

describe('selectVersions', () => {
  test('orders by semver precedence, prereleases before their release', () => {
    expect(['1.10.0', '1.2.0', '2.0.0-beta.10', '2.0.0-beta.2', '2.0.0', '1.2.0-rc.1'].sort(compareVersions)).toEqual(['1.2.0-rc.1', '1.2.0', '1.10.0', '2.0.0-beta.2', '2.0.0-beta.10', '2.0.0']);
  });

  test('takes the newest releases up to the catalogue’s version, without prereleases or later versions', () => {
    const all = registryAnswerToVersions('fake', registryAnswer());
    expect(names(selectVersions(all, '2.0.0', { latest: 8 }))).toEqual(['1.0.0', '1.1.0', '1.2.0', '1.3.0', '2.0.0']);
    expect(names(selectVersions(all, '2.0.0', { latest: 2 }))).toEqual(['1.3.0', '2.0.0']);
  });

  test('spreads a few older versions over a long past, the first release included', () => {
    const all = published(Array.from({ length: 208 }, (_, i) => `1.${i}.0`));
    const chosen = names(selectVersions(all, '1.207.0', { latest: 8 }));
    expect(chosen).toEqual(['1.0.0', '1.50.0', '1.100.0', '1.150.0', '1.200.0', '1.201.0', '1.202.0', '1.203.0', '1.204.0', '1.205.0', '1.206.0', '1.207.0']);
    expect(names(selectVersions(all, '1.207.0', { latest: 2, spread: 0 }))).toEqual(['1.206.0', '1.207.0']);
  });

  test('refuses a catalogue version the registry does not list', () => {
    expect(() => selectVersions(published(['1.0.0']), '9.9.9', { latest: 8 })).toThrow('version 9.9.9 is not among the 1 published versions');
  });
});

describe('planHistoryImport', () => {
  const selected = published(['1.0.0', '1.1.0', '1.2.0', '1.3.0', '2.0.0']);

  test('a first run imports every version but the catalogue’s own', () => {
    expect(names(planHistoryImport(selected, [], '2.0.0', false).imports)).toEqual(['1.0.0', '1.1.0', '1.2.0', '1.3.0']);
  });

  test('a re-run imports only new versions and the recorded neighbours they are compared with', () => {
    const recorded = [{ version: '1.2.0', published: '2025-01-03', tools: 2 }, { version: '1.3.0', published: '2025-01-04', failed: 'crashed' }, { version: '2.0.0', published: '2025-01-05', tools: 3 }];
    const plan = planHistoryImport(selected, recorded, '2.0.0', false);
    expect(names(plan.fresh)).toEqual(['1.0.0', '1.1.0']);
    expect(names(plan.imports)).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect(names(planHistoryImport(selected, recorded, '2.0.0', true).imports)).toEqual(['1.0.0', '1.1.0', '1.2.0', '1.3.0']);
    expect(planHistoryImport(selected.slice(2), recorded, '2.0.0', false)).toEqual({ fresh: [], imports: [] });
  });
});
