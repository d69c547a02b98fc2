import { createRequire } from 'node:module';
import path from 'node:path';
import type { EngineCandidate, EngineEndpoint, EngineRule, TlsMaterial } from './endpoint.js';
import { words, type AddressHolder, type ContextChoice } from './words.js';

/** Everything the lookup reads from the outside world, injected so it stays pure. */
export interface LookupSettings {
  /** docker-kata's --host flag, the counterpart of `docker --host`. */
  hostFlag?: string;
  env: Record<string, string | undefined>;
  homeDir: string;
  platform: NodeJS.Platform;
  /** A file's text, or undefined when it is missing or unreadable. */
  readFile: (filePath: string) => string | undefined;
}

const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';
const DEFAULT_NAMED_PIPE = '//./pipe/docker_engine';
const TLS_FILES = { caPath: 'ca.pem', certPath: 'cert.pem', keyPath: 'key.pem' } as const;

const EXAMPLE_ADDRESS = {
  unix: `unix://${DEFAULT_UNIX_SOCKET}`,
  npipe: `npipe://${DEFAULT_NAMED_PIPE}`,
  tcp: 'tcp://192.168.1.10:2376',
  ssh: 'ssh://user@192.168.1.10',
} as const;

/**
 * A candidate's `source` stays English and stable: `doctor --json` shows it, and doctor reads a context's name off
 * it. `sourceLabel` says the same in the learner's language.
 */
const sources = {
  defaultSocket: (owner: string) => `default socket (${owner})`,
  defaultPipe: 'default named pipe (Docker Desktop)',
  context: (name: string, via: string) => `context "${name}" (${via})`,
  currentContextIn: (configPath: string) => `currentContext in ${configPath}`,
};

/** Where a candidate came from, in the words of this run's language: "standardsocket (systemets Docker)", … */
export function sourceLabel(candidate: Pick<EngineCandidate, 'rule' | 'source'>): string {
  const say = words.source;
  switch (candidate.rule) {
    case 'default-socket': {
      if (candidate.source === sources.defaultPipe) return say.defaultPipe;
      const owner = /^default socket \((.+)\)$/.exec(candidate.source)?.[1];
      if (owner === undefined) return candidate.source;
      return say.defaultSocket((say.owners as Record<string, string | undefined>)[owner] ?? owner);
    }
    case 'DOCKER_CONTEXT':
    case 'config-context': {
      const context = /^context "(.*)" \((?:currentContext in (.+)|DOCKER_CONTEXT)\)$/s.exec(candidate.source);
      return context ? say.context(context[1]!, context[2]) : candidate.source;
    }
    default:
      return candidate.source;
  }
}

/** Who holds an address, so a problem can say what to change and how. */
interface AddressOrigin {
  rule: EngineRule;
  source: string;
  holder: AddressHolder;
}

/** A docker context in use; `source` is the English, machine-readable part of the candidate's source. */
interface ChosenContext extends ContextChoice {
  rule: 'DOCKER_CONTEXT' | 'config-context';
  source: string;
}

/**
 * Where to look for the Docker Engine, in the docker CLI's order: --host, DOCKER_HOST, DOCKER_CONTEXT, the
 * current context in config.json, then the usual sockets.
 */
export function engineCandidates(settings: LookupSettings): EngineCandidate[] {
  const { env } = settings;
  // An explicit choice (flag, DOCKER_HOST, context) is the only candidate: the learner's own `docker` commands go
  // to that daemon, so finding another one through a default socket would verify the wrong engine.
  if (settings.hostFlag !== undefined) {
    return [hostCandidate(settings, flagOrigin, settings.hostFlag)];
  }
  // Empty variables count as unset, as in the docker CLI.
  if (env.DOCKER_HOST) {
    return [hostCandidate(settings, dockerHostOrigin, env.DOCKER_HOST)];
  }
  const context = chosenContext(settings);
  if (context) {
    return [contextCandidate(settings, context)];
  }
  return defaultSocketCandidates(settings);
}

const flagOrigin: AddressOrigin = { rule: 'flag', source: '--host', holder: { kind: 'flag' } };

const dockerHostOrigin: AddressOrigin = { rule: 'DOCKER_HOST', source: 'DOCKER_HOST', holder: { kind: 'DOCKER_HOST' } };

