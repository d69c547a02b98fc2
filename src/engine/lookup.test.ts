import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EngineCandidate } from './endpoint.js';
import { engineCandidates, type LookupSettings } from './lookup.js';

const HOME = '/home/ana';
const CONFIG = '/home/ana/.docker';

interface FakeMachine {
  hostFlag?: string;
  env?: Record<string, string>;
  files?: Record<string, string>;
  platform?: NodeJS.Platform;
  homeDir?: string;
}

function lookup({ hostFlag, env = {}, files = {}, platform = 'linux', homeDir = HOME }: FakeMachine): EngineCandidate[] {
  const settings: LookupSettings = { hostFlag, env, homeDir, platform, readFile: (filePath) => files[filePath] };
  return engineCandidates(settings);
}

const contextId = (name: string) => createHash('sha256').update(name).digest('hex');
const metaPath = (name: string, configDir = CONFIG) => `${configDir}/contexts/meta/${contextId(name)}/meta.json`;
const tlsDir = (name: string, configDir = CONFIG) => `${configDir}/contexts/tls/${contextId(name)}/docker`;
const meta = (name: string, docker: Record<string, unknown>) => JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker } });

const colimaContext = {
  [metaPath('colima')]: meta('colima', { Host: 'unix:///home/ana/.colima/default/docker.sock', SkipTLSVerify: false }),
};

const defaultSockets = [
  'unix:///var/run/docker.sock',
  'unix:///home/ana/.docker/run/docker.sock',
  'unix:///home/ana/.docker/desktop/docker.sock',
];

describe('engineCandidates: which rule decides', () => {
  it.each<{ name: string; machine: FakeMachine; expected: Array<Pick<EngineCandidate, 'rule' | 'source' | 'url'>> }>([
    {
      name: '--host beats DOCKER_HOST and DOCKER_CONTEXT',
      machine: { hostFlag: 'tcp://flag:2375', env: { DOCKER_HOST: 'tcp://env:2375', DOCKER_CONTEXT: 'colima' } },
      expected: [{ rule: 'flag', source: '--host', url: 'tcp://flag:2375' }],
    },
    {
      name: 'DOCKER_HOST beats DOCKER_CONTEXT, as in docker',
      machine: { env: { DOCKER_HOST: 'unix:///run/user/1000/docker.sock', DOCKER_CONTEXT: 'colima' }, files: colimaContext },
      expected: [{ rule: 'DOCKER_HOST', source: 'DOCKER_HOST', url: 'unix:///run/user/1000/docker.sock' }],
    },
    {
      name: 'DOCKER_CONTEXT names a context',
      machine: { env: { DOCKER_CONTEXT: 'colima' }, files: colimaContext },
      expected: [
        { rule: 'DOCKER_CONTEXT', source: 'context "colima" (DOCKER_CONTEXT)', url: 'unix:///home/ana/.colima/default/docker.sock' },
      ],
    },
    {
      name: 'currentContext in config.json',
      machine: { files: { ...colimaContext, [`${CONFIG}/config.json`]: JSON.stringify({ currentContext: 'colima' }) } },
      expected: [
        {
          rule: 'config-context',
          source: `context "colima" (currentContext in ${CONFIG}/config.json)`,
          url: 'unix:///home/ana/.colima/default/docker.sock',
        },
      ],
    },
    {
      name: 'DOCKER_CONTEXT beats config.json',
      machine: {
        env: { DOCKER_CONTEXT: 'colima' },
        files: { ...colimaContext, [`${CONFIG}/config.json`]: JSON.stringify({ currentContext: 'elsewhere' }) },
      },
      expected: [
        { rule: 'DOCKER_CONTEXT', source: 'context "colima" (DOCKER_CONTEXT)', url: 'unix:///home/ana/.colima/default/docker.sock' },
      ],
    },
    {
      name: 'DOCKER_CONFIG moves config.json and the context store',
      machine: {
        env: { DOCKER_CONFIG: '/etc/dockercfg' },
        files: {
          '/etc/dockercfg/config.json': JSON.stringify({ currentContext: 'colima' }),
          [metaPath('colima', '/etc/dockercfg')]: meta('colima', { Host: 'unix:///tmp/colima.sock' }),
        },
      },
      expected: [
        { rule: 'config-context', source: 'context "colima" (currentContext in /etc/dockercfg/config.json)', url: 'unix:///tmp/colima.sock' },
      ],
    },
  ])('$name', ({ machine, expected }) => {
    expect(lookup(machine)).toMatchObject(expected);
    expect(lookup(machine)).toHaveLength(expected.length);
  });

  it.each<{ name: string; machine: FakeMachine }>([
    { name: 'nothing set', machine: {} },
    { name: 'empty DOCKER_HOST and DOCKER_CONTEXT count as unset', machine: { env: { DOCKER_HOST: '', DOCKER_CONTEXT: '' } } },
    {
      name: 'DOCKER_CONTEXT=default overrides config.json',
      machine: {
        env: { DOCKER_CONTEXT: 'default' },
        files: { ...colimaContext, [`${CONFIG}/config.json`]: JSON.stringify({ currentContext: 'colima' }) },
      },
    },
    { name: 'currentContext "default"', machine: { files: { [`${CONFIG}/config.json`]: '{"currentContext":"default"}' } } },
    { name: 'config.json without currentContext', machine: { files: { [`${CONFIG}/config.json`]: '{"auths":{}}' } } },
    // docker only warns about a broken config.json and goes on with the default context.
    { name: 'config.json that is not JSON', machine: { files: { [`${CONFIG}/config.json`]: '{currentContext:' } } },
  ])('default sockets when $name', ({ machine }) => {
    const candidates = lookup(machine);
    expect(candidates.map((candidate) => candidate.url)).toEqual(defaultSockets);
    expect(candidates.every((candidate) => candidate.rule === 'default-socket')).toBe(true);
  });
});

