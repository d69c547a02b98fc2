import { describe, expect, it } from 'vitest';
import { compareApiVersions, minimumApiVersion } from '../engine/api-version.js';
import type { EngineCandidate } from '../engine/endpoint.js';
import { detect, diagnose, doctorExitCode, doctorReport, formatBytes, satisfiesMinimum, type Finding } from './diagnose.js';
import type { CandidateFact, DoctorFacts } from './facts.js';
import { detectWsl } from './gather.js';
import { renderFindings } from './render.js';

const HOME = '/home/ana';

const socket = (socketPath: string, source = 'default socket (system Docker)', rule: EngineCandidate['rule'] = 'default-socket'): EngineCandidate => ({
  rule,
  source,
  url: `unix://${socketPath}`,
  endpoint: { kind: 'unix', socketPath },
});
const systemSocket = socket('/var/run/docker.sock');
const rootlessSocket = socket('/run/user/1000/docker.sock', 'default socket (rootless Docker)');
const desktopSocket = socket(`${HOME}/.docker/run/docker.sock`, 'default socket (Docker Desktop)');
const desktopLinuxSocket = socket(`${HOME}/.docker/desktop/docker.sock`, 'default socket (Docker Desktop for Linux)');
const defaultSockets = [systemSocket, rootlessSocket, desktopSocket, desktopLinuxSocket];

const noSocket = (candidate: EngineCandidate): CandidateFact => ({
  candidate,
  outcome: 'failed',
  failure: { reason: 'no-socket', detail: `connect ENOENT ${candidate.endpoint?.kind === 'unix' ? candidate.endpoint.socketPath : ''}` },
});
const refused = (candidate: EngineCandidate): CandidateFact => ({ candidate, outcome: 'failed', failure: { reason: 'connection-refused', detail: 'connect ECONNREFUSED' } });
const denied = (candidate: EngineCandidate): CandidateFact => ({ candidate, outcome: 'failed', failure: { reason: 'permission-denied', detail: 'connect EACCES /var/run/docker.sock' } });

/** A healthy Linux machine with Docker Engine on the system socket; tests change one thing at a time. */
function healthy(): DoctorFacts {
  return {
    machine: { platform: 'linux', arch: 'x64', homeDir: HOME, runtimeDir: '/run/user/1000', nodeVersion: '20.11.1', nodeRequired: '>=20' },
    engine: {
      candidates: [{ candidate: systemSocket, outcome: 'answered' }],
      found: { candidate: systemSocket, apiVersion: '1.43', clockOffsetMs: 0 },
    },
    daemon: {
      version: { Version: '24.0.7', ApiVersion: '1.43', MinAPIVersion: '1.12', Os: 'linux', Arch: 'amd64', KernelVersion: '6.1.0', Components: [{ Name: 'Engine', Version: '24.0.7' }] },
      info: {
        ServerVersion: '24.0.7',
        OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
        OSType: 'linux',
        SecurityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
        Name: 'laptop',
        DockerRootDir: '/var/lib/docker',
        Driver: 'overlay2',
        CgroupVersion: '2',
      },
    },
    installed: { podman: false, colima: false, dockerDesktop: false },
    track: { ok: true, id: 'docker-basics', name: 'Docker basics', dir: '/opt/kata/exercises', exercises: 51, images: ['ubuntu', 'nginx'], ports: [8080], containers: ['kata-site'] },
    images: [
      { reference: 'ubuntu', present: true },
      { reference: 'nginx', present: true },
    ],
    ports: [{ port: 8080, free: true, publishedBy: [] }],
    disk: { path: '/var/lib/docker', of: 'docker-root', freeBytes: 40e9, totalBytes: 250e9 },
    state: { file: `${HOME}/.local/state/docker-kata/state.json`, exists: true, writable: true },
  };
}

/** No engine answers: every candidate failed as given. */
function noEngine(facts: DoctorFacts, candidates: CandidateFact[]): DoctorFacts {
  return { ...facts, engine: { candidates }, daemon: undefined, images: [] };
}