function hostCandidate(settings: LookupSettings, origin: AddressOrigin, value: string): EngineCandidate {
  return candidateFromAddress(settings, origin, value, (secureScheme) => environmentTls(settings, secureScheme));
}

function candidateFromAddress(
  settings: LookupSettings,
  origin: AddressOrigin,
  value: string,
  tlsFor: (secureScheme: boolean) => TlsMaterial | undefined,
): EngineCandidate {
  const parsed = parseDockerAddress(value, settings.platform);
  const base = { rule: origin.rule, source: origin.source, url: value };
  if ('why' in parsed) {
    return { ...base, problem: words.badAddress(origin.holder, value, parsed.why, parsed.example) };
  }
  if (parsed.kind !== 'tcp') {
    return { ...base, endpoint: parsed };
  }
  const tls = tlsFor(parsed.secureScheme);
  // Docker's conventional ports: 2376 for TLS, 2375 for plain HTTP.
  const port = parsed.port ?? (tls ? 2376 : 2375);
  return { ...base, endpoint: { kind: 'tcp', host: parsed.host, port, tls } };
}

/** TLS for --host and DOCKER_HOST, from the variables the docker CLI reads. */
function environmentTls(settings: LookupSettings, secureScheme: boolean): TlsMaterial | undefined {
  const { env } = settings;
  // Like the docker CLI, any non-empty DOCKER_TLS_VERIFY turns verification on, even "0".
  const verifyRequested = Boolean(env.DOCKER_TLS_VERIFY);
  const tlsRequested = Boolean(env.DOCKER_TLS);
  if (!verifyRequested && !tlsRequested && !secureScheme) {
    return undefined;
  }
  const certDir = env.DOCKER_CERT_PATH || dockerConfigDir(settings);
  // DOCKER_TLS alone means TLS without checking the server's certificate.
  return { ...existingTlsFiles(settings, certDir), verify: verifyRequested || !tlsRequested };
}

/**
 * The TLS files present in `dir`. The docker CLI also leaves out a missing client pair; a missing CA, which it
 * refuses up front, shows up here as a failed TLS handshake instead.
 */
function existingTlsFiles(settings: LookupSettings, dir: string): Omit<TlsMaterial, 'verify'> {
  const files: Omit<TlsMaterial, 'verify'> = {};
  for (const [option, fileName] of Object.entries(TLS_FILES) as Array<[keyof typeof TLS_FILES, string]>) {
    const filePath = pathFor(settings).join(dir, fileName);
    if (settings.readFile(filePath) !== undefined) {
      files[option] = filePath;
    }
  }
  return files;
}

function chosenContext(settings: LookupSettings): ChosenContext | undefined {
  const fromEnv = settings.env.DOCKER_CONTEXT;
  if (fromEnv) {
    // DOCKER_CONTEXT=default also overrides config.json: it selects the default context on purpose.
    return fromEnv === 'default'
      ? undefined
      : { name: fromEnv, rule: 'DOCKER_CONTEXT', source: 'DOCKER_CONTEXT' };
  }
  const configPath = pathFor(settings).join(dockerConfigDir(settings), 'config.json');
  const name = currentContextIn(settings.readFile(configPath));
  if (!name || name === 'default') {
    return undefined;
  }
  return { name, configPath, rule: 'config-context', source: sources.currentContextIn(configPath) };
}

/** config.json's currentContext; a missing or unparsable file means none, as the docker CLI only warns about it. */
function currentContextIn(configText: string | undefined): string | undefined {
  if (configText === undefined) {
    return undefined;
  }
  const current = field(parseJson(configText), 'currentContext');
  return typeof current === 'string' ? current : undefined;
}

