// npm run bench: median wall time of `docker-kata verify` on a passing exercise, beside `node -e 0` and
// `docker ps`, from one run on this machine. Needs a Docker daemon and the stand-in images (npm run test:images).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const bin = fileURLToPath(new URL('../bin/docker-kata.js', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'docker-kata-bench-'));
const env = { ...process.env, DOCKER_KATA_HOME: home, FORCE_COLOR: '0' };

function run(command, args, { check = true } = {}) {
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  if (check && result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`);
  }
  return result;
}

function medianMs(command, args, before = () => {}) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    before();
    const start = process.hrtime.bigint();
    run(command, args);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let container;
try {
  run(process.execPath, [bin, 'next']);
  container = run('docker', ['run', '-itd', '--label', 'docker-kata.bench=true', 'ubuntu']).stdout.trim();
  const node = medianMs(process.execPath, ['-e', '0']);
  const dockerPs = medianMs('docker', ['ps']);
  // Each passing verify moves the learner on, so go back to exercise 1 (untimed) before every run.
  const verify = medianMs(process.execPath, [bin, 'verify'], () => run(process.execPath, [bin, 'goto', '1']));
  const rows = [
    ['node -e 0', node],
    ['docker ps', dockerPs],
    ['docker-kata verify (passing)', verify],
  ];
  console.log(`median wall time of ${runs} runs each, on this machine:\n`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / node).toFixed(2)}× node -e 0`);
  console.log(`\n  verify / docker ps: ${(verify / dockerPs).toFixed(2)}×`);
} finally {
  if (container) run('docker', ['rm', '-f', container], { check: false });
  rmSync(home, { recursive: true, force: true });
}
