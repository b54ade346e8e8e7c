import { referenceKey, type IssueReference, type IssueSnapshot } from './issueSnapshot.js';
import { parseBodyDependencies } from './parseBodyDependencies.js';

/** Issues named in bodies that are neither tasks nor blockers already read: the references to look up. */
export function unknownReferences(snapshot: IssueSnapshot): IssueReference[] {
  const known = new Set<string>();
  for (const issue of snapshot.issues) {
    known.add(referenceKey({ repository: snapshot.repository, number: issue.number }));
    for (const linked of [...issue.blockedBy, ...issue.subIssues]) known.add(referenceKey(linked));
  }
  const wanted = new Map<string, IssueReference>();
  for (const issue of snapshot.issues) {
    for (const reference of parseBodyDependencies(issue.body, snapshot.repository)) {
      const key = referenceKey(reference);
      if (!known.has(key)) wanted.set(key, reference);
    }
  }
  return [...wanted.values()];
}