function contextCandidate(settings: LookupSettings, context: ChosenContext): EngineCandidate {
  const paths = pathFor(settings);
  // The docker CLI stores each context under the sha256 of its name. node:crypto is loaded only here, as most
  // runs use no context and loading it costs a few milliseconds of every start.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const contextId = createHash('sha256').update(context.name).digest('hex');
  const contextsDir = paths.join(dockerConfigDir(settings), 'contexts');
  const metaPath = paths.join(contextsDir, 'meta', contextId, 'meta.json');
  const base = { rule: context.rule, source: sources.context(context.name, context.source) };

  const metaText = settings.readFile(metaPath);
  if (metaText === undefined) {
    return { ...base, url: '', problem: words.missingContext(context, metaPath) };
  }
  const meta = parseJson(metaText);
  if (meta === undefined) {
    return { ...base, url: '', problem: words.brokenContext(context, metaPath, 'invalid-json') };
  }
  const dockerEndpoint = field(field(meta, 'Endpoints'), 'docker');
  const host = field(dockerEndpoint, 'Host');
  if (typeof host !== 'string') {
    return { ...base, url: '', problem: words.brokenContext(context, metaPath, 'no-host') };
  }
  const skipTlsVerify = field(dockerEndpoint, 'SkipTLSVerify') === true;
  const tlsDir = paths.join(contextsDir, 'tls', contextId, 'docker');
  const origin: AddressOrigin = { ...base, holder: { kind: 'context', name: context.name, metaPath } };
  return candidateFromAddress(settings, origin, host, (secureScheme) => {
    const files = existingTlsFiles(settings, tlsDir);
    // As in the docker CLI, a context speaks TLS when it has TLS files or asks to skip verification.
    const wantsTls = secureScheme || skipTlsVerify || Object.keys(files).length > 0;
    return wantsTls ? { ...files, verify: !skipTlsVerify } : undefined;
  });
}

function defaultSocketCandidates(settings: LookupSettings): EngineCandidate[] {
  if (settings.platform === 'win32') {
    return [
      {
        rule: 'default-socket',
        source: sources.defaultPipe,
        url: EXAMPLE_ADDRESS.npipe,
        endpoint: { kind: 'npipe', pipePath: DEFAULT_NAMED_PIPE },
      },
    ];
  }
  // The docker CLI itself only tries /var/run/docker.sock; the others cover rootless Docker and Docker Desktop
  // installs that left that path alone.
  const sockets: Array<[owner: string, socketPath: string]> = [['system Docker', DEFAULT_UNIX_SOCKET]];
  const xdgRuntimeDir = settings.env.XDG_RUNTIME_DIR;
  if (xdgRuntimeDir) {
    sockets.push(['rootless Docker', path.posix.join(xdgRuntimeDir, 'docker.sock')]);
  }
  sockets.push(
    ['Docker Desktop', path.posix.join(settings.homeDir, '.docker', 'run', 'docker.sock')],
    ['Docker Desktop for Linux', path.posix.join(settings.homeDir, '.docker', 'desktop', 'docker.sock')],
  );
  return sockets.map(([owner, socketPath]) => ({
    rule: 'default-socket',
    source: sources.defaultSocket(owner),
    url: `unix://${socketPath}`,
    endpoint: { kind: 'unix', socketPath },
  }));
}

/** A tcp address before TLS is decided: TLS also depends on variables or context files. */
interface ParsedTcpAddress {
  kind: 'tcp';
  host: string;
  port?: number;
  /** https:// asks for TLS by itself. */
  secureScheme: boolean;
}

type ParsedAddress = Exclude<EngineEndpoint, { kind: 'tcp' }> | ParsedTcpAddress | { why: string; example: string };

/**
 * Reads a docker host address: unix://, npipe://, tcp://, ssh://, and http(s):// like tcp. A value without a
 * scheme is a tcp host[:port], as in the docker CLI.
 */