describe('engineCandidates: default sockets', () => {
  it('tries the system, Docker Desktop and Docker Desktop for Linux sockets without XDG_RUNTIME_DIR', () => {
    expect(lookup({})).toEqual([
      {
        rule: 'default-socket',
        source: 'default socket (system Docker)',
        url: 'unix:///var/run/docker.sock',
        endpoint: { kind: 'unix', socketPath: '/var/run/docker.sock' },
      },
      {
        rule: 'default-socket',
        source: 'default socket (Docker Desktop)',
        url: 'unix:///home/ana/.docker/run/docker.sock',
        endpoint: { kind: 'unix', socketPath: '/home/ana/.docker/run/docker.sock' },
      },
      {
        rule: 'default-socket',
        source: 'default socket (Docker Desktop for Linux)',
        url: 'unix:///home/ana/.docker/desktop/docker.sock',
        endpoint: { kind: 'unix', socketPath: '/home/ana/.docker/desktop/docker.sock' },
      },
    ]);
  });

  it('adds the rootless socket second when XDG_RUNTIME_DIR is set', () => {
    const candidates = lookup({ env: { XDG_RUNTIME_DIR: '/run/user/1000' } });
    expect(candidates.map((candidate) => candidate.url)).toEqual([
      'unix:///var/run/docker.sock',
      'unix:///run/user/1000/docker.sock',
      'unix:///home/ana/.docker/run/docker.sock',
      'unix:///home/ana/.docker/desktop/docker.sock',
    ]);
    expect(candidates[1]!.source).toBe('default socket (rootless Docker)');
  });

  it('only tries the named pipe on Windows', () => {
    expect(lookup({ platform: 'win32', homeDir: 'C:\\Users\\ana', env: { XDG_RUNTIME_DIR: '/run/user/1000' } })).toEqual([
      {
        rule: 'default-socket',
        source: 'default named pipe (Docker Desktop)',
        url: 'npipe:////./pipe/docker_engine',
        endpoint: { kind: 'npipe', pipePath: '//./pipe/docker_engine' },
      },
    ]);
  });

  it('finds contexts under %USERPROFILE%\\.docker on Windows', () => {
    const windowsConfig = 'C:\\Users\\ana\\.docker';
    const [candidate] = lookup({
      platform: 'win32',
      homeDir: 'C:\\Users\\ana',
      env: { DOCKER_CONTEXT: 'remote' },
      files: {
        [`${windowsConfig}\\contexts\\meta\\${contextId('remote')}\\meta.json`]: meta('remote', { Host: 'ssh://ana@build-box' }),
      },
    });
    expect(candidate?.endpoint).toEqual({ kind: 'ssh', host: 'build-box', username: 'ana', port: undefined });
  });
});

