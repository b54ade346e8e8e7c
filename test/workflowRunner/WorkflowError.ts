/** A fault in a workflow file or in what it asks for, located at `file:line`. */
export class WorkflowError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'WorkflowError';
  }
}
