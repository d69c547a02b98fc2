// npm run bench: median wall time of `docker-kata verify` on a passing exercise, beside `node -e 0` and
// `docker ps`, from one run on this machine; `next` and `list` on the built-in track and on a generated
// 500-exercise track (with the track cache warm, and cold); verify again with 1000 unrelated containers on the
// daemon (labelled, created and removed by the bench); then watch's latency: from the moment the learner's docker command
// exits to the moment `docker-kata watch` prints the pass (target: median ≤ 250 ms for `docker run -itd ubuntu`).
// Needs a Docker daemon and the stand-in images (npm run test:images).
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const bin = fileURLToPath(new URL('../bin/docker-kata.js', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'docker-kata-bench-'));
const env = { ...process.env, DOCKER_KATA_HOME: home, FORCE_COLOR: '0' };

function run(command, args, { check = true, cwd = undefined } = {}) {
  const result = spawnSync(command, args, { env, encoding: 'utf8', cwd });
  if (check && result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`);
  }
  return result;
}

function medianMs(command, args, before = () => {}, cwd = undefined) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    before();
    const start = process.hrtime.bigint();
    run(command, args, { cwd });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const dockerSocket = process.env.BENCH_DOCKER_SOCKET ?? '/var/run/docker.sock';

/** node:http and the requests verify makes for exercise 1 (ping, list by image, inspect), nothing more. */
const floorScript = `
import http from 'node:http';
const get = (path) => new Promise((resolve, reject) => http.get({ socketPath: ${JSON.stringify(dockerSocket)}, path }, (response) => {
  let body = ''; response.on('data', (chunk) => (body += chunk)); response.on('end', () => resolve(body));
}).on('error', reject));
await get('/_ping');
const [first] = JSON.parse(await get('/containers/json?all=1&filters=' + encodeURIComponent('{"ancestor":["ubuntu"]}')));
if (first) await get('/containers/' + first.Id + '/json');
`;

const watchRuns = Number(process.env.BENCH_WATCH_RUNS ?? 7);
const watchTargetMs = 250;
const benchLabel = 'docker-kata.bench=true';
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Resolves with the moment (ms, monotonic) the output matched; rejects after a while. */
function waitFor(output, pattern, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(output.text)) return;
      clearTimeout(timer);
      output.listeners.delete(check);
      resolve(output.seenAt);
    };
    const timer = setTimeout(() => {
      output.listeners.delete(check);
      reject(new Error(`watch did not print ${pattern} within ${timeoutMs} ms; it printed:\n${output.text.slice(-2000)}`));
    }, timeoutMs);
    output.listeners.add(check);
    check();
  });
}

/**
 * One measurement: watch (plain line output, its stdin a pipe) with a fresh progress folder; once it has shown its
 * first verdict and settled, the learner's command; the time from that command's exit to watch's pass line.
 * Scenario 'run': exercise 1 of the built-in track and `docker run -itd ubuntu`. Scenario 'exec': a one-exercise
 * track whose check is an exec_start event, and `docker exec <container> true`: no verification can be waiting on
 * the daemon then (see README, Performance), so this is debounce plus one verification.
 */
async function watchLatencyOnce(scenario, execTrack, execContainer) {
  const watchHome = mkdtempSync(join(tmpdir(), 'docker-kata-bench-watch-'));
  const trackArgs = scenario === 'exec' ? ['--track', execTrack] : [];
  const watch = spawn(process.execPath, [bin, ...trackArgs, 'watch'], { env: { ...env, DOCKER_KATA_HOME: watchHome }, stdio: ['pipe', 'pipe', 'pipe'] });
  const output = { text: '', seenAt: 0, listeners: new Set() };
  watch.stdout.on('data', (chunk) => {
    output.text += chunk;
    output.seenAt = now();
    for (const listener of [...output.listeners]) listener();
  });
  watch.stderr.on('data', (chunk) => (output.text += chunk));
  let container;
  try {
    await waitFor(output, /✗ Not yet: /);
    await new Promise((resolve) => setTimeout(resolve, 700)); // let watch's verifications settle
    const passed = waitFor(output, /✓ Passed: /);
    const args = scenario === 'exec' ? ['exec', execContainer, 'true'] : ['run', '-itd', '--label', benchLabel, 'ubuntu'];
    const learner = spawn('docker', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    learner.stdout.on('data', (chunk) => (printed += chunk));
    const exitedAt = await new Promise((resolve, reject) => {
      learner.on('error', reject);
      learner.on('exit', (code) => (code === 0 ? resolve(now()) : reject(new Error(`docker ${args[0]} exited ${code}`))));
    });
    if (scenario === 'run') container = printed.trim();
    return (await passed) - exitedAt;
  } finally {
    watch.stdin.end('q\n');
    await new Promise((resolve) => (watch.exitCode !== null ? resolve() : watch.on('exit', resolve)));
    if (container) run('docker', ['rm', '-f', container], { check: false });
    rmSync(watchHome, { recursive: true, force: true });
  }
}

/** One Engine API request over the default socket (the bench's own containers only): JSON in, JSON out. */
function engine(method, path, body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath: dockerSocket, method, path, headers: { 'Content-Type': 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => (response.statusCode < 300 ? resolve(text ? JSON.parse(text) : undefined) : reject(new Error(`${method} ${path}: ${response.statusCode} ${text}`))));
    });
    request.on('error', reject);
    request.end(body ? JSON.stringify(body) : undefined);
  });
}

/** Runs `work` on every item, `width` at a time. */
async function inParallel(items, width, work) {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length) await work(queue.shift());
  }));
}

/** A track of `modules` × `perModule` exercises, in a temporary folder. */
function generatedTrack(modules, perModule) {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-bench-big-'));
  writeFileSync(join(dir, 'track.yaml'), 'format: 1\nid: bench-big\nname: Bench, big\n');
  for (let module = 1; module <= modules; module++) {
    const folder = join(dir, `${String(module).padStart(2, '0')}-module-${module}`);
    mkdirSync(folder);
    for (let index = 1; index <= perModule; index++) {
      const id = `m${module}-e${index}`;
      writeFileSync(
        join(folder, `${String(index).padStart(2, '0')}-${id}.yaml`),
        `format: 1\nid: ${id}\ntitle: Exercise ${id}\ninstructions: |\n  Run a container from ubuntu, with a terminal.\n\n  \`\`\`\n  docker run -itd ubuntu\n  \`\`\`\n` +
          `hints: [Use docker run., Add -itd.]\nchecks:\n  - kind: container\n    image: ubuntu\n    expect:\n      state: running\n      tty: true\n`,
      );
    }
  }
  return dir;
}

