/**
 * `docker-kata clean` and `reset <exercise> --clean` against the real Docker Engine, on a daemon that also holds
 * objects the track does not declare: those must survive, every time.
 *
 * The test writes a small track of its own whose declared names carry a prefix unique to this run (`kce…`), so
 * that `clean --yes` can only ever reach objects this test made, even on a daemon shared with other work (the
 * built-in track's names, like `app` or `db`, could belong to anybody). The objects are made as a learner makes
 * them, with the real docker CLI, and carry the label docker-kata.test=clean-e2e.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docker, kata, learnerHome, requireDocker } from './support/kata.js';
import { recordingProxy } from './support/proxy.js';

const label = 'docker-kata.test=clean-e2e';
const prefix = `kce${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Declared by the test track. */
const own = `${prefix}-ubuntu`; // a container, as `docker run -d --name my-ubuntu ubuntu`
const member = `${prefix}-member`; // a container on the declared network
const net = `${prefix}-app`; // a network, as `docker network create app`
const vol = `${prefix}-data`; // a volume, as `docker volume create kata-data`
const tag = `${prefix}-app:1`; // a second tag of ubuntu, as `docker tag ubuntu kata-app:1`
const committed = `${prefix}-committed:latest`; // an image of its own, made by `docker commit`

/** Not declared: these must survive every clean. */
const other = `${prefix}-other`;
const otherNet = `${prefix}-other-net`;
const otherVol = `${prefix}-other-vol`;
const otherTag = `${prefix}-other:1`;
let randomNamed = ''; // a container Docker named, as `docker run -d ubuntu`
let otherId = ''; // the full ID of `other`; the track declares a container named like its ID prefix
let otherNetId = '';


const exists = async (...args: string[]) => (await execa('docker', [...args], { reject: false })).exitCode === 0;
const containerExists = (name: string) => exists('container', 'inspect', name);
const networkExists = (name: string) => exists('network', 'inspect', name);
const volumeExists = (name: string) => exists('volume', 'inspect', name);
const imageExists = (name: string) => exists('image', 'inspect', name);
const imageId = (name: string) => docker('image', 'inspect', '--format', '{{.Id}}', name);
/** Output as one line: the listing wraps nothing, but keep the assertions independent of layout. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The declared objects, made the way a learner makes them. */
async function makeDeclared(): Promise<void> {
  if (!(await containerExists(own))) await docker('run', '-d', '--label', label, '--name', own, 'ubuntu', 'sleep', '600');
  if (!(await networkExists(net))) await docker('network', 'create', '--label', label, net);
  if (!(await containerExists(member))) await docker('run', '-d', '--label', label, '--net', net, '--name', member, 'ubuntu', 'sleep', '600');
  if (!(await volumeExists(vol))) await docker('volume', 'create', '--label', label, vol);
  await docker('tag', 'ubuntu', tag);
  if (!(await imageExists(committed))) await docker('commit', '--change', `LABEL ${label}`, other, committed);
}


/** A track of six exercises; the last two declare names that are ID prefixes of the unrelated container and network. */
function writeTrack(dir: string): void {
  const exercise = (folder: string, file: string, id: string, creates: string) => {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(
      join(dir, folder, file),
      [
        'format: 1',
        `id: ${id}`,
        `title: ${id}`,
        'instructions: Make it.',
        'hints: [one, two]',
        creates,
        'checks:',
        '  - kind: daemon',
        '    where:',
        '      - { path: ServerVersion, exists: true }',
        '',
      ].join('\n'),
    );
  };
  writeFileSync(join(dir, 'track.yaml'), `format: 1\nid: ${prefix}\nname: Clean test\n`);
  exercise('01-clean', '01-own.yaml', 'own', `creates:\n  containers: ['${own}']\nuses:\n  images: [ubuntu]`);
  exercise('01-clean', '02-network.yaml', 'network', `creates:\n  networks: ['${net}']\n  containers: ['${member}']`);
  exercise('01-clean', '03-volume.yaml', 'volume', `creates:\n  volumes: ['${vol}']`);
  exercise('01-clean', '04-images.yaml', 'images', `creates:\n  images: ['${tag}', '${committed}']`);
  exercise('01-clean', '05-prefix.yaml', 'prefix', `creates:\n  containers: ['${otherId.slice(0, 12)}']\n  networks: ['${otherNetId.slice(0, 12)}']`);
  exercise('01-clean', '06-nothing.yaml', 'nothing', '# declares nothing');
}