describe('engineCandidates: TLS', () => {
  const certFiles = (dir: string) => ({ [`${dir}/ca.pem`]: 'CA', [`${dir}/cert.pem`]: 'CERT', [`${dir}/key.pem`]: 'KEY' });

  it.each<{ name: string; machine: FakeMachine; endpoint: unknown }>([
    {
      name: 'plain tcp defaults to port 2375',
      machine: { env: { DOCKER_HOST: 'tcp://10.0.0.5' } },
      endpoint: { kind: 'tcp', host: '10.0.0.5', port: 2375 },
    },
    {
      name: 'DOCKER_TLS_VERIFY uses DOCKER_CERT_PATH and port 2376',
      machine: {
        env: { DOCKER_HOST: 'tcp://10.0.0.5', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' },
        files: certFiles('/certs'),
      },
      endpoint: {
        kind: 'tcp',
        host: '10.0.0.5',
        port: 2376,
        tls: { caPath: '/certs/ca.pem', certPath: '/certs/cert.pem', keyPath: '/certs/key.pem', verify: true },
      },
    },
    {
      name: 'DOCKER_CERT_PATH defaults to ~/.docker and missing files are left out',
      machine: { env: { DOCKER_HOST: 'tcp://10.0.0.5:3000', DOCKER_TLS_VERIFY: '1' }, files: { [`${CONFIG}/ca.pem`]: 'CA' } },
      endpoint: { kind: 'tcp', host: '10.0.0.5', port: 3000, tls: { caPath: `${CONFIG}/ca.pem`, verify: true } },
    },
    {
      name: 'DOCKER_TLS without DOCKER_TLS_VERIFY skips verification',
      machine: { env: { DOCKER_HOST: 'tcp://10.0.0.5', DOCKER_TLS: '1' } },
      endpoint: { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: { verify: false } },
    },
    {
      name: 'https:// asks for TLS by itself',
      machine: { env: { DOCKER_HOST: 'https://docker.example.com' } },
      endpoint: { kind: 'tcp', host: 'docker.example.com', port: 2376, tls: { verify: true } },
    },
    {
      name: 'the --host flag follows the same TLS variables',
      machine: { hostFlag: 'tcp://10.0.0.5', env: { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, files: certFiles('/certs') },
      endpoint: {
        kind: 'tcp',
        host: '10.0.0.5',
        port: 2376,
        tls: { caPath: '/certs/ca.pem', certPath: '/certs/cert.pem', keyPath: '/certs/key.pem', verify: true },
      },
    },
    {
      name: 'a context with TLS files beside it',
      machine: {
        env: { DOCKER_CONTEXT: 'secure' },
        files: { [metaPath('secure')]: meta('secure', { Host: 'tcp://10.0.0.7:2376' }), ...certFiles(tlsDir('secure')) },
      },
      endpoint: {
        kind: 'tcp',
        host: '10.0.0.7',
        port: 2376,
        tls: {
          caPath: `${tlsDir('secure')}/ca.pem`,
          certPath: `${tlsDir('secure')}/cert.pem`,
          keyPath: `${tlsDir('secure')}/key.pem`,
          verify: true,
        },
      },
    },
    {
      name: 'a context with SkipTLSVerify and no files',
      machine: {
        env: { DOCKER_CONTEXT: 'lab' },
        files: { [metaPath('lab')]: meta('lab', { Host: 'tcp://lab:2376', SkipTLSVerify: true }) },
      },
      endpoint: { kind: 'tcp', host: 'lab', port: 2376, tls: { verify: false } },
    },
    {
      name: 'a context without TLS files speaks plain tcp, even with DOCKER_TLS_VERIFY set',
      machine: { env: { DOCKER_CONTEXT: 'plain', DOCKER_TLS_VERIFY: '1' }, files: { [metaPath('plain')]: meta('plain', { Host: 'tcp://plain' }) } },
      endpoint: { kind: 'tcp', host: 'plain', port: 2375 },
    },
  ])('$name', ({ machine, endpoint }) => {
    const candidates = lookup(machine);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.problem).toBeUndefined();
    expect(candidates[0]!.endpoint).toEqual(endpoint);
  });
});

describe('engineCandidates: addresses', () => {
  it.each([
    ['unix:///var/run/docker.sock', { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['unix://', { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['npipe:////./pipe/dockerDesktopLinuxEngine', { kind: 'npipe', pipePath: '//./pipe/dockerDesktopLinuxEngine' }],
    ['tcp://127.0.0.1:2375/', { kind: 'tcp', host: '127.0.0.1', port: 2375 }],
    ['tcp://[::1]:2375', { kind: 'tcp', host: '::1', port: 2375 }],
    ['http://localhost:8080', { kind: 'tcp', host: 'localhost', port: 8080 }],
    // Without a scheme the docker CLI reads tcp.
    ['localhost:2375', { kind: 'tcp', host: 'localhost', port: 2375 }],
    ['ssh://ana@build-box:2222', { kind: 'ssh', host: 'build-box', port: 2222, username: 'ana' }],
    ['ssh://build-box', { kind: 'ssh', host: 'build-box' }],
  ])('understands %s', (value, endpoint) => {
    const [candidate] = lookup({ env: { DOCKER_HOST: value } });
    expect(candidate).toMatchObject({ rule: 'DOCKER_HOST', url: value, endpoint });
    expect(candidate!.problem).toBeUndefined();
  });

  it.each([
    ['unix:/var/run/docker.sock', 'must be followed by "://"', 'DOCKER_HOST=unix:///var/run/docker.sock'],
    ['unix://var/run/docker.sock', 'three slashes', 'DOCKER_HOST=unix:///var/run/docker.sock'],
    ['/var/run/docker.sock', 'no scheme', 'DOCKER_HOST=unix:///var/run/docker.sock'],
    ['fd://', 'fd://', 'DOCKER_HOST=unix:///var/run/docker.sock'],
    ['tcp://10.0.0.5:99999', 'port "99999"', 'DOCKER_HOST=tcp://'],
    ['tcp://10.0.0.5:abc', 'port "abc"', 'DOCKER_HOST=tcp://'],
    ['tcp://10.0.0.5:2375/v1.40', 'path', 'DOCKER_HOST=tcp://'],
    ['tcp://', 'no host name', 'DOCKER_HOST=tcp://'],
    ['tcp:10.0.0.5:2375', 'must be followed by "://"', 'DOCKER_HOST=tcp://10.0.0.5:2375'],
    ['htp://10.0.0.5', '"htp://" is not a scheme', 'DOCKER_HOST=unix:///var/run/docker.sock'],
    ['ssh://ana:secret@box', 'passwords', 'DOCKER_HOST=ssh://'],
    ['   ', 'empty', 'DOCKER_HOST=unix:///var/run/docker.sock'],
  ])('explains what is wrong with DOCKER_HOST=%s', (value, why, example) => {
    const candidates = lookup({ env: { DOCKER_HOST: value } });
    expect(candidates).toHaveLength(1);
    const [candidate] = candidates;
    expect(candidate!.endpoint).toBeUndefined();
    expect(candidate!.problem).toContain(`DOCKER_HOST is "${value}"`);
    expect(candidate!.problem).toContain(why);
    expect(candidate!.problem).toContain(example);
  });

  it('explains an empty --host flag with a Windows example on Windows', () => {
    const [candidate] = lookup({ hostFlag: '', platform: 'win32', homeDir: 'C:\\Users\\ana' });
    expect(candidate).toMatchObject({ rule: 'flag', source: '--host', url: '' });
    expect(candidate!.problem).toBe(
      'the --host flag is "", which Docker cannot use: it is empty. Pass a valid address, e.g. --host npipe:////./pipe/docker_engine.',
    );
  });
});

describe('engineCandidates: broken contexts', () => {
  it.each<{ name: string; machine: FakeMachine; mentions: string[] }>([
    {
      name: 'DOCKER_CONTEXT names a context that does not exist',
      machine: { env: { DOCKER_CONTEXT: 'colma' } },
      mentions: ['"colma"', metaPath('colma'), 'does not exist', '`docker context ls`', 'unset'],
    },
    {
      name: 'config.json names a context that does not exist',
      machine: { files: { [`${CONFIG}/config.json`]: '{"currentContext":"desktop-linux"}' } },
      mentions: ['"desktop-linux"', metaPath('desktop-linux'), `${CONFIG}/config.json`, '`docker context ls`', '`docker context use default`'],
    },
    {
      name: 'meta.json is not JSON',
      machine: { env: { DOCKER_CONTEXT: 'colima' }, files: { [metaPath('colima')]: '{"Name":' } },
      mentions: ['"colima"', metaPath('colima'), 'is not valid JSON', '`docker context ls`'],
    },
    {
      name: 'meta.json has no docker endpoint',
      machine: { env: { DOCKER_CONTEXT: 'colima' }, files: { [metaPath('colima')]: '{"Name":"colima","Endpoints":{}}' } },
      mentions: [metaPath('colima'), 'Endpoints.docker.Host'],
    },
    {
      name: 'the context holds a malformed host',
      machine: { env: { DOCKER_CONTEXT: 'colima' }, files: { [metaPath('colima')]: meta('colima', { Host: 'unix:/tmp/x.sock' }) } },
      mentions: [
        `the docker host of context "colima" (in ${metaPath('colima')}) is "unix:/tmp/x.sock"`,
        '`docker context update colima --docker host=unix:///tmp/x.sock`',
      ],
    },
  ])('$name: one candidate whose problem says how to fix it', ({ machine, mentions }) => {
    const candidates = lookup(machine);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.endpoint).toBeUndefined();
    for (const mention of mentions) {
      expect(candidates[0]!.problem).toContain(mention);
    }
  });
});