const byId = (findings: Finding[], id: string) => {
  const finding = findings.find((candidate) => candidate.id === id);
  expect(finding, `finding ${id} in ${findings.map((f) => f.id).join(', ')}`).toBeDefined();
  return finding!;
};
const problems = (findings: Finding[]) => findings.filter((finding) => finding.status === 'problem');
const withInfo = (facts: DoctorFacts, info: Record<string, unknown>): DoctorFacts => ({ ...facts, daemon: { ...facts.daemon, info: { ...facts.daemon!.info, ...info } } });

describe('diagnose: a healthy set-up', () => {
  it('finds no problem, says which engine and rule, and exits 0', () => {
    const facts = healthy();
    const findings = diagnose(facts);
    expect(problems(findings)).toEqual([]);
    expect(findings.filter((finding) => finding.status === 'warn')).toEqual([]);
    const engine = byId(findings, 'engine');
    expect(engine).toMatchObject({ status: 'ok', title: 'Docker Engine found at unix:///var/run/docker.sock' });
    expect(engine.detail).toContain('rule "default-socket"');
    expect(byId(findings, 'daemon').title).toBe('Docker Engine 24.0.7 (linux/amd64)');
    expect(byId(findings, 'daemon').detail).toContain('cgroup v2');
    expect(byId(findings, 'api-version').status).toBe('ok');
    expect(byId(findings, 'images').status).toBe('ok');
    expect(byId(findings, 'ports')).toMatchObject({ status: 'ok', title: expect.stringContaining('8080') });
    expect(byId(findings, 'disk')).toMatchObject({ status: 'ok', title: expect.stringContaining('40.0 GB') });
    expect(byId(findings, 'state-file').status).toBe('ok');
    expect(byId(findings, 'node').status).toBe('ok');
    expect(doctorExitCode(facts, findings)).toBe(0);
    for (const id of ['docker-desktop', 'podman', 'colima', 'rootless', 'wsl', 'remote']) {
      expect(findings.some((finding) => finding.id === id)).toBe(false);
    }
  });

  it.each([
    ['DOCKER_HOST', 'rule "DOCKER_HOST"'],
    ['flag', 'rule "flag"'],
    ['config-context', 'rule "config-context"'],
  ] as const)('names the rule %s', (rule, words) => {
    const candidate = { ...systemSocket, rule, source: rule === 'config-context' ? 'context "work" (currentContext in /home/ana/.docker/config.json)' : rule };
    const facts = { ...healthy(), engine: { candidates: [{ candidate, outcome: 'answered' as const }], found: { candidate, clockOffsetMs: 0 } } };
    expect(byId(diagnose(facts), 'engine').detail).toContain(words);
  });

  it('lists the candidates that failed before the one that answered, as information', () => {
    const facts = healthy();
    facts.engine = { candidates: [noSocket(systemSocket), { candidate: rootlessSocket, outcome: 'answered' }], found: { candidate: rootlessSocket, clockOffsetMs: 0 } };
    const findings = diagnose(facts);
    expect(byId(findings, 'candidate-1')).toMatchObject({ status: 'info', title: expect.stringContaining('unix:///var/run/docker.sock (nothing there)') });
    expect(problems(findings)).toEqual([]);
  });

  it('mentions another engine that answers after the one used', () => {
    const facts = healthy();
    facts.engine.candidates.push({ candidate: desktopLinuxSocket, outcome: 'also-answers' }, { candidate: desktopSocket, outcome: 'unused', failure: { reason: 'no-socket', detail: 'ENOENT' } });
    const findings = diagnose(facts);
    expect(byId(findings, 'candidate-2')).toMatchObject({ status: 'info', title: expect.stringContaining('Another engine answers too') });
    // Places where nothing answers after the one used are left to --json.
    expect(findings.some((finding) => finding.id === 'candidate-3')).toBe(false);
  });
});

