/**
 * The workspace report (SPEC §7): what `merge → score` produces from the per-project results and
 * what every reporter renders. Plain data, deterministic (sorted, no clock except `today`).
 */
import type { Priority, Enforce } from '../registry/normalized-registry';
import type { Site, UsagePattern } from '../result/site';

export type GoalState = 'met' | 'on-track' | 'behind' | 'no-data';
export type TierStatus = 'excellent' | 'good' | 'needs-work' | 'poor';

export interface EntryReport {
  name: string;
  /** `source` path or `module` specifier. */
  location: string;
  /** The project that owns `source` (via the project graph), if any. */
  ownerProject?: string;
  /** Lines of the source file, when the owning project's check recorded it. */
  lines?: number;
  owner?: string;
  impact?: string;
  priority: Priority;
  enforce: Enforce;
  usage: number;
  bypass: number;
  exempt: { usage: number; bypass: number };
  /** One decimal; null is "no data". */
  coverage: number | null;
  /** Tier name, or null with no data. */
  tier: string | null;
  byPattern: Partial<Record<UsagePattern, number>>;
  /** Projects with the most bypass sites, most first. */
  topBypassing: { project: string; bypass: number }[];
  minCoverage?: number;
  /** Bypass sites of this entry (for action items, SARIF and the HTML details). */
  bypassSites: Site[];
}

export interface ProjectReport {
  name: string;
  usage: number;
  bypass: number;
  coverage: number | null;
  filesAnalysed: number;
  /** Per entry with sites in this project. */
  entries: Record<string, { usage: number; bypass: number }>;
}

export interface TierReport {
  name: string;
  min: number;
  max: number;
  classCount: number;
  averageCoverage: number | null;
  status: TierStatus;
  entries: string[];
}

export interface PatternReport {
  pattern: UsagePattern;
  usage: number;
  /** Share of all usage sites, one decimal. */
  share: number | null;
}

export interface ActionItem {
  rank: number;
  entry: string;
  priority: Priority;
  bypass: number;
  /** priority weight × bypass sites. */
  score: number;
  projects: { project: string; bypass: number }[];
  files: { file: string; bypass: number }[];
  fix: string;
  /** Commands that validate the fix, one per project concerned. */
  validate: string[];
}

export interface GoalReport {
  /** Entry name or tier name. */
  subject: string;
  kind: 'entry' | 'tier';
  by: string;
  target: number;
  current: number | null;
  /** Coverage projected at `by` from the history, when there is enough of it. */
  projected: number | null;
  /** `no-data`: not met, and too little history (fewer than two snapshots) to project. */
  state: GoalState;
}

export interface TrendPoint {
  date: string;
  commit?: string;
  health: number | null;
  coverage: Record<string, number | null>;
}

export interface TrendReport {
  points: TrendPoint[];
  /** The snapshot compared against (baseline date, or the previous one). */
  against?: TrendPoint;
  /** Entry → coverage delta in points against `against` (null when either side has no data). */
  delta: Record<string, number | null>;
  healthDelta: number | null;
}

export interface BaselineSummary {
  /** Bypass sites not in the baseline. */
  new: number;
  /** Known bypass sites still present. */
  same: number;
  /** Known bypass sites gone since the baseline. */
  fixed: number;
  /** new > 0: worse; fixed > 0 and new = 0: better; else same. */
  state: 'same' | 'better' | 'worse';
}

export interface WorkspaceReport {
  schemaVersion: 1;
  today: string;
  commit?: string;
  health: number | null;
  minHealth?: number;
  platformAverage: number | null;
  totals: { usage: number; bypass: number; exempt: number; entries: number; projects: number };
  tiers: TierReport[];
  entries: EntryReport[];
  projects: ProjectReport[];
  patterns: PatternReport[];
  /** For entries with a factory: factory usages / (factory usages + factory bypasses). */
  factoryAdoption: number | null;
  actionItems: ActionItem[];
  goals: GoalReport[];
  trend: TrendReport;
  baseline?: BaselineSummary;
  /** Why the report fails (empty when it passes). */
  failures: string[];
}
