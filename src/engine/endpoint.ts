/** Where a Docker Engine listens, as the docker CLI would reach it. */
export type EngineEndpoint =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'npipe'; pipePath: string }
  | { kind: 'tcp'; host: string; port: number; tls?: TlsMaterial }
  | { kind: 'ssh'; host: string; port?: number; username?: string };

/** Paths of the TLS files for a tcp endpoint (docker's ca.pem, cert.pem, key.pem). */
export interface TlsMaterial {
  caPath?: string;
  certPath?: string;
  keyPath?: string;
  /** false only when the user asked to skip server verification (context SkipTLSVerify). */
  verify: boolean;
}

/** The rule that produced a candidate, in the docker CLI's order. */
export type EngineRule = 'flag' | 'DOCKER_HOST' | 'DOCKER_CONTEXT' | 'config-context' | 'default-socket';

/** One place to look for the engine, before it is probed. */
export interface EngineCandidate {
  rule: EngineRule;
  /** Where the address came from, for people: "--host", "DOCKER_HOST", "context \"colima\" (DOCKER_CONTEXT)", … */
  source: string;
  /** The address as written, e.g. "unix:///var/run/docker.sock". */
  url: string;
  /** Absent when the address could not be understood; then `problem` says why. */
  endpoint?: EngineEndpoint;
  problem?: string;
}
