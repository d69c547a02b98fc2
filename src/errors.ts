/** Exit codes, as the README promises: 0 success, 1 a check did not pass, 2 usage or environment error. */
export const exitCodes = { ok: 0, notYet: 1, usage: 2 } as const;

/**
 * A problem the user can fix: wrong arguments, no Docker Engine, broken exercise files, unreadable state.
 * Printed as its message alone (no stack trace), with exit code 2.
 */
export class UsageError extends Error {
  readonly exitCode: number = exitCodes.usage;
}
