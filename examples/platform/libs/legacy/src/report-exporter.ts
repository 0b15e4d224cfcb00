import { format } from 'date-fns';
import { ExecutionEngine } from '@platform/engine';
import { LegacyJsonHandler } from './legacy-json-handler';

/** The nightly export of a day's runs, written before the platform existed. */
export class ReportExporter {
  private readonly engine = new ExecutionEngine();
  private readonly outputDir = process.env.REPORT_DIR || '/tmp/reports';

  fileNameFor(day: Date): string {
    return `${this.outputDir}/runs-${format(day, 'yyyy-MM-dd')}.json`;
  }

  async export(day: Date): Promise<string | undefined> {
    try {
      const result = await this.engine.execute({ name: 'export-runs', input: { day: day.toISOString() } });
      console.log(`exported ${this.engine.recent().length} runs to ${this.fileNameFor(day)}`);
      return LegacyJsonHandler.encode(result);
    } catch (e) {
      console.log('report export failed');
      return undefined;
    }
  }
}
