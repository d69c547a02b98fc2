import { exitCodes, UsageError } from './errors.js';
import { isEngineHttpError } from './engine/http-error.js';

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
    return { message: `The Docker daemon stopped answering (${detail}). Is it overloaded or restarting? Try again in a moment; \`docker ps\` shows whether it answers.`, exitCode: exitCodes.usage };
  }
  if (isEngineHttpError(error)) {
    return { message: `The Docker daemon refused a request: ${detail}`, exitCode: exitCodes.usage };
  }
  const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE' || (code === 'ENOENT' && syscall === 'connect')) {
    return { message: `Lost the connection to the Docker daemon (${detail}). Is it still running? \`docker ps\` tells.`, exitCode: exitCodes.usage };
  }
  return {
    message: `docker-kata hit an unexpected error: ${detail}\nThis is a bug in docker-kata; please report it with the command you ran.${
      process.env.DOCKER_KATA_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (Set DOCKER_KATA_DEBUG=1 to see the details.)'
    }`,
    exitCode: exitCodes.usage,
  };
}
