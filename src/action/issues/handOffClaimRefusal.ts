import { GitHubNotFoundError } from '../../github/GitHubApiError.js';
import { findRunArtifact } from '../../github/findRunArtifact.js';
import type { TaskIssueForDelivery } from '../../github/readTaskIssue.js';
import { handOffClaimProblem } from '../../sources/issues/handOffClaimProblem.js';
import { changeArtifactName } from '../commands/packAction.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/**
 * Why a hand-off of `taskId` from run `runId` must be refused, or undefined when that run holds the
 * task's claim (see handOffClaimProblem): reads the run (REST, for when it began) and its artifact
 * of this task's change. Reads only; a run GitHub does not know is a refusal.
 */
export async function handOffClaimRefusal(context: IssuesActionContext, taskId: string, runId: string, issue: TaskIssueForDelivery): Promise<string | undefined> {
  const client = context.client();
  const target = { owner: context.owner, repo: context.repo, runId: Number(runId) };
  let run;
  try {
    run = await context.github.getWorkflowRun(client, target);
  } catch (error) {
    if (error instanceof GitHubNotFoundError) return `run ${runId} does not exist in ${context.owner}/${context.repo}`;
    throw error;
  }
  const artifact = await findRunArtifact(client, { ...target, name: changeArtifactName(taskId) });
  return handOffClaimProblem(
    {
      taskId,
      issue: { number: issue.number, state: issue.state, labels: issue.labels.map((label) => label.name), labelEvents: issue.labelEvents },
      run: { runId, createdAt: run.createdAt },
      artifact: artifact && { name: artifact.name, ...(artifact.created_at ? { createdAt: artifact.created_at } : {}) },
    },
    context.settings.statusPrefix,
  );
}