describe('diagnose: no engine answers', () => {
  it('exits 2, lists every place tried, and says how to start Docker on Linux', () => {
    const facts = noEngine(healthy(), defaultSockets.map(noSocket));
    const findings = diagnose(facts);
    const engine = byId(findings, 'engine');
    expect(engine.status).toBe('problem');
    expect(engine.fix).toContain('https://docs.docker.com/engine/install/');
    expect(findings.filter((finding) => finding.id.startsWith('candidate-'))).toHaveLength(4);
    // Missing default sockets are not problems of their own: the engine finding says what to do.
    expect(byId(findings, 'candidate-1').status).toBe('info');
    expect(doctorExitCode(facts, findings)).toBe(2);
    // Images need the engine; ports and the rest are still checked.
    expect(findings.some((finding) => finding.id === 'images')).toBe(false);
    expect(byId(findings, 'ports').status).toBe('ok');
  });

  it('a stopped Docker service: sudo systemctl start docker', () => {
    const findings = diagnose(noEngine(healthy(), [refused(systemSocket), ...defaultSockets.slice(1).map(noSocket)]));
    expect(byId(findings, 'engine').fix).toContain('sudo systemctl start docker');
  });

  it('permission denied on the socket: the docker group', () => {
    const findings = diagnose(noEngine(healthy(), [denied(systemSocket), ...defaultSockets.slice(1).map(noSocket)]));
    expect(byId(findings, 'engine').fix).toContain('sudo usermod -aG docker $USER');
    expect(byId(findings, 'candidate-1').status).toBe('problem');
  });

  it('an explicit address that fails: its own fix, pointing at the setting', () => {
    const candidate = socket('/nonexistent.sock', '--host', 'flag');
    const findings = diagnose(noEngine(healthy(), [noSocket(candidate)]));
    expect(byId(findings, 'engine').fix).toContain('check that --host points at it');
    expect(byId(findings, 'candidate-1')).toMatchObject({ status: 'problem', title: '--host: unix:///nonexistent.sock: nothing there' });
  });

  it('an address Docker cannot use: the lookup explains it', () => {
    const candidate: EngineCandidate = { rule: 'DOCKER_HOST', source: 'DOCKER_HOST', url: 'unix:/var/run/docker.sock', problem: 'DOCKER_HOST is "unix:/var/run/docker.sock", which Docker cannot use: …' };
    const findings = diagnose(noEngine(healthy(), [{ candidate, outcome: 'failed', failure: { reason: 'unusable', detail: candidate.problem! } }]));
    expect(byId(findings, 'candidate-1').detail).toContain('which Docker cannot use');
    expect(byId(findings, 'engine').fix).toContain('DOCKER_HOST');
  });

  it('TLS trouble gets the certificate fix under its candidate', () => {
    const candidate: EngineCandidate = { rule: 'DOCKER_HOST', source: 'DOCKER_HOST', url: 'tcp://10.0.0.5:2376', endpoint: { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: { verify: true, caPath: '/certs/ca.pem' } } };
    const findings = diagnose(noEngine(healthy(), [{ candidate, outcome: 'failed', failure: { reason: 'tls', detail: 'self-signed certificate' } }]));
    expect(byId(findings, 'candidate-1').fix).toContain('/certs');
  });

  it('an engine too old: the engine finding says so, with the versions and the update, not "none answered"', () => {
    const candidate = defaultSockets[0];
    const detail = 'it speaks Engine API 1.23; docker-kata reads 1.24 and newer';
    const findings = diagnose(noEngine(healthy(), [{ candidate, outcome: 'failed', failure: { reason: 'old-api', detail } }]));
    expect(byId(findings, 'engine')).toMatchObject({ status: 'problem', title: `The Docker Engine at ${candidate.url} is too old for docker-kata`, detail });
    expect(byId(findings, 'engine').fix).toContain('Update Docker');
    expect(byId(findings, 'candidate-1').fix).toBeUndefined();
  });
});

