import { exitCodes, UsageError } from './errors.js';
import { isEngineHttpError } from './engine/http-error.js';
import { failureWords as say } from './failure-words.js';

/**
 * Turns anything thrown into a message for a person and an exit code. Errors the user can fix carry their own
 * message; errors from the daemon during a check are environment problems (exit 2), said plainly.
 */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
    return { message: error.message, exitCode: error.exitCode };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || /timeout/i.test(code ?? '')) {
    return { message: say.daemonTimeout(detail), exitCode: exitCodes.usage };
  }
  if (isEngineHttpError(error)) {
    return { message: say.daemonRefused(detail), exitCode: exitCodes.usage };
  }
  const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE' || (code === 'ENOENT' && syscall === 'connect')) {
    return { message: say.connectionLost(detail), exitCode: exitCodes.usage };
  }
  const stack = process.env.DOCKER_KATA_DEBUG && error instanceof Error ? String(error.stack) : undefined;
  return { message: say.unexpected(detail, stack), exitCode: exitCodes.usage };
}