describe('docker-kata clean', () => {
  let home: { home: string; remove(): void };
  let trackDir: string;
  let ubuntuId: string;
  const clean = (args: string[], env: Record<string, string> = {}) => kata(home.home, ['--track', trackDir, ...args], env);

  beforeAll(async () => {
    await requireDocker();
    ubuntuId = await imageId('ubuntu');
    await docker('run', '-d', '--label', label, '--name', other, 'ubuntu', 'sleep', '600');
    otherId = await docker('inspect', '--format', '{{.Id}}', other);
    randomNamed = (await docker('inspect', '--format', '{{.Name}}', await docker('run', '-d', '--label', label, 'ubuntu', 'sleep', '600'))).slice(1);
    otherNetId = await docker('network', 'create', '--label', label, otherNet);
    await docker('volume', 'create', '--label', label, otherVol);
    await docker('tag', 'ubuntu', otherTag);
    home = learnerHome();
    trackDir = mkdtempSync(join(tmpdir(), 'docker-kata-clean-track-'));
    writeTrack(trackDir);
  });

  beforeEach(makeDeclared);

  afterAll(async () => {
    // Only what this test made: its label, or its unique prefix.
    const mine = async (...args: string[]) => (await execa('docker', args, { reject: false })).stdout.split('\n').filter(Boolean);
    for (const id of await mine('ps', '-aq', '--filter', `label=${label}`)) await execa('docker', ['rm', '-f', id], { reject: false });
    for (const id of await mine('network', 'ls', '-q', '--filter', `label=${label}`)) await execa('docker', ['network', 'rm', id], { reject: false });
    for (const name of await mine('volume', 'ls', '-q', '--filter', `label=${label}`)) await execa('docker', ['volume', 'rm', name], { reject: false });
    for (const image of await mine('images', '--format', '{{.Repository}}:{{.Tag}}')) {
      if (image.startsWith(`${prefix}-`)) await execa('docker', ['rmi', '--no-prune', image], { reject: false });
    }
    home?.remove();
    if (trackDir) rmSync(trackDir, { recursive: true, force: true });
  });

  /** Everything not declared is still there, and ubuntu is still ubuntu. */
  async function expectUnrelatedSurvive(): Promise<void> {
    expect(await containerExists(other)).toBe(true);
    expect(await containerExists(randomNamed)).toBe(true);
    expect(await networkExists(otherNet)).toBe(true);
    expect(await volumeExists(otherVol)).toBe(true);
    expect(await imageId(otherTag)).toBe(ubuntuId);
    expect(await imageId('ubuntu')).toBe(ubuntuId);
  }

  it('--dry-run lists the declared objects that exist, and removes nothing', async () => {
    const run = await clean(['clean', '--dry-run']);
    expect(run.exitCode, run.stderr).toBe(0);
    const text = flat(run.stdout);
    for (const name of [own, member, net, vol, tag, committed]) expect(text).toContain(name);
    expect(text).toContain('These 6 objects, which the track "Clean test" asked you to create, exist on your Docker daemon');
    expect(text).toMatch(/Containers .* Networks .* Volumes .* Images \(tags\)/);
    expect(text).toContain(`${own} from ubuntu, running (it is stopped first) · exercise 1 own`);
    expect(text).toContain(`${net} bridge network, connected: ${member}`);
    expect(text).toMatch(new RegExp(`${tag} tag of image ${ubuntuId.slice(7, 19)}; only the tag goes, the image stays as .*ubuntu:latest`));
    expect(text).toContain('Dry run: nothing was removed.');
    // Not declared, or found only by ID prefix: never listed (a tag's line may name the image's other tags).
    for (const name of [other, randomNamed, otherNet, otherVol]) expect(text).not.toMatch(new RegExp(`${name}(?![-:\\w])`));
    expect(text).not.toContain(`${otherTag} tag of`);

    const json = JSON.parse((await clean(['clean', '--dry-run', '--json'])).stdout) as { dryRun: boolean; declared: number; objects: Array<{ kind: string; name: string }>; removed: null };
    expect(json).toMatchObject({ dryRun: true, declared: 8, removed: null });
    expect(json.objects.map((object) => `${object.kind} ${object.name}`)).toEqual([
      `container ${own}`,
      `container ${member}`,
      `network ${net}`,
      `volume ${vol}`,
      `image ${tag}`,
      `image ${committed}`,
    ]);

    for (const name of [own, member]) expect(await containerExists(name)).toBe(true);
    expect(await networkExists(net)).toBe(true);
    expect(await volumeExists(vol)).toBe(true);
    expect(await imageExists(tag)).toBe(true);
    expect(await imageExists(committed)).toBe(true);
    await expectUnrelatedSurvive();
  });

  it('asks first, and without a terminal refuses (exit 2) and names --yes', async () => {
    const run = await clean(['clean']);
    expect(run.exitCode).toBe(2);
    expect(flat(run.stderr)).toContain('docker-kata clean --yes');
    expect(await containerExists(own)).toBe(true);
    expect(await imageExists(tag)).toBe(true);
  });

  it('--yes removes exactly the declared objects, and the image tags without the images others hold', async () => {
    const committedId = await imageId(committed);
    const run = await clean(['clean', '--yes']);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const text = flat(run.stdout);
    expect(text).toContain(`✓ removed container ${own}`);
    expect(text).toContain(`✓ removed network ${net}`);
    expect(text).toContain(`✓ removed volume ${vol}`);
    expect(text).toMatch(new RegExp(`✓ removed the tag ${tag}; the image itself stays as .*ubuntu:latest`));
    expect(text).toContain(`✓ removed image ${committed}`);
    expect(text).toContain('Done: 6 removed.');

    for (const name of [own, member]) expect(await containerExists(name)).toBe(false);
    expect(await networkExists(net)).toBe(false);
    expect(await volumeExists(vol)).toBe(false);
    expect(await imageExists(tag)).toBe(false);
    expect(await imageExists(committedId)).toBe(false);
    await expectUnrelatedSurvive();

    const again = await clean(['clean', '--yes']);
    expect(again.exitCode).toBe(0);
    expect(flat(again.stdout)).toContain('nothing to remove');
  });

  it('says what it could not remove and why, leaves it, and exits 1', async () => {
    // A container the track does not declare, on the declared network: the network stays.
    const squatter = `${prefix}-squatter`;
    await docker('run', '-d', '--label', label, '--net', net, '--name', squatter, 'ubuntu', 'sleep', '600');
    try {
      const run = await clean(['clean', '--yes']);
      expect(run.exitCode).toBe(1);
      const text = flat(run.stdout);
      expect(text).toContain(`✗ network ${net} is still in use by your container ${squatter} — not removed`);
      expect(text).toContain(`✓ removed container ${member}`);
      expect(text).toContain('5 removed, 1 not');
      expect(await networkExists(net)).toBe(true);
      expect(await containerExists(squatter)).toBe(true);
      await expectUnrelatedSurvive();
    } finally {
      await docker('rm', '-f', squatter);
    }
  });

  it('reset <exercise> --clean removes that exercise\'s objects only; without it, a script gets the hint', async () => {
    const hint = await clean(['reset', 'own']);
    expect(hint.exitCode).toBe(0);
    expect(flat(hint.stdout)).toContain('starts afresh');
    expect(flat(hint.stdout)).toContain(`This object, which exercise 1 (own) asked you to create, exists on your Docker daemon: Containers ${own}`);
    expect(flat(hint.stdout)).toContain('To remove them too, run: docker-kata reset own --clean');
    expect(await containerExists(own)).toBe(true);

    const reset = await clean(['reset', 'own', '--clean']);
    expect(reset.exitCode, reset.stdout + reset.stderr).toBe(0);
    expect(flat(reset.stdout)).toContain(`✓ removed container ${own}`);
    expect(await containerExists(own)).toBe(false);
    // The other exercises' objects are not this exercise's business.
    expect(await networkExists(net)).toBe(true);
    expect(await containerExists(member)).toBe(true);
    expect(await imageExists(tag)).toBe(true);
    await expectUnrelatedSurvive();

    const nothing = await clean(['reset', 'nothing', '--clean']);
    expect(nothing.exitCode).toBe(0);
    expect(nothing.stdout).toContain('asks you to create no Docker objects by name');
  });

  it('clean --dry-run sends only GET and HEAD to the Engine API; clean --yes deletes only what it listed', async () => {
    const proxy = await recordingProxy();
    try {
      const dry = await clean(['--host', proxy.host, 'clean', '--dry-run']);
      expect(dry.exitCode, dry.stderr).toBe(0);
      expect(dry.stdout).toContain(own);
      const builtIn = await kata(home.home, ['--host', proxy.host, 'clean', '--dry-run', '--json']);
      expect(builtIn.exitCode, builtIn.stderr).toBe(0);
      expect(proxy.requests.some((line) => /^GET \S*\/containers\/[^/]+\/json/.test(line))).toBe(true);
      expect(proxy.requests.filter((line) => !/^(GET|HEAD) /.test(line))).toEqual([]);

      proxy.requests.length = 0;
      const ownId = await docker('inspect', '--format', '{{.Id}}', own);
      const memberId = await docker('inspect', '--format', '{{.Id}}', member);
      const netId = await docker('network', 'inspect', '--format', '{{.Id}}', net);
      const run = await clean(['--host', proxy.host, 'clean', '--yes']);
      expect(run.exitCode, run.stdout).toBe(0);
      const writes = proxy.requests.filter((line) => !/^(GET|HEAD) /.test(line)).map((line) => decodeURIComponent(line.replace(/^DELETE \/v[\d.]+\//, 'DELETE /')));
      expect(writes.map((line) => line.replace(/\?.*$/, ''))).toEqual([
        `DELETE /containers/${ownId}`,
        `DELETE /containers/${memberId}`,
        `DELETE /networks/${netId}`,
        `DELETE /volumes/${vol}`,
        `DELETE /images/${tag}`,
        `DELETE /images/${committed}`,
      ]);
      // Containers are forced (stopped first); image tags are neither forced nor pruned.
      expect(writes[0]).toMatch(/force=true/);
      expect(writes[4]).toMatch(/force=false/);
      expect(writes[4]).toMatch(/noprune=true/);
      await expectUnrelatedSurvive();
    } finally {
      await proxy.close();
    }
  });
});