describe('diagnose: Docker Desktop', () => {
  it('is detected from OperatingSystem', () => {
    const facts = withInfo(healthy(), { OperatingSystem: 'Docker Desktop' });
    expect(detect(facts).dockerDesktop).toBe(true);
    expect(byId(diagnose(facts), 'docker-desktop').status).toBe('info');
  });

  it('is detected from the socket under ~/.docker/run or ~/.docker/desktop, also through a link', () => {
    for (const candidate of [desktopSocket, desktopLinuxSocket]) {
      const facts = { ...healthy(), engine: { candidates: [], found: { candidate, clockOffsetMs: 0 } } };
      expect(detect(facts).dockerDesktop).toBe(true);
    }
    const linked = { ...healthy(), engine: { candidates: [], found: { candidate: systemSocket, socketRealPath: `${HOME}/.docker/run/docker.sock`, clockOffsetMs: 0 } } };
    expect(detect(linked).dockerDesktop).toBe(true);
  });

  it('not running on a Mac: start it and wait for the whale', () => {
    const facts = noEngine({ ...healthy(), machine: { ...healthy().machine, platform: 'darwin' } }, [systemSocket, desktopSocket, desktopLinuxSocket].map(noSocket));
    const fix = byId(diagnose(facts), 'engine').fix!;
    expect(fix).toContain('wait for the whale icon in the menu bar to stop animating');
  });

  it('not running on Windows: start it; and if it will not install, get it from docker.com, not through an editor extension', () => {
    const pipe: EngineCandidate = { rule: 'default-socket', source: 'default named pipe (Docker Desktop)', url: 'npipe:////./pipe/docker_engine', endpoint: { kind: 'npipe', pipePath: '//./pipe/docker_engine' } };
    const facts = noEngine({ ...healthy(), machine: { ...healthy().machine, platform: 'win32', homeDir: 'C:\\Users\\ana' } }, [noSocket(pipe)]);
    const fix = byId(diagnose(facts), 'engine').fix!;
    expect(fix).toContain('Start Docker Desktop and wait for the whale icon to stop animating');
    expect(fix).toContain('https://www.docker.com/products/docker-desktop/');
    expect(fix).toContain('VS Code');
    expect(fix).toContain('wsl --install');
  });

  it('in Windows-containers mode: a problem, with the switch', () => {
    const facts = withInfo(healthy(), { OSType: 'windows', OperatingSystem: 'Docker Desktop' });
    expect(byId(diagnose(facts), 'windows-containers')).toMatchObject({ status: 'problem', fix: expect.stringContaining('Switch to Linux containers') });
  });

  it('keeps images in its own disk: the disk finding says so', () => {
    const facts = withInfo(healthy(), { OperatingSystem: 'Docker Desktop' });
    facts.disk = { path: `${HOME}/.local/state`, of: 'state-folder', freeBytes: 30e9, totalBytes: 500e9 };
    expect(byId(diagnose(facts), 'disk').detail).toContain('docker system df');
  });
});

describe('diagnose: WSL', () => {
  const wsl = (version: 1 | 2): DoctorFacts => ({ ...healthy(), machine: { ...healthy().machine, wsl: { version, distro: 'Ubuntu' } } });

  it('no engine in WSL 2: start Docker Desktop, turn on WSL integration for the distro, install it from docker.com', () => {
    const facts = noEngine(wsl(2), defaultSockets.map(noSocket));
    const findings = diagnose(facts);
    const fix = byId(findings, 'engine').fix!;
    expect(fix).toContain('wait for the whale icon to stop animating');
    expect(fix).toContain('Docker Desktop › Settings › Resources › WSL integration: turn on your distro (Ubuntu)');
    expect(fix).toContain('https://www.docker.com/products/docker-desktop/');
    expect(byId(findings, 'wsl').title).toContain('Windows Subsystem for Linux 2, distro Ubuntu');
  });

  it('no engine in WSL 1: Docker needs WSL 2', () => {
    const fix = byId(diagnose(noEngine(wsl(1), defaultSockets.map(noSocket))), 'engine').fix!;
    expect(fix).toContain('wsl --set-version Ubuntu 2');
  });

  it('Docker installed inside WSL but stopped: start its service', () => {
    const fix = byId(diagnose(noEngine(wsl(2), [refused(systemSocket), ...defaultSockets.slice(1).map(noSocket)])), 'engine').fix!;
    expect(fix).toContain('sudo service docker start');
  });

  it('with Docker Desktop answering: information only', () => {
    const facts = withInfo(wsl(2), { OperatingSystem: 'Docker Desktop' });
    const findings = diagnose(facts);
    expect(byId(findings, 'wsl')).toMatchObject({ status: 'info', detail: expect.stringContaining('WSL integration') });
    expect(problems(findings)).toEqual([]);
  });

  it.each([
    { name: 'WSL 2 kernel', kernel: 'Linux version 5.15.133.1-microsoft-standard-WSL2 (root@1c602f52c2e4)', env: {}, expected: { version: 2 } },
    { name: 'WSL 1 kernel', kernel: 'Linux version 4.4.0-19041-Microsoft (Microsoft@Microsoft.com)', env: { WSL_DISTRO_NAME: 'Debian' }, expected: { version: 1, distro: 'Debian' } },
    { name: 'only WSL_DISTRO_NAME', kernel: undefined, env: { WSL_DISTRO_NAME: 'Ubuntu' }, expected: { version: 2, distro: 'Ubuntu' } },
    { name: 'plain Linux', kernel: 'Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org)', env: {}, expected: undefined },
  ])('detectWsl: $name', ({ kernel, env, expected }) => {
    expect(detectWsl('linux', kernel, env)).toEqual(expected);
  });

  it('detectWsl: only on Linux', () => {
    expect(detectWsl('win32', 'microsoft', { WSL_DISTRO_NAME: 'Ubuntu' })).toBeUndefined();
  });
});

