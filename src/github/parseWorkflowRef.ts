/** The workflow a run came from, as GITHUB_WORKFLOW_REF names it. */
export interface WorkflowRef {
  owner: string;
  repo: string;
  /** File name under .github/workflows, e.g. orchestrator.yml: what workflow_dispatch takes as workflow_id. */
  workflowFile: string;
  /** The ref the run was started on, e.g. refs/heads/main. */
  ref: string;
}

/** An unusable GITHUB_WORKFLOW_REF; the message shows the value and the expected format. */
export class InvalidWorkflowRefError extends Error {
  override name = 'InvalidWorkflowRefError';
}

const WORKFLOW_REF = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/\.github\/workflows\/([^/@]+\.ya?ml)@(\S+)$/;

/** Splits "owner/repo/.github/workflows/orchestrator.yml@refs/heads/main" into its parts. */
export function parseWorkflowRef(ref: string): WorkflowRef {
  const match = WORKFLOW_REF.exec(ref.trim());
  if (!match) {
    throw new InvalidWorkflowRefError(
      `Invalid workflow ref '${ref}'. Expected {owner}/{repo}/.github/workflows/{file}.yml@{ref}, as the runner sets GITHUB_WORKFLOW_REF, e.g. octo-org/backlog/.github/workflows/orchestrator.yml@refs/heads/main.`,
    );
  }
  const [, owner, repo, workflowFile, gitRef] = match as unknown as [string, string, string, string, string];
  return { owner, repo, workflowFile, ref: gitRef };
}
