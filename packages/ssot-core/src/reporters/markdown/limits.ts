/** How much of each long list the Markdown report shows: it has to fit a PR comment. */
export const MARKDOWN_LIMITS = {
  urgent: 3,
  entriesPerTier: 20,
  antiPatterns: 15,
  projects: 20,
  actionItems: 10,
  goals: 20,
  trendPoints: 10,
  deltas: 20,
  owners: 20,
  tags: 20,
  /** A matrix shows at most this many rows (projects or owners) × columns (SSOTs), most bypass sites first. */
  matrixRows: 15,
  matrixColumns: 8,
} as const;