function parseDockerAddress(value: string, platform: NodeJS.Platform): ParsedAddress {
  const address = value.trim();
  const localExample = platform === 'win32' ? EXAMPLE_ADDRESS.npipe : EXAMPLE_ADDRESS.unix;
  if (address === '') {
    return { why: words.why.empty, example: localExample };
  }
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(address);
  if (!withScheme) {
    return parseSchemelessAddress(address, localExample);
  }
  const scheme = withScheme[1]!.toLowerCase();
  const rest = withScheme[2]!;
  switch (scheme) {
    case 'unix':
      if (rest === '') {
        return { kind: 'unix', socketPath: DEFAULT_UNIX_SOCKET };
      }
      return rest.startsWith('/')
        ? { kind: 'unix', socketPath: rest }
        : { why: words.why.unixRelative, example: `unix:///${rest}` };
    case 'npipe':
      if (rest === '') {
        return { kind: 'npipe', pipePath: DEFAULT_NAMED_PIPE };
      }
      return rest.startsWith('//')
        ? { kind: 'npipe', pipePath: rest }
        : { why: words.why.npipePath, example: EXAMPLE_ADDRESS.npipe };
    case 'tcp':
    case 'http':
    case 'https':
      return parseTcpAuthority(rest, scheme === 'https');
    case 'ssh':
      return parseSshAuthority(rest);
    case 'fd':
      return {
        why: words.why.fd,
        example: localExample,
      };
    default:
      return { why: words.why.unknownScheme(scheme), example: localExample };
  }
}

function parseSchemelessAddress(address: string, localExample: string): ParsedAddress {
  // "unix:/var/run/docker.sock" and friends: a known scheme missing its "//".
  const almostScheme = /^(unix|npipe|tcp|ssh|https?):\/?(.*)$/i.exec(address);
  if (almostScheme) {
    const scheme = almostScheme[1]!.toLowerCase();
    const rest = almostScheme[2]!;
    const example =
      scheme === 'unix'
        ? `unix:///${rest.replace(/^\/+/, '')}`
        : scheme === 'npipe'
          ? EXAMPLE_ADDRESS.npipe
          : `${scheme}://${rest}`;
    return { why: words.why.schemeSlashes, example };
  }
  if (/^[/\\.~]/.test(address)) {
    const example = address.startsWith('/') ? `unix://${address}` : EXAMPLE_ADDRESS.unix;
    return { why: words.why.noScheme, example };
  }
  const tcp = parseTcpAuthority(address, false);
  return 'why' in tcp ? { why: tcp.why, example: localExample } : tcp;
}

function parseTcpAuthority(authority: string, secureScheme: boolean): ParsedAddress {
  const parsed = parseAuthority(authority);
  if ('why' in parsed) {
    return { why: parsed.why, example: EXAMPLE_ADDRESS.tcp };
  }
  if (parsed.username !== undefined) {
    return { why: words.why.tcpUser, example: EXAMPLE_ADDRESS.tcp };
  }
  return { kind: 'tcp', host: parsed.host, port: parsed.port, secureScheme };
}

function parseSshAuthority(authority: string): ParsedAddress {
  const parsed = parseAuthority(authority);
  if ('why' in parsed) {
    return { why: parsed.why, example: EXAMPLE_ADDRESS.ssh };
  }
  if (parsed.username?.includes(':')) {
    return { why: words.why.sshPassword, example: EXAMPLE_ADDRESS.ssh };
  }
  return { kind: 'ssh', host: parsed.host, port: parsed.port, username: parsed.username };
}

/** Splits "[user@]host[:port][/]"; a bracketed IPv6 host loses its brackets. */
function parseAuthority(authority: string): { username?: string; host: string; port?: number } | { why: string } {
  const trimmed = authority.replace(/\/$/, '');
  if (/[/?#]/.test(trimmed)) {
    return { why: words.why.pathInAddress };
  }
  const at = trimmed.lastIndexOf('@');
  const username = trimmed.slice(0, Math.max(at, 0)) || undefined;
  const hostPort = /^(?:\[([^\]]+)\]|([^:[\]]*))(?::(.*))?$/.exec(trimmed.slice(at + 1));
  if (!hostPort) {
    return { why: words.why.badHost };
  }
  const host = hostPort[1] ?? hostPort[2] ?? '';
  if (host === '') {
    return { why: words.why.noHost };
  }
  const portText = hostPort[3];
  if (portText === undefined) {
    return { username, host };
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    return { why: words.why.badPort(portText) };
  }
  return { username, host, port };
}

function dockerConfigDir(settings: LookupSettings): string {
  return settings.env.DOCKER_CONFIG || pathFor(settings).join(settings.homeDir, '.docker');
}

/** Paths in the learner's platform style, so Windows lookups can be tested anywhere. */
function pathFor(settings: LookupSettings): path.PlatformPath {
  return settings.platform === 'win32' ? path.win32 : path.posix;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
