import { issuesShortOfLabelEvents } from '../sources/issues/claimEvents.js';
import type { IssueSnapshot } from '../sources/issues/issueSnapshot.js';
import type { GitHubClient } from './createGitHubClient.js';
import { graphqlRequest } from './graphqlRequest.js';

/** Issues read per request (one aliased `node` each, 100 label events apiece: about 1 point). */
const ISSUES_PER_REQUEST = 100;
/** Rounds of reading further back; an issue with more label events than this reaches is named. */
const MAX_ROUNDS = 10;

/** For `count` issues, the 100 label events before a cursor, one aliased lookup each: `$id0`/`$before0`, ... */
export function buildEarlierLabelEventsDocument(count: number): string {
  const variables: string[] = [];
  const fields: string[] = [];
  for (let index = 0; index < count; index++) {
    variables.push(`$id${index}: ID!`, `$before${index}: String!`);
    fields.push(`  e${index}: node(id: $id${index}) { ... on Issue { timelineItems(itemTypes: [LABELED_EVENT], last: 100, before: $before${index}) { pageInfo { hasPreviousPage startCursor } nodes { ... on LabeledEvent { createdAt label { name } } } } } }`);
  }
  return `query EarlierLabelEvents(${variables.join(', ')}) {\n${fields.join('\n')}\n}`;
}

type Page = { timelineItems?: { pageInfo: { hasPreviousPage: boolean; startCursor: string | null }; nodes: ({ createdAt?: string; label?: { name: string } } | null)[] } } | null;

/**
 * Reads the label events of the task issues back to `since` (ISO time) where the snapshot's last
 * ones stop short of it, 100 issues and 100 events apiece per request, and puts them in front of
 * each issue's `labelEvents` (in place). Usually no request at all: only an issue with more label
 * events since `since` than the snapshot reads needs one. Returns the requests made and the
 * numbers of issues still short after the last round.
 */
export async function readEarlierLabelEvents(client: GitHubClient, snapshot: IssueSnapshot, since: string): Promise<{ requests: number; short: number[] }> {
  let requests = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const short = issuesShortOfLabelEvents(snapshot, since);
    if (short.length === 0) return { requests, short: [] };
    for (let start = 0; start < short.length; start += ISSUES_PER_REQUEST) {
      const batch = short.slice(start, start + ISSUES_PER_REQUEST);
      const variables: Record<string, unknown> = {};
      batch.forEach((issue, index) => Object.assign(variables, { [`id${index}`]: issue.id, [`before${index}`]: issue.labelEventsBefore }));
      const answer = await graphqlRequest<Record<string, Page>>(client, 'Reading earlier label events of task issues', buildEarlierLabelEventsDocument(batch.length), variables);
      requests++;
      batch.forEach((issue, index) => {
        const timeline = answer[`e${index}`]?.timelineItems;
        // Gone since the snapshot (deleted, transferred): nothing more to read for it.
        if (!timeline) {
          delete issue.labelEventsBefore;
          return;
        }
        const earlier = timeline.nodes.flatMap((event) => (event?.createdAt && event.label ? [{ name: event.label.name, at: event.createdAt }] : []));
        issue.labelEvents = [...earlier, ...issue.labelEvents];
        issue.earlierLabelEvents = timeline.pageInfo.hasPreviousPage;
        if (timeline.pageInfo.hasPreviousPage && timeline.pageInfo.startCursor) issue.labelEventsBefore = timeline.pageInfo.startCursor;
        else delete issue.labelEventsBefore;
      });
    }
  }
  return { requests, short: issuesShortOfLabelEvents(snapshot, since).map((issue) => issue.number) };
}
