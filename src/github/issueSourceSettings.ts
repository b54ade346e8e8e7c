/** Which issues to read, and the labels that matter. */
export interface IssueSourceSettings {
  owner: string;
  repo: string;
  /** The task label. */
  label: string;
  statusPrefix: string;
  dashboardLabel: string;
}