let container;
let bigTrack;
const crowd = [];
let execTrack;
let execContainer;
try {
  run(process.execPath, [bin, 'next']);
  container = run('docker', ['run', '-itd', '--label', 'docker-kata.bench=true', 'ubuntu']).stdout.trim();
  const node = medianMs(process.execPath, ['-e', '0']);
  const dockerPs = medianMs('docker', ['ps']);
  // Each passing verify moves the learner on, so go back to exercise 1 (untimed) before every run.
  const verify = medianMs(process.execPath, [bin, 'verify'], () => run(process.execPath, [bin, 'goto', '1']));
  // Where verify's time goes: the floor (node, node:http and the requests a verify of exercise 1 makes, with
  // nothing of docker-kata) and the two packages every command loads (commander for the command line, chalk).
  // As a file, like bin/docker-kata.js; the packages' cost is measured against an empty ES module run the same way.
  const floorFile = join(home, 'floor.mjs');
  writeFileSync(floorFile, floorScript);
  const floor = medianMs(process.execPath, [floorFile]);
  const emptyModule = medianMs(process.execPath, ['--input-type=module', '-e', ''], () => {}, packageRoot);
  const packages = medianMs(process.execPath, ['--input-type=module', '-e', "await import('commander'); await import('chalk');"], () => {}, packageRoot);
  const next = medianMs(process.execPath, [bin, 'next']);
  const list = medianMs(process.execPath, [bin, 'list']);
  bigTrack = generatedTrack(50, 10);
  const big = ['--track', bigTrack];
  run(process.execPath, [bin, ...big, 'next']);
  const nextBig = medianMs(process.execPath, [bin, ...big, 'next']);
  const listBig = medianMs(process.execPath, [bin, ...big, 'list']);
  const listBigCold = medianMs(process.execPath, [bin, ...big, 'list'], () => rmSync(join(home, 'track-cache'), { recursive: true, force: true }));
  // 1000 unrelated containers (alpine, created and never started), as on a busy machine.
  const crowdSize = Number(process.env.BENCH_CROWD ?? 1000);
  // Measured again just before the crowd arrives, so the two verify numbers compared come from the same minute.
  const verifyEmpty = medianMs(process.execPath, [bin, 'verify'], () => run(process.execPath, [bin, 'goto', '1']));
  await inParallel(Array.from({ length: crowdSize }, (_, index) => index), 16, async () => {
    const made = await engine('POST', '/containers/create', { Image: 'alpine', Cmd: ['true'], Labels: { 'docker-kata.bench': 'true' } });
    crowd.push(made.Id);
  });
  await new Promise((resolve) => setTimeout(resolve, 2000)); // let the daemon settle after 1000 creates
  const verifyCrowd = medianMs(process.execPath, [bin, 'verify'], () => run(process.execPath, [bin, 'goto', '1']));
  const dockerPsCrowd = medianMs('docker', ['ps', '-a']);
  await inParallel(crowd.splice(0), 16, (id) => engine('DELETE', `/containers/${id}?force=1`));

  // The same number of stopped ubuntu containers, made before the exercise started: what every `docker run -it
  // ubuntu` of a course leaves behind. verify must not inspect them one by one.
  await inParallel(Array.from({ length: crowdSize }, (_, index) => index), 16, async () => {
    const made = await engine('POST', '/containers/create', { Image: 'ubuntu', Cmd: ['true'], Labels: { 'docker-kata.bench': 'true' } });
    crowd.push(made.Id);
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  // Exercise 1 starts again now, after them; the learner's container is made after that.
  run(process.execPath, [bin, 'reset', '1']);
  run(process.execPath, [bin, 'goto', '1']);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  run('docker', ['rm', '-f', container], { check: false });
  container = run('docker', ['run', '-itd', '--label', 'docker-kata.bench=true', 'ubuntu']).stdout.trim();
  const verifyOldSameImage = medianMs(process.execPath, [bin, 'verify'], () => run(process.execPath, [bin, 'goto', '1']));
  await inParallel(crowd.splice(0), 16, (id) => engine('DELETE', `/containers/${id}?force=1`));

  const rows = [
    ['node -e 0', node, 1],
    ['docker ps', dockerPs],
    ['docker-kata verify (passing)', verify, 1.5],
    ['docker-kata next', next, 1.5],
    ['docker-kata list', list, 1.5],
    ['next, 500 exercises', nextBig],
    ['list, 500 exercises', listBig],
    ['list, 500 exercises, cache cold', listBigCold],
    [`verify, ${crowdSize} more containers`, verifyCrowd],
    [`docker ps -a, ${crowdSize} more containers`, dockerPsCrowd],
    [`verify, ${crowdSize} older ubuntu containers`, verifyOldSameImage],
  ];
  console.log(`median wall time of ${runs} runs each, on this machine:\n`);
  for (const [name, ms, target] of rows) {
    const goal = target && target !== 1 ? `   (target ≤ ${target}×: ${ms / node <= target ? 'met' : 'not met'})` : '';
    console.log(`  ${name.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / node).toFixed(2).padStart(5)}× node -e 0${goal}`);
  }
  console.log(`\n  verify / docker ps: ${(verify / dockerPs).toFixed(2)}×`);
  const share = (ms) => `${ms.toFixed(1).padStart(6)} ms  ${((ms / node) * 100).toFixed(0).padStart(4)}% of node -e 0`;
  console.log(`\n  where verify's ${verify.toFixed(1)} ms go (differences of medians, so roughly):`);
  console.log(`    node itself                                  ${share(node)}`);
  console.log(`    node:http and the engine's answers           ${share(floor - node)}   (the floor: ${(floor / node).toFixed(2)}× node -e 0)`);
  console.log(`    commander and chalk                          ${share(packages - emptyModule)}`);
  console.log(`    docker-kata: its modules, track, progress    ${share(verify - floor - (packages - emptyModule))}`);
  const crowdRatio = verifyCrowd / verifyEmpty;
  console.log(
    `  verify with ${crowdSize} more containers (${verifyCrowd.toFixed(1)} ms) / verify just before (${verifyEmpty.toFixed(1)} ms): ` +
      `${crowdRatio.toFixed(3)}× (target ≤ 1.1×: ${crowdRatio <= 1.1 ? 'met' : 'not met'})`,
  );
  const sameImageRatio = verifyOldSameImage / verifyEmpty;
  console.log(
    `  verify with ${crowdSize} older containers of the exercise's image (${verifyOldSameImage.toFixed(1)} ms) / without (${verifyEmpty.toFixed(1)} ms): ` +
      `${sameImageRatio.toFixed(3)}× (target ≤ 1.1×: ${sameImageRatio <= 1.1 ? 'met' : 'not met'})`,
  );

  console.log(`\nwatch: from the learner's docker command exiting to the pass on screen, median of ${watchRuns} runs each:\n`);
  // The exec scenario's track and container.
  execTrack = mkdtempSync(join(tmpdir(), 'docker-kata-bench-track-'));
  mkdirSync(join(execTrack, '01-exec'));
  writeFileSync(join(execTrack, 'track.yaml'), 'format: 1\nid: bench-exec\nname: Bench\n');
  writeFileSync(
    join(execTrack, '01-exec', '01-exec.yaml'),
    'format: 1\nid: exec\ntitle: An exec\ninstructions: Run docker exec.\nhints: [a, b]\nchecks:\n' +
      `  - kind: event\n    actions: [exec_start]\n    actor:\n      label: { docker-kata.bench: "true" }\n`,
  );
  execContainer = run('docker', ['run', '-itd', '--label', benchLabel, 'ubuntu']).stdout.trim();
  const results = {};
  for (const [scenario, name] of [['run', 'docker run -itd ubuntu'], ['exec', 'docker exec <container> true']]) {
    const times = [];
    for (let index = 0; index < watchRuns; index++) times.push(await watchLatencyOnce(scenario, execTrack, execContainer));
    results[scenario] = median(times);
    console.log(`  ${name.padEnd(46)} ${results[scenario].toFixed(0).padStart(5)} ms   (each: ${times.map((ms) => ms.toFixed(0)).join(', ')})`);
  }
  console.log(`\n  target, median ≤ ${watchTargetMs} ms for docker run -itd ubuntu: ${results.run <= watchTargetMs ? 'met' : 'NOT met'}`);
} finally {
  if (container) run('docker', ['rm', '-f', container], { check: false });
  if (crowd.length) await inParallel(crowd, 16, (id) => engine('DELETE', `/containers/${id}?force=1`).catch(() => {}));
  if (bigTrack) rmSync(bigTrack, { recursive: true, force: true });
  if (execContainer) run('docker', ['rm', '-f', execContainer], { check: false });
  if (execTrack) rmSync(execTrack, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
}
