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
} as const;
