import { createHash } from 'node:crypto';
import path from 'node:path';
import type { EngineCandidate, EngineEndpoint, EngineRule, TlsMaterial } from './endpoint.js';

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

/** Who holds an address, so a problem can say what to change and how. */
interface AddressOrigin {
  rule: EngineRule;
  source: string;
  /** Names the holder in a sentence: "DOCKER_HOST", "the --host flag", … */
  holder: string;
  /** How to put a valid value in place, e.g. "Set DOCKER_HOST=unix:///var/run/docker.sock". */
  howToSet: (example: string) => string;
}

interface ChosenContext {
  name: string;
  rule: 'DOCKER_CONTEXT' | 'config-context';
  source: string;
  /** How to stop using this context, which differs for the variable and for config.json. */
  howToLeave: string;
}

/** Every sentence the lookup shows to a person, in one place. */
const explain = {
  badAddress: (origin: AddressOrigin, value: string, why: string, example: string) =>
    `${origin.holder} is "${value}", which Docker cannot use: ${why}. ${origin.howToSet(example)}`,
  missingContext: (context: ChosenContext, metaPath: string) =>
    `Docker context "${context.name}" (${context.source}) does not exist: ${metaPath} is missing or unreadable. ` +
    explain.chooseAnotherContext(context),
  brokenContext: (context: ChosenContext, metaPath: string, why: string) =>
    `Docker context "${context.name}" (${context.source}) is damaged: ${metaPath} ${why}. ` +
    `Recreate it (\`docker context rm ${context.name}\`, then \`docker context create\`), or choose another. ` +
    explain.chooseAnotherContext(context),
  chooseAnotherContext: (context: ChosenContext) =>
    `List your contexts with \`docker context ls\`, then ${context.howToLeave}.`,
};

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

const flagOrigin: AddressOrigin = {
  rule: 'flag',
  source: '--host',
  holder: 'the --host flag',
  howToSet: (example) => `Pass a valid address, e.g. --host ${example}.`,
};

const dockerHostOrigin: AddressOrigin = {
  rule: 'DOCKER_HOST',
  source: 'DOCKER_HOST',
  holder: 'DOCKER_HOST',
  howToSet: (example) => `Set it to a valid address, e.g. DOCKER_HOST=${example}, or unset it to use the default socket.`,
};

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
    return { ...base, problem: explain.badAddress(origin, value, parsed.why, parsed.example) };
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
      : {
          name: fromEnv,
          rule: 'DOCKER_CONTEXT',
          source: 'DOCKER_CONTEXT',
          howToLeave: 'set DOCKER_CONTEXT to one of them or unset it',
        };
  }
  const configPath = pathFor(settings).join(dockerConfigDir(settings), 'config.json');
  const name = currentContextIn(settings.readFile(configPath));
  if (!name || name === 'default') {
    return undefined;
  }
  return {
    name,
    rule: 'config-context',
    source: `currentContext in ${configPath}`,
    howToLeave: `switch with \`docker context use <name>\`, or back to the default with \`docker context use default\``,
  };
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
  // The docker CLI stores each context under the sha256 of its name.
  const contextId = createHash('sha256').update(context.name).digest('hex');
  const contextsDir = paths.join(dockerConfigDir(settings), 'contexts');
  const metaPath = paths.join(contextsDir, 'meta', contextId, 'meta.json');
  const base = { rule: context.rule, source: `context "${context.name}" (${context.source})` };

  const metaText = settings.readFile(metaPath);
  if (metaText === undefined) {
    return { ...base, url: '', problem: explain.missingContext(context, metaPath) };
  }
  const meta = parseJson(metaText);
  if (meta === undefined) {
    return { ...base, url: '', problem: explain.brokenContext(context, metaPath, 'is not valid JSON') };
  }
  const dockerEndpoint = field(field(meta, 'Endpoints'), 'docker');
  const host = field(dockerEndpoint, 'Host');
  if (typeof host !== 'string') {
    return { ...base, url: '', problem: explain.brokenContext(context, metaPath, 'has no Endpoints.docker.Host') };
  }
  const skipTlsVerify = field(dockerEndpoint, 'SkipTLSVerify') === true;
  const tlsDir = paths.join(contextsDir, 'tls', contextId, 'docker');
  const origin: AddressOrigin = {
    ...base,
    holder: `the docker host of context "${context.name}" (in ${metaPath})`,
    howToSet: (example) => `Fix it with \`docker context update ${context.name} --docker host=${example}\`.`,
  };
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
        source: 'default named pipe (Docker Desktop)',
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
    source: `default socket (${owner})`,
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
    return { why: 'it is empty', example: localExample };
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
        : { why: 'the socket path must be absolute, so unix: takes three slashes', example: `unix:///${rest}` };
    case 'npipe':
      if (rest === '') {
        return { kind: 'npipe', pipePath: DEFAULT_NAMED_PIPE };
      }
      return rest.startsWith('//')
        ? { kind: 'npipe', pipePath: rest }
        : { why: 'a named pipe path starts with //./pipe/', example: EXAMPLE_ADDRESS.npipe };
    case 'tcp':
    case 'http':
    case 'https':
      return parseTcpAuthority(rest, scheme === 'https');
    case 'ssh':
      return parseSshAuthority(rest);
    case 'fd':
      return {
        why: 'fd:// is how systemd hands a socket to the daemon itself; a client cannot connect to it',
        example: localExample,
      };
    default:
      return { why: `"${scheme}://" is not a scheme Docker knows (use unix, npipe, tcp or ssh)`, example: localExample };
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
    return { why: 'the scheme must be followed by "://"', example };
  }
  if (/^[/\\.~]/.test(address)) {
    const example = address.startsWith('/') ? `unix://${address}` : EXAMPLE_ADDRESS.unix;
    return { why: 'it has no scheme; a socket path needs unix:// in front', example };
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
    return { why: 'a tcp address has no user name', example: EXAMPLE_ADDRESS.tcp };
  }
  return { kind: 'tcp', host: parsed.host, port: parsed.port, secureScheme };
}

function parseSshAuthority(authority: string): ParsedAddress {
  const parsed = parseAuthority(authority);
  if ('why' in parsed) {
    return { why: parsed.why, example: EXAMPLE_ADDRESS.ssh };
  }
  if (parsed.username?.includes(':')) {
    return { why: 'passwords in ssh addresses are not supported; use your ssh agent', example: EXAMPLE_ADDRESS.ssh };
  }
  return { kind: 'ssh', host: parsed.host, port: parsed.port, username: parsed.username };
}

/** Splits "[user@]host[:port][/]"; a bracketed IPv6 host loses its brackets. */
function parseAuthority(authority: string): { username?: string; host: string; port?: number } | { why: string } {
  const trimmed = authority.replace(/\/$/, '');
  if (/[/?#]/.test(trimmed)) {
    return { why: 'the address must not contain a path, query or fragment' };
  }
  const at = trimmed.lastIndexOf('@');
  const username = trimmed.slice(0, Math.max(at, 0)) || undefined;
  const hostPort = /^(?:\[([^\]]+)\]|([^:[\]]*))(?::(.*))?$/.exec(trimmed.slice(at + 1));
  if (!hostPort) {
    return { why: 'the host is not understood (write an IPv6 address in brackets, e.g. [::1])' };
  }
  const host = hostPort[1] ?? hostPort[2] ?? '';
  if (host === '') {
    return { why: 'it has no host name' };
  }
  const portText = hostPort[3];
  if (portText === undefined) {
    return { username, host };
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    return { why: `the port "${portText}" is not a number from 1 to 65535` };
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
