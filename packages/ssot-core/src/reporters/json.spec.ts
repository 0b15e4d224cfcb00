import { makeHostileReport } from './__fixtures__/hostile-report';
import { sampleReport } from './__fixtures__/sample-report';
import { compileReportSchema } from './__fixtures__/schemas';
import { renderJson } from './json';

describe('json reporter', () => {
  const validate = compileReportSchema();

  it('writes the whole model, 2-space indented, with a final newline', () => {
    const text = renderJson(sampleReport);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(text)).toEqual(sampleReport);
  });

  it('keeps the order it is given, so two runs diff line by line', () => {
    const keys = Object.keys(JSON.parse(renderJson(sampleReport)));
    expect(keys).toEqual(Object.keys(sampleReport));
    expect(renderJson(sampleReport)).toBe(renderJson(structuredClone(sampleReport)));
  });

  it.each([
    ['the sample', sampleReport],
    ['the hostile sample', makeHostileReport()],
  ])('validates %s against schema/report.schema.json', (_, report) => {
    const valid = validate(JSON.parse(renderJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects what the model does not allow (unknown fields, a bad site)', () => {
    expect(validate({ ...sampleReport, extra: true })).toBe(false);
    const badSite = structuredClone(sampleReport);
    badSite.entries[0].bypassSites[0].line = 0;
    expect(validate(badSite)).toBe(false);
  });
});