describe('diagnose: Podman', () => {
  it('is detected from the Podman Engine component of /version, and warned about', () => {
    const facts = healthy();
    facts.daemon!.version = { ...facts.daemon!.version, Version: '4.9.3', Components: [{ Name: 'Podman Engine', Version: '4.9.3' }] };
    const findings = diagnose(facts);
    expect(detect(facts).podman).toBe(true);
    expect(byId(findings, 'podman').status).toBe('warn');
    expect(byId(findings, 'daemon').title).toContain('Podman 4.9.3');
    expect(doctorExitCode(facts, findings)).toBe(0);
  });

  it('installed but its socket not started: systemctl --user start podman.socket and DOCKER_HOST', () => {
    const facts = noEngine({ ...healthy(), installed: { podman: true, colima: false, dockerDesktop: false } }, defaultSockets.map(noSocket));
    const fix = byId(diagnose(facts), 'engine').fix!;
    expect(fix).toContain('systemctl --user start podman.socket');
    expect(fix).toContain('DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock');
  });

  it('its socket is there: point DOCKER_HOST at it', () => {
    const facts = noEngine({ ...healthy(), installed: { podman: true, podmanSocket: '/run/user/1000/podman/podman.sock', colima: false, dockerDesktop: false } }, defaultSockets.map(noSocket));
    expect(byId(diagnose(facts), 'engine').fix).toContain('export DOCKER_HOST=unix:///run/user/1000/podman/podman.sock');
  });

  it('DOCKER_HOST names the Podman socket, which is not there: start it', () => {
    const candidate = socket('/run/user/1000/podman/podman.sock', 'DOCKER_HOST', 'DOCKER_HOST');
    expect(byId(diagnose(noEngine(healthy(), [noSocket(candidate)])), 'engine').fix).toContain('systemctl --user start podman.socket');
  });

  it('a rootless Podman socket under XDG_RUNTIME_DIR is not rootless Docker', () => {
    const candidate = socket('/run/user/1000/podman/podman.sock', 'DOCKER_HOST', 'DOCKER_HOST');
    const facts = { ...healthy(), engine: { candidates: [], found: { candidate, clockOffsetMs: 0 } } };
    facts.daemon!.version = { ...facts.daemon!.version, Components: [{ Name: 'Podman Engine' }] };
    expect(detect(facts)).toMatchObject({ podman: true, rootless: false });
  });
});

