/** Exit codes: 0 ok, 1 the plan has validation errors, 2 bad input or usage. */
export const ExitCode = { ok: 0, invalidPlan: 1, badInput: 2, internal: 3 } as const;

/** A user's mistake: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
