import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  DEFAULT_LABEL_NAMES,
  REPOSITORY_LABELS_QUERY,
  clientFromEnvironment,
  graphqlAnswer,
  graphqlRequest,
  readRepository,
  waveLabels
} from "./chunk-ZICONPD7.js";
import "./chunk-DFATJFQZ.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-2JV77M2F.js";
import {
  COMMON_OPTIONS,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/github/issueWrites.ts
var FIELDS = {
  addLabels: { mutation: "addLabelsToLabelable", input: "AddLabelsToLabelableInput", returns: "clientMutationId" },
  removeLabels: { mutation: "removeLabelsFromLabelable", input: "RemoveLabelsFromLabelableInput", returns: "clientMutationId" },
  close: { mutation: "closeIssue", input: "CloseIssueInput", returns: "issue { id number url }" },
  reopen: { mutation: "reopenIssue", input: "ReopenIssueInput", returns: "issue { id number url }" },
  comment: { mutation: "addComment", input: "AddCommentInput", returns: "clientMutationId" },
  editComment: { mutation: "updateIssueComment", input: "UpdateIssueCommentInput", returns: "clientMutationId" },
  editIssue: { mutation: "updateIssue", input: "UpdateIssueInput", returns: "issue { id number url }" },
  createIssue: { mutation: "createIssue", input: "CreateIssueInput", returns: "issue { id number url }" },
  createLabel: { mutation: "createLabel", input: "CreateLabelInput", returns: "label { id name }" }
};
var WRITES_PER_REQUEST = 25;
function buildIssueWritesDocument(writes) {
  const declarations = [];
  const fields = [];
  const variables = {};
  writes.forEach((write, index) => {
    const field = FIELDS[write.kind];
    declarations.push(`$w${index}: ${field.input}!`);
    let returns = field.returns;
    if (write.kind === "createIssue" && write.reread) {
      declarations.push(`$w${index}label: String!`);
      variables[`w${index}label`] = write.reread.label;
      returns = `issue { id number url repository { reread: issues(first: 10, labels: [$w${index}label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) { nodes { id number body url } } } }`;
    }
    fields.push(`  w${index}: ${field.mutation}(input: $w${index}) { ${returns} }`);
    variables[`w${index}`] = inputOf(write);
  });
  return { query: `mutation IssueWrites(${declarations.join(", ")}) {
${fields.join("\n")}
}`, variables };
}
async function applyIssueWrites(client, writes, what, applied = []) {
  const outcomes = applied;
  for (let start = 0; start < writes.length; start += WRITES_PER_REQUEST) {
    const batch = writes.slice(start, start + WRITES_PER_REQUEST);
    const { query, variables } = buildIssueWritesDocument(batch);
    const answer = await graphqlAnswer(client, what, query, variables);
    const errors = answer.errors ?? [];
    batch.forEach((write, index) => {
      const error = errors.find((entry) => entry.path?.[0] === `w${index}`) ?? (answer.data ? void 0 : errors[0]);
      const data = answer.data?.[`w${index}`];
      const outcome = { write };
      if (error || !data) outcome.error = describe(error);
      if (data?.issue) outcome.issue = data.issue;
      if (data?.label) outcome.label = data.label;
      outcomes.push(outcome);
    });
  }
  return outcomes;
}
function inputOf(write) {
  switch (write.kind) {
    case "addLabels":
    case "removeLabels":
      return { labelableId: write.issueId, labelIds: write.labelIds };
    case "close":
      return { issueId: write.issueId, stateReason: write.reason, ...write.duplicateOf ? { duplicateIssueId: write.duplicateOf } : {} };
    case "reopen":
      return { issueId: write.issueId };
    case "comment":
      return { subjectId: write.subjectId, body: write.body };
    case "editComment":
      return { id: write.commentId, body: write.body };
    case "editIssue":
      return { id: write.issueId, body: write.body };
    case "createIssue":
      return { repositoryId: write.repositoryId, title: write.title, body: write.body, ...write.labelIds.length > 0 ? { labelIds: write.labelIds } : {} };
    case "createLabel":
      return { repositoryId: write.repositoryId, name: write.name, color: write.color, description: write.description };
  }
}
function describe(error) {
  return error?.message ?? "GitHub returned no result for it";
}

// src/cli/commands/labelsCommand.ts
var LABELS_OPTIONS = {
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  repo: { type: "string" },
  label: { type: "string" },
  "status-label-prefix": { type: "string" },
  "dashboard-label": { type: "string" },
  "dry-run": { type: "boolean" }
};
var USAGE = "Usage: waves labels --repo OWNER/NAME [--label wave-task] [--status-label-prefix status:] [--dashboard-label wave-dashboard] [--dry-run]\n";
async function labelsCommand(args, io) {
  const { values } = parseCommandLine(args, LABELS_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const { owner, repo } = readRepository(values.repo, io);
  const wanted = waveLabels({ label: values.label ?? DEFAULT_LABEL_NAMES.label, statusPrefix: values["status-label-prefix"] ?? DEFAULT_LABEL_NAMES.statusPrefix, dashboardLabel: values["dashboard-label"] ?? DEFAULT_LABEL_NAMES.dashboardLabel });
  const client = clientFromEnvironment(io);
  const existing = /* @__PURE__ */ new Set();
  let repositoryId = "";
  for (let after = null; ; ) {
    const page = await graphqlRequest(client, `Listing the labels of ${owner}/${repo}`, REPOSITORY_LABELS_QUERY, { owner, name: repo, after });
    repositoryId = page.repository.id;
    for (const label of page.repository.labels.nodes) existing.add(label.name.toLowerCase());
    if (!page.repository.labels.pageInfo.hasNextPage) break;
    after = page.repository.labels.pageInfo.endCursor;
  }
  const missing = wanted.filter((label) => !existing.has(label.name.toLowerCase()));
  for (const label of wanted.filter((label2) => existing.has(label2.name.toLowerCase()))) io.stdout(`exists   ${label.name}
`);
  if (values["dry-run"]) {
    for (const label of missing) io.stdout(`would create ${label.name}  (#${label.color}) ${label.description}
`);
    return EXIT.ok;
  }
  const outcomes = await applyIssueWrites(client, missing.map((label) => ({ kind: "createLabel", repositoryId, ...label })), `Creating labels in ${owner}/${repo}`);
  let failed = 0;
  for (const outcome of outcomes) {
    const name = outcome.write.kind === "createLabel" ? outcome.write.name : "";
    if (outcome.error === void 0) io.stdout(`created  ${name}
`);
    else {
      failed++;
      io.stderr(`failed   ${name}: ${outcome.error}
`);
    }
  }
  io.stdout(`${owner}/${repo}: ${missing.length - failed} label(s) created, ${wanted.length - missing.length} already there.
`);
  return failed > 0 ? EXIT.problems : EXIT.ok;
}
export {
  labelsCommand
};