describe('diagnose: Colima', () => {
  it('is detected from a socket under ~/.colima (also behind /var/run/docker.sock) or the context name', () => {
    const colimaSocket = socket(`${HOME}/.colima/default/docker.sock`, 'context "colima" (currentContext in /home/ana/.docker/config.json)', 'config-context');
    const facts = { ...healthy(), engine: { candidates: [], found: { candidate: colimaSocket, clockOffsetMs: 0 } } };
    expect(detect(facts).colima).toBe(true);
    expect(byId(diagnose(facts), 'colima').status).toBe('info');
    const linked = { ...healthy(), engine: { candidates: [], found: { candidate: systemSocket, socketRealPath: `${HOME}/.colima/default/docker.sock`, clockOffsetMs: 0 } } };
    expect(detect(linked).colima).toBe(true);
    const byContext = { ...healthy(), engine: { candidates: [], found: { candidate: socket('/tmp/x.sock', 'context "colima" (DOCKER_CONTEXT)', 'DOCKER_CONTEXT'), clockOffsetMs: 0 } } };
    expect(detect(byContext).colima).toBe(true);
  });

  it('installed but stopped: colima start', () => {
    const facts = noEngine({ ...healthy(), machine: { ...healthy().machine, platform: 'darwin' }, installed: { podman: false, colima: true, dockerDesktop: false } }, [systemSocket, desktopSocket].map(noSocket));
    expect(byId(diagnose(facts), 'engine').fix).toContain('`colima start`');
  });

  it('the colima context chosen, its socket gone: colima start', () => {
    const candidate = socket(`${HOME}/.colima/default/docker.sock`, 'context "colima" (currentContext in /home/ana/.docker/config.json)', 'config-context');
    expect(byId(diagnose(noEngine(healthy(), [noSocket(candidate)])), 'engine').fix).toContain('`colima start`');
  });

  it('the colima context is missing while Colima is installed: colima start makes it again', () => {
    const candidate: EngineCandidate = { rule: 'DOCKER_CONTEXT', source: 'context "colima" (DOCKER_CONTEXT)', url: '', problem: 'Docker context "colima" (DOCKER_CONTEXT) does not exist: …' };
    const failed: CandidateFact = { candidate, outcome: 'failed', failure: { reason: 'unusable', detail: candidate.problem! } };
    const installed = { podman: false, colima: true, dockerDesktop: false };
    expect(byId(diagnose(noEngine({ ...healthy(), installed }, [failed])), 'engine').fix).toContain('`colima start`');
    // Without Colima, the lookup's own words say what is wrong.
    expect(byId(diagnose(noEngine(healthy(), [failed])), 'engine').fix).toContain('said under it below');
  });
});

describe('diagnose: rootless Docker', () => {
  it('is detected from SecurityOptions name=rootless', () => {
    const facts = withInfo(healthy(), { SecurityOptions: ['name=seccomp,profile=builtin', 'name=rootless', 'name=cgroupns'] });
    expect(byId(diagnose(facts), 'rootless').status).toBe('info');
  });

  it('is detected from a socket under XDG_RUNTIME_DIR', () => {
    const facts = { ...healthy(), engine: { candidates: [], found: { candidate: rootlessSocket, clockOffsetMs: 0 } } };
    expect(detect(facts).rootless).toBe(true);
  });

  it('warns when the track publishes a port below 1024', () => {
    const facts = withInfo(healthy(), { SecurityOptions: ['name=rootless'] });
    if (facts.track.ok) facts.track.ports = [80, 8080];
    expect(byId(diagnose(facts), 'rootless-ports')).toMatchObject({ status: 'warn', fix: expect.stringContaining('net.ipv4.ip_unprivileged_port_start=80') });
  });
});

describe('diagnose: ports the track uses', () => {
  const withPort = (port: DoctorFacts['ports'][number]): DoctorFacts => ({ ...healthy(), ports: [port] });

  it('taken by a program on this machine: a problem, with how to find it', () => {
    const facts = withPort({ port: 8080, free: false, publishedBy: [] });
    const findings = diagnose(facts);
    const busy = byId(findings, 'port-8080');
    expect(busy).toMatchObject({ status: 'problem', title: 'Port 8080 is taken by a program on this machine' });
    expect(busy.fix).toContain('Stop what uses port 8080');
    expect(busy.fix).toContain('docker ps --filter publish=8080');
    expect(findings.some((finding) => finding.id === 'ports')).toBe(false);
    expect(doctorExitCode(facts, findings)).toBe(1);
  });

  it('published by a container: names it and how to stop it', () => {
    const busy = byId(diagnose(withPort({ port: 8080, free: false, publishedBy: [{ name: 'web', image: 'nginx' }] })), 'port-8080');
    expect(busy).toMatchObject({ status: 'problem', title: 'Port 8080 is published by container `web` (nginx)' });
    expect(busy.fix).toContain('docker stop web');
  });

  it("published by the track's own container: a warning", () => {
    const busy = byId(diagnose(withPort({ port: 8080, free: false, publishedBy: [{ name: 'kata-site', image: 'nginx' }] })), 'port-8080');
    expect(busy.status).toBe('warn');
  });

  it('could not be tested: information', () => {
    const finding = byId(diagnose(withPort({ port: 80, note: 'ports below 1024 can only be tested as root', publishedBy: [] })), 'port-80');
    expect(finding).toMatchObject({ status: 'info', detail: expect.stringContaining('root') });
  });

  it('free ports are one line; busy ones each have their own', () => {
    const facts = { ...healthy(), ports: [{ port: 5000, free: true, publishedBy: [] }, { port: 8080, free: false, publishedBy: [] }, { port: 8081, free: true, publishedBy: [] }] };
    const findings = diagnose(facts);
    expect(byId(findings, 'ports').title).toBe('The ports the track uses are free: 5000, 8081');
    expect(byId(findings, 'port-8080').status).toBe('problem');
  });
});

