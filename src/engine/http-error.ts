/** dockerode's errors carry the HTTP status; branch on it, never on message text. */
export interface EngineHttpError extends Error {
  statusCode: number;
  json?: { message?: string } | null;
}

/** Kept apart from the dockerode reader so the error handler can use it without loading dockerode. */
export const isEngineHttpError = (error: unknown): error is EngineHttpError =>
  error instanceof Error && typeof (error as Partial<EngineHttpError>).statusCode === 'number';
