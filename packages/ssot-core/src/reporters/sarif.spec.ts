import type * as Sarif from 'sarif';
import { makeHostileReport, HOSTILE_FILE } from './__fixtures__/hostile-report';
import { sampleReport } from './__fixtures__/sample-report';
import { compileSarifSchema } from './__fixtures__/schemas';
import { FINGERPRINT_KEY, renderSarif, ruleIdOf, toRelativeUri } from './sarif';

const parse = (text: string): Sarif.Log => JSON.parse(text);

describe('sarif reporter', () => {
  const validate = compileSarifSchema();
  const log = parse(renderSarif(sampleReport));
  const [run] = log.runs;

  it.each([
    ['the sample', sampleReport],
    ['the hostile sample', makeHostileReport()],
    ['one owner\'s report (--owner, its own automationDetails)', { ...sampleReport, ownership: { ...sampleReport.ownership, filter: '@acme/web' } }],
  ])('writes %s as valid SARIF 2.1.0 (official schema)', (_, report) => {
    validate(parse(renderSarif(report)));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('uses a schema that does reject invalid logs', () => {
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const broken = parse(renderSarif(sampleReport));
    Object.assign(broken.runs[0].results?.[0] ?? {}, { level: 'fatal' });
    expect(validate(broken)).toBe(false);
  });

  it('is one run of the ssot tool, version 2.1.0, with its $schema', () => {
    expect(log).toMatchObject({ version: '2.1.0', $schema: expect.stringContaining('sarif-schema-2.1.0.json') });
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('ssot');
  });

  it('carries the diagnostics as the invocation\'s tool execution notifications, with their places', () => {
    const notifications = run.invocations?.[0].toolExecutionNotifications ?? [];
    expect(run.invocations?.[0].executionSuccessful).toBe(true);
    expect(notifications.map((n) => n.descriptor?.id)).toEqual(['pattern-matches-no-project', 'matcher-matches-no-site', 'baseline-format-1', 'file-too-large', 'file-too-large', 'file-too-large', 'file-too-large', 'syntax-error', 'baseline-items-kept']);
    expect(notifications[1]).toMatchObject({
      level: 'warning',
      message: { text: 'bypass matcher { "import": "fast-json-stringify" } of JsonCodec matched no site in the workspace ($.entries[3].bypasses[2])' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'ssot.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 47, startColumn: 9 } } }],
    });
    expect(notifications[7]).toMatchObject({
      locations: [{ physicalLocation: { artifactLocation: { uri: 'libs/shared-ui/src/table/broken.ts' }, region: { startLine: 12, startColumn: 7 } } }],
      properties: { project: 'shared-ui' },
    });
  });

  it('names the kept items by reason at their files, the format-1 baseline with its command, and marks incomplete coverage', () => {
    const notifications = run.invocations?.[0].toolExecutionNotifications ?? [];
    expect(notifications.find((n) => n.descriptor?.id === 'baseline-items-kept')).toEqual({
      level: 'warning',
      message: { text: '2 known bypasses kept: file not analysed (file-too-large) — fix the file or remove the items' },
      descriptor: { id: 'baseline-items-kept' },
      locations: ['icons', 'locales'].map((name) => ({ physicalLocation: { artifactLocation: { uri: `libs/shared-ui/src/generated/${name}.ts`, uriBaseId: '%SRCROOT%' } } })),
      properties: { reason: 'file-too-large', count: 2, projects: ['shared-ui'] },
    });
    expect(notifications.find((n) => n.descriptor?.id === 'baseline-format-1')?.message.text).toContain('upgrade it with: nx run admin:ssot-baseline');
    const json = run.tool.driver.rules?.find((rule) => rule.id === ruleIdOf('JsonCodec'));
    expect(json?.fullDescription?.text).toContain('coverage 45.5%* (incomplete: files it covers were not analysed');
    expect(json?.properties).toMatchObject({ incomplete: true });
    expect(run.tool.driver.rules?.find((rule) => rule.id === ruleIdOf('ApiClient'))?.fullDescription?.text).toContain('coverage 96.0%.');
  });

  it('has one rule per SSOT with bypass sites, each with a description and the fix', () => {
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(['ApiClient', 'AppLogger', 'ConfigService', 'JsonCodec', 'DateFormats'].map(ruleIdOf));
    const json = run.tool.driver.rules?.find((rule) => rule.id === ruleIdOf('JsonCodec'));
    expect(json?.shortDescription?.text).toContain('JsonCodec');
    expect(json?.help?.text).toBe('Fix: replace JSON.parse, JSON.stringify with JsonCodec from libs/core/src/serialization/json-codec.ts.');
    expect(run.tool.driver.rules?.find((rule) => rule.id === ruleIdOf('DateFormats'))?.defaultConfiguration?.level).toBe('none');
  });

  it('has one result per bypass site of warn and error entries, none for enforce: off', () => {
    const enforced = sampleReport.entries.filter((entry) => entry.enforce !== 'off');
    expect(run.results).toHaveLength(enforced.reduce((sum, entry) => sum + entry.bypassSites.length, 0));
    expect(run.results?.some((result) => result.ruleId === ruleIdOf('DateFormats'))).toBe(false);
    const levels = new Map(run.results?.map((result) => [result.ruleId, result.level]));
    expect(Object.fromEntries(levels)).toEqual({
      [ruleIdOf('ApiClient')]: 'error',
      [ruleIdOf('AppLogger')]: 'warning',
      [ruleIdOf('ConfigService')]: 'error',
      [ruleIdOf('JsonCodec')]: 'warning',
    });
  });

  it('points at the site relative to the workspace root, with its fingerprint and baseline state', () => {
    const site = sampleReport.entries[2].bypassSites[0];
    const result = run.results?.find((candidate) => candidate.partialFingerprints?.[FINGERPRINT_KEY] === site.fingerprint);
    expect(result).toMatchObject({
      ruleId: ruleIdOf('ConfigService'),
      ruleIndex: 2,
      baselineState: 'new',
      message: { text: expect.stringContaining('new ConfigService bypasses ConfigService: construct ConfigService through getConfig()') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/api/src/bootstrap.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 21 } } }],
    });
    expect(run.results?.filter((candidate) => candidate.baselineState === 'new')).toHaveLength(sampleReport.baseline?.new ?? -1);
  });

  it.each([
    ['one owner', 'apps/api/src/bootstrap.ts', ['@acme/backend']],
    ['co-owners, each named', 'apps/admin/src/env.ts', ['@acme/web', '@acme/admin']],
    ['nobody', 'libs/shared-ui/src/table/export-csv.ts', ['(no owner)']],
  ])('carries the owners of each result in its properties: %s', (_name, file, owners) => {
    const results = run.results?.filter((candidate) => candidate.locations?.[0].physicalLocation?.artifactLocation?.uri === file) ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.properties).toMatchObject({ owners });
  });

  it('summarises the owner and tag rollups in the run\'s properties', () => {
    const ownership = run.properties?.ownership;
    expect(ownership).toMatchObject({ from: 'codeowners', file: '.github/CODEOWNERS' });
    expect(ownership.owners[0]).toEqual({ name: '@acme/web', usage: 333, bypass: 50, coverage: 86.9, findings: 1, mostBypassed: ['AppLogger', 'DateFormats', 'JsonCodec', 'ApiClient', 'ConfigService'] });
    expect(ownership.tags.map((tag: { name: string }) => tag.name)).toEqual(['scope:apps', 'scope:libs', 'team:web']);
  });

  it('skips exempt sites', () => {
    const report = structuredClone(sampleReport);
    report.entries[0].bypassSites[0].exempt = true;
    expect(parse(renderSarif(report)).runs[0].results).toHaveLength((run.results?.length ?? 0) - 1);
  });

  it('percent-encodes each path segment so the URI is valid and stays relative', () => {
    expect(toRelativeUri(HOSTILE_FILE)).toBe('apps/web/src/%3Cscript%3Ealert(3)%3C/script%3E%7Ca%60b%60%26c%20d%23e%25.ts');
    expect(decodeURIComponent(toRelativeUri('a b/c#d.ts'))).toBe('a b/c#d.ts');
  });

  it('carries no clock: the same report gives the same bytes', () => {
    expect(renderSarif(structuredClone(sampleReport))).toBe(renderSarif(sampleReport));
  });
});