describe('diagnose: images, disk, API version, remote engines, progress file, Node.js, track', () => {
  it('missing images: a warning, pulled on first use, or now with docker pull', () => {
    const facts = { ...healthy(), images: [{ reference: 'ubuntu', present: true }, { reference: 'nginx', present: false }, { reference: 'registry:2', present: false }] };
    const findings = diagnose(facts);
    const images = byId(findings, 'images');
    expect(images.status).toBe('warn');
    expect(images.title).toBe('2 of the 3 images the track uses are not here yet: nginx, registry:2');
    expect(images.detail).toContain('pulled on first use');
    expect(images.detail).toContain('internet');
    expect(images.fix).toContain('`docker pull nginx`');
    expect(images.fix).toContain('`docker pull registry:2`');
    expect(doctorExitCode(facts, findings)).toBe(0);
  });

  it.each([
    { free: 1.5e9, status: 'warn' },
    { free: 1e8, status: 'problem' },
  ])('little disk space ($free bytes): $status, with docker system df and docker image prune', ({ free, status }) => {
    const facts = { ...healthy(), disk: { path: '/var/lib/docker', of: 'docker-root' as const, freeBytes: free, totalBytes: 100e9 } };
    const disk = byId(diagnose(facts), 'disk');
    expect(disk.status).toBe(status);
    expect(disk.fix).toContain('docker system df');
    expect(disk.fix).toContain('docker image prune');
  });

  it('an Engine API older than docker-kata needs: a problem, update Docker', () => {
    const facts = healthy();
    facts.daemon!.version = { ...facts.daemon!.version, Version: '1.11.2', ApiVersion: '1.23' };
    const findings = diagnose(facts);
    expect(byId(findings, 'api-version')).toMatchObject({ status: 'problem', title: `Engine API 1.23 is too old: docker-kata needs ${minimumApiVersion} or newer` });
    expect(byId(findings, 'api-version').fix).toContain('Update Docker Engine');
    expect(doctorExitCode(facts, findings)).toBe(1);
  });

  it('the API version from the ping header when /version has none', () => {
    const facts = healthy();
    facts.daemon!.version = undefined;
    facts.engine.found!.apiVersion = '1.20';
    expect(byId(diagnose(facts), 'api-version').status).toBe('problem');
  });

  it('compareApiVersions orders numerically', () => {
    expect(compareApiVersions('1.9', '1.24')).toBeLessThan(0);
    expect(compareApiVersions('1.41', '1.24')).toBeGreaterThan(0);
    expect(compareApiVersions('1.24', '1.24')).toBe(0);
  });

  it('an engine on another machine: a warning about ports and bind mounts', () => {
    const candidate: EngineCandidate = { rule: 'DOCKER_HOST', source: 'DOCKER_HOST', url: 'ssh://me@build-box', endpoint: { kind: 'ssh', host: 'build-box', username: 'me' } };
    const facts = { ...healthy(), engine: { candidates: [{ candidate, outcome: 'answered' as const }], found: { candidate, clockOffsetMs: 0 } } };
    expect(byId(diagnose(facts), 'remote').status).toBe('warn');
    const local: EngineCandidate = { ...candidate, url: 'tcp://127.0.0.1:2375', endpoint: { kind: 'tcp', host: '127.0.0.1', port: 2375 } };
    expect(detect({ ...facts, engine: { candidates: [], found: { candidate: local, clockOffsetMs: 0 } } }).remote).toBe(false);
  });

  it('a daemon clock far from this one: information', () => {
    const facts = healthy();
    facts.engine.found!.clockOffsetMs = -42_000;
    expect(byId(diagnose(facts), 'clock').title).toContain('42 s behind');
  });

  it('a daemon that answers the ping but not /version or /info: a problem', () => {
    const facts = { ...healthy(), daemon: { error: 'GET /version: socket hang up; GET /info: socket hang up' } };
    expect(byId(diagnose(facts), 'daemon')).toMatchObject({ status: 'problem', detail: expect.stringContaining('socket hang up') });
  });

  it('a progress file docker-kata cannot write: a problem, with DOCKER_KATA_HOME', () => {
    const facts = { ...healthy(), state: { file: '/home/ana/.local/state/docker-kata/state.json', exists: true, writable: false } };
    const finding = byId(diagnose(facts), 'state-file');
    expect(finding.status).toBe('problem');
    expect(finding.fix).toContain('DOCKER_KATA_HOME');
  });

  it('a damaged progress file: a warning', () => {
    const facts = { ...healthy(), state: { file: '/x/state.json', exists: true, writable: true, damaged: 'not a docker-kata progress file of format 1' } };
    expect(byId(diagnose(facts), 'state-file').status).toBe('warn');
  });

  it('Node.js older than package.json asks: a problem', () => {
    const facts = { ...healthy(), machine: { ...healthy().machine, nodeVersion: '18.19.0' } };
    expect(byId(diagnose(facts), 'node')).toMatchObject({ status: 'problem', fix: expect.stringContaining('Node.js 20') });
    expect(satisfiesMinimum('20.0.0', '>=20')).toBe(true);
    expect(satisfiesMinimum('v22.1.0', '>=20.6')).toBe(true);
    expect(satisfiesMinimum('20.5.9', '>=20.6')).toBe(false);
  });

  it('a track that does not load: a problem, exit 2', () => {
    const facts: DoctorFacts = { ...healthy(), track: { ok: false, dir: '/nope', error: 'There is no track folder at /nope.' }, images: [], ports: [] };
    const findings = diagnose(facts);
    expect(byId(findings, 'track')).toMatchObject({ status: 'problem', detail: 'There is no track folder at /nope.' });
    expect(doctorExitCode(facts, findings)).toBe(2);
  });

  it('formatBytes', () => {
    expect(formatBytes(85_012_345_678)).toBe('85.0 GB');
    expect(formatBytes(730_000_000)).toBe('730 MB');
  });
});

describe('doctorReport (--json) and the checklist', () => {
  it('has engine, daemon and findings', () => {
    const facts = healthy();
    facts.engine.candidates.push({ candidate: desktopSocket, outcome: 'unused', failure: { reason: 'no-socket', detail: 'ENOENT' } });
    const findings = diagnose(facts);
    const report = doctorReport(facts, findings);
    expect(Object.keys(report)).toEqual(['engine', 'daemon', 'findings']);
    expect(report.engine).toMatchObject({ found: true, url: 'unix:///var/run/docker.sock', rule: 'default-socket' });
    expect(report.engine.candidates.map((candidate) => candidate.outcome)).toEqual(['answered', 'unused']);
    expect(report.daemon).toMatchObject({ serverVersion: '24.0.7', apiVersion: '1.43', minApiVersion: '1.12', os: 'linux', arch: 'amd64', cgroupVersion: '2', rootless: false, minimumApiVersion });
    expect(report.findings).toBe(findings);
  });

  it('without an engine: daemon is null', () => {
    const facts = noEngine(healthy(), [noSocket(systemSocket)]);
    expect(doctorReport(facts, diagnose(facts))).toMatchObject({ engine: { found: false, url: null }, daemon: null });
  });

  it('prints ✓ ! ✗ and the fix under a problem', () => {
    const text = renderFindings(
      [
        { id: 'a', status: 'ok', title: 'fine', detail: '' },
        { id: 'b', status: 'warn', title: 'hmm', detail: 'why' },
        { id: 'c', status: 'problem', title: 'broken', detail: 'because', fix: 'do this\nthen that' },
      ],
      true,
      80,
    );
    expect(text).toContain('✓ fine');
    expect(text).toContain('! hmm');
    expect(text).toMatch(/✗ broken\n {4}because\n {4}Fix: do this\n {9}then that/);
    expect(text).toContain('1 problem, 1 warning');
  });
});
