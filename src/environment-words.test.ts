/**
 * The catalogues of the engine lookup, failures, doctor, clean, watch, dev check and the progress file: complete in
 * nb and nl, every message function showing what it is given, and a few outputs as a learner sees them.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planClean } from './clean/plan.js';
import { cleanWords } from './clean/words.js';
import { summary, tableHeader, tableLayout, tableRow } from './dev/report.js';
import { devWords } from './dev/words.js';
import type { ExerciseOutcome } from './dev/check.js';
import { diagnose } from './doctor/diagnose.js';
import type { DoctorFacts } from './doctor/facts.js';
import { doctorWords } from './doctor/words.js';
import { attemptAdvice, EngineNotFoundError, findEngine } from './engine/connect.js';
import { engineCandidates, sourceLabel, type LookupSettings } from './engine/lookup.js';
import type { ProbeFunction } from './engine/probe.js';
import { words as engineWords } from './engine/words.js';
import { describeFailure } from './failure.js';
import { failureWords } from './failure-words.js';
import { setLanguage } from './i18n/current.js';
import type { Language } from './i18n/language.js';
import { loadState } from './progress/state.js';
import { progressWords } from './progress/words.js';
import { fitLines } from './watch/screen.js';
import { watchWords } from './watch/words.js';
import { describeLoss } from './watch/feed.js';

const catalogues: Record<string, object> = {
  engine: engineWords,
  failure: failureWords,
  doctor: doctorWords,
  clean: cleanWords,
  watch: watchWords,
  dev: devWords,
  progress: progressWords,
};

/**
 * Arguments to call each message function with, by path. `shows` lists what the output must contain; by default
 * every string and number among the arguments (array items and object fields too, except a `kind`).
 */
const samples: Record<string, { args: unknown[]; shows?: string[] }> = {
  'engine.why.unknownScheme': { args: ['foo'] },
  'engine.why.badPort': { args: ['99999'] },
  'engine.badAddress': { args: [{ kind: 'DOCKER_HOST' }, 'unix:nope', 'WHY', 'unix:///nope'] },
  'engine.missingContext': { args: [{ name: 'colima', configPath: '/h/.docker/config.json' }, '/h/meta.json'] },
  'engine.brokenContext': {
    args: [{ name: 'colima' }, '/h/meta.json', 'no-host'],
    shows: ['colima', '/h/meta.json', 'DOCKER_CONTEXT', 'Endpoints.docker.Host', '`docker context rm colima`'],
  },
  'engine.notAnAddress': { args: ['tcp://x'] },
  'engine.source.defaultSocket': { args: ['OWNER'] },
  'engine.source.context': { args: ['colima', '/h/.docker/config.json'] },
  'engine.connect.fix.noSocket': { args: ['DOCKER_HOST'], shows: ['DOCKER_HOST', '`sudo systemctl start docker`'] },
  'engine.connect.fix.connectionRefused': { args: ['--host'], shows: ['--host', '`sudo systemctl start docker`'] },
  'engine.connect.fix.timeout': { args: ['tcp://10.0.0.5:2375'] },
  'engine.connect.fix.tls': { args: ['/certs'], shows: ['/certs', 'ca.pem', 'cert.pem/key.pem'] },
  'engine.connect.fix.notDocker': { args: ['unix:///x.sock', 'DOCKER_HOST'] },
  'engine.connect.fix.ssh': { args: ['ana@host -p 2222'], shows: ['`ssh ana@host -p 2222 docker version`', '`ssh-add -l`'] },
  'failure.daemonTimeout': { args: ['ETIMEDOUT'], shows: ['ETIMEDOUT', '`docker ps`'] },
  'failure.daemonRefused': { args: ['conflict'] },
  'failure.connectionLost': { args: ['ECONNRESET'] },
  'failure.unexpected': { args: ['boom', 'STACK'] },
  'doctor.portListFailed': { args: ['EOOPS'] },
  'doctor.portPrivileged': { args: ['127.0.0.1', 80] },
  'doctor.portListenFailed': { args: ['0.0.0.0', 8080, 'EINVAL'] },
  'clean.container': { args: ['ubuntu', 'running', true] },
  'clean.service': { args: ['nginx:latest', 2] },
  'clean.network': { args: ['bridge', ['web', 'db']] },
  'clean.volume': { args: ['nfs', ['db']] },
  'clean.image': { args: ['1a2b3c4d5e6f', ['ubuntu:latest']] },
  'watch.loss.reported': { args: ['shutting down'] },
  'watch.journalBroken': { args: ['/s/events.jsonl', 'EACCES'] },
  'dev.mayPass': { args: ['REASON'] },
  'dev.mayPassUnsolved': { args: ['REASON'] },
  'dev.skipped': { args: ['REASON'] },
  'dev.skippedCount': { args: [3], shows: ['3'] },
  'dev.interrupted': { args: [3, 14] },
  'dev.allProven': { args: [14] },
  'dev.missed': { args: [2, 14] },
  'dev.cleanUpRemoved': { args: [5] },
  'dev.removed': { args: ['container abc'] },
  'dev.cleanUpFailed': { args: ['EBUSY'] },
  'dev.temporaryFolderKept': { args: ['/tmp/x', 'EBUSY'] },
  'dev.fromOutOfRange': { args: ['99', 14] },
  'dev.fromUnknown': { args: ['pul', ' (did you mean "pull"?)'] },
  'dev.badRegistry': { args: ['nohost'], shows: ['nohost', 'HOST:PORT', '--registry 127.0.0.1:5000'] },
  'dev.missingSolutions': { args: [3] },
  'dev.cannotProve': { args: ['PROBLEMS'], shows: ['PROBLEMS', 'dev check', '"Proving a track: dev check"'] },
  'dev.answerNotFound': { args: ['(\\d+)', 7], shows: ['"# answer: (\\d+)"', '7'] },
  'dev.replayFailed': { args: [1, 'run-ubuntu', ['OBSERVED']], shows: ['1 run-ubuntu', 'OBSERVED'] },
  'dev.caseVerdict.phraseMissing': { args: ['PHRASE'] },
  'dev.noCases': { args: [3] },
  'dev.casesMissed': { args: [2, 14] },
  'dev.casesProven': { args: [14] },
  'progress.unreadable': { args: ['/s/state.json', 'EACCES'] },
  'progress.damagedStuck': { args: ['/s/state.json', 'bad JSON', 'EPERM'] },
  'progress.damagedKept': { args: ['/s/state.json', 'bad JSON', '/s/state.json.corrupt-1'] },
  'progress.cannotSave': { args: ['/s/state.json', 'EROFS'], shows: ['/s/state.json', 'EROFS', 'DOCKER_KATA_HOME'] },
  'progress.noExercises': { args: ['docker-basics'], shows: ['docker-basics', 'exercises'] },
  'progress.notATime': { args: ['run-ubuntu', 'startedAt', 'yesterday'] },
};

/** Entries a language may word as English does: product names, and Dutch that happens to read the same. */
const sameAsEnglish: Record<'nb' | 'nl', string[]> = {
  nb: ['engine.source.owners.Docker Desktop for Linux'],
  nl: ['engine.source.owners.Docker Desktop for Linux', 'engine.source.context'],
};

function shown(args: unknown[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (key === 'kind') return;
    if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, name);
  };
  args.forEach((arg) => visit(arg));
  return out;
}

/** Every entry of a catalogue view, by dotted path. */
function entries(view: object, prefix: string): Array<[string, unknown]> {
  return Object.keys(view).flatMap((key): Array<[string, unknown]> => {
    const value = (view as Record<string, unknown>)[key];
    const path = `${prefix}.${key}`;
    return value !== null && typeof value === 'object' ? entries(value, path) : [[path, value]];
  });
}

const inLanguage = <T>(language: Language, read: () => T): T => {
  setLanguage(language);
  try {
    return read();
  } finally {
    setLanguage('en');
  }
};

describe('the catalogues of the engine, failures, doctor, clean, watch, dev check and progress', () => {
  afterEach(() => setLanguage('en'));

  const english = Object.entries(catalogues).flatMap(([name, view]) => entries(view, name));

  it('give every message function a sample here', () => {
    const functions = english.filter(([, value]) => typeof value === 'function' && value.length > 0).map(([path]) => path);
    expect(functions.filter((path) => !samples[path])).toEqual([]);
    expect(Object.keys(samples).filter((path) => !functions.includes(path))).toEqual([]);
  });

  it.each(['nb', 'nl'] as const)('have every entry in %s, not empty, not left in English, and show their arguments', (language) => {
    const translated = new Map(inLanguage(language, () => Object.entries(catalogues).flatMap(([name, view]) => entries(view, name))));
    expect([...translated.keys()]).toEqual(english.map(([path]) => path));
    for (const [path, englishValue] of english) {
      const value = translated.get(path);
      expect(typeof value, path).toBe(typeof englishValue);
      if (typeof value === 'string') {
        expect(value.trim(), path).not.toBe('');
        if (value.split(' ').length >= 3 && !sameAsEnglish[language].includes(path)) expect(value, path).not.toBe(englishValue);
        continue;
      }
      const sample = samples[path] ?? { args: [] };
      const call = (fn: unknown, lang: Language) => inLanguage(lang, () => (fn as (...args: unknown[]) => string)(...sample.args));
      const text = call(value, language);
      expect(text.trim(), path).not.toBe('');
      for (const part of sample.shows ?? shown(sample.args)) expect(text, path).toContain(part);
      if (text.split(' ').length >= 3 && !sameAsEnglish[language].includes(path)) expect(text, path).not.toBe(call(englishValue, 'en'));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// As a learner sees them

const machine = (env: Record<string, string> = {}, hostFlag?: string): LookupSettings => ({
  hostFlag,
  env,
  homeDir: '/home/ana',
  platform: 'linux',
  readFile: () => undefined,
});
const nothingThere: ProbeFunction = async (endpoint) => {
  const where = endpoint.kind === 'unix' ? endpoint.socketPath : endpoint.kind;
  return { ok: false, reason: 'no-socket', detail: `connect ENOENT ${where}` };
};
async function notFound(settings: LookupSettings): Promise<EngineNotFoundError> {
  const error = await findEngine(settings, nothingThere).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(EngineNotFoundError);
  return error as EngineNotFoundError;
}

describe('in Norwegian and Dutch', () => {
  afterEach(() => setLanguage('en'));

  it('the engine-not-found report names the socket path and the Norwegian fix', async () => {
    setLanguage('nb');
    const { message } = await notFound(machine({}, 'unix:///nope.sock'));
    expect(message.split('\n')).toEqual([
      'docker-kata fikk ikke kontakt med noen Docker Engine. Den prøvde:',
      '',
      '  --host: unix:///nope.sock',
      '    ingenting der: connect ENOENT /nope.sock',
      '    Løsning: Kjører Docker? Hvis ikke, start Docker Desktop, eller kjør `sudo systemctl start docker`. Hvis den kjører, sjekk at --host peker på den.',
      '',
      'docker-kata leter der docker-CLI-en leter: virker `docker ps` i denne terminalen, virker docker-kata også.',
    ]);
  });

  it('the default sockets in Dutch, with their shared fix once; --json keeps the English source', async () => {
    setLanguage('nl');
    const error = await notFound(machine());
    expect(error.message).toContain('  standaardsocket (Docker van het systeem): unix:///var/run/docker.sock\n    daar is niets: connect ENOENT /var/run/docker.sock');
    expect(error.message).toContain('  standaardsocket (Docker Desktop): unix:///home/ana/.docker/run/docker.sock');
    expect(error.message.match(/Oplossing: Draait Docker\? Zo niet, start Docker Desktop, of voer `sudo systemctl start docker` uit\./g)).toHaveLength(1);
    expect(error.attempts[0]!.candidate.source).toBe('default socket (system Docker)');
  });

  it('an address Docker cannot use, said in Norwegian with the corrected example', () => {
    setLanguage('nb');
    const [candidate] = engineCandidates(machine({ DOCKER_HOST: 'unix:var/run/docker.sock' }));
    expect(candidate!.problem).toBe(
      'DOCKER_HOST er "unix:var/run/docker.sock", som Docker ikke kan bruke: skjemaet må følges av "://". ' +
        'Sett den til en gyldig adresse, for eksempel DOCKER_HOST=unix:///var/run/docker.sock, eller fjern den (unset DOCKER_HOST) for å bruke standardsocketen.',
    );
  });

  it('a missing context, in Dutch, says how to leave it', () => {
    setLanguage('nl');
    const [candidate] = engineCandidates(machine({ DOCKER_CONTEXT: 'colima' }));
    expect(candidate!.source).toBe('context "colima" (DOCKER_CONTEXT)');
    expect(sourceLabel(candidate!)).toBe('context "colima" (DOCKER_CONTEXT)');
    expect(candidate!.problem).toMatch(/^Docker-context "colima" \(DOCKER_CONTEXT\) bestaat niet: \S+meta\.json ontbreekt of is niet leesbaar\. /);
    expect(candidate!.problem).toContain('Bekijk je contexten met `docker context ls` en zet DOCKER_CONTEXT op een daarvan');
  });

  it('a context from config.json is labelled in the language, its English source untouched', () => {
    const candidate = { rule: 'config-context' as const, source: 'context "colima" (currentContext in /h/.docker/config.json)' };
    expect(inLanguage('nb', () => sourceLabel(candidate))).toBe('konteksten "colima" (currentContext i /h/.docker/config.json)');
    expect(sourceLabel(candidate)).toBe(candidate.source);
  });

  it('advice for doctor, and doctor lists the places tried in Norwegian', async () => {
    setLanguage('nb');
    const { attempts } = await notFound(machine());
    expect(attemptAdvice({ ...attempts[0]!, failure: { reason: 'permission-denied', detail: 'EACCES' } })).toEqual({
      summary: 'ingen tilgang',
      fix: 'Legg deg selv til i gruppen docker: `sudo usermod -aG docker $USER`, og logg så ut og inn igjen.',
    });
    const facts: DoctorFacts = {
      machine: { platform: 'linux', arch: 'x64', homeDir: '/home/ana', nodeVersion: '20.11.1', nodeRequired: '>=20' },
      engine: { candidates: attempts.map(({ candidate, failure }) => ({ candidate, outcome: 'failed', failure })) },
      installed: { podman: false, colima: false, dockerDesktop: false },
      track: { ok: false, dir: '/t', error: 'x' },
      images: [],
      ports: [],
      state: { file: '/s/state.json', exists: false, writable: true },
    };
    const titles = diagnose(facts).map((finding) => finding.title);
    expect(titles).toContain('standardsocket (systemets Docker): unix:///var/run/docker.sock: ingenting der');
  });

  it('failures from the daemon, in Dutch', () => {
    setLanguage('nl');
    const refused = Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED', syscall: 'connect' });
    expect(describeFailure(refused)).toEqual({
      message: 'De verbinding met de Docker-daemon is verbroken (connect ECONNREFUSED /var/run/docker.sock). Draait hij nog? `docker ps` laat het zien.',
      exitCode: 2,
    });
    expect(describeFailure(new Error('boom')).message).toMatch(/^docker-kata liep tegen een onverwachte fout aan: boom\nDit is een bug in docker-kata/);
  });

  it("clean's listing lines, in Norwegian", () => {
    setLanguage('nb');
    const by = [{ number: 1, id: 'one' }];
    const plan = planClean(
      [
        { declared: { kind: 'container', name: 'web', declaredBy: by }, found: { kind: 'container', id: 'c1', name: 'web', image: 'nginx', state: 'running' } },
        { declared: { kind: 'network', name: 'bridge', declaredBy: by }, found: { kind: 'network', id: 'n1', name: 'bridge', driver: 'bridge', members: [] } },
        { declared: { kind: 'image', name: 'kata:latest', declaredBy: by }, found: { kind: 'image', id: 'sha256:1a2b3c4d5e6f7a8b', tags: ['kata:latest'] } },
      ],
      {},
    );
    expect(plan.targets.map((target) => target.description)).toEqual([
      'fra nginx, running (stoppes først)',
      'tag på imaget 1a2b3c4d5e6f; den eneste taggen: imaget fjernes også, med mindre en container fortsatt bruker det',
    ]);
    expect(plan.kept).toEqual([{ kind: 'network', name: 'bridge', reason: 'det er et av nettverkene Docker lager selv' }]);
  });

  it("watch's reasons and the cut-off mark, in Dutch", () => {
    setLanguage('nl');
    expect(describeLoss(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe('de verbinding is gesloten');
    expect(fitLines(['x'.repeat(200), 'a', 'b'], 4, 80).join('\n')).toContain('… (een hoger terminalvenster toont de rest)');
  });

  it("dev check's table and summary, in Norwegian, with the columns lined up", () => {
    setLanguage('nb');
    const exercise = { number: 1, id: 'run-ubuntu', definition: {} } as Parameters<typeof tableLayout>[0][number];
    const layout = tableLayout([exercise]);
    const outcome: ExerciseOutcome = {
      number: 1,
      id: 'run-ubuntu',
      title: 'x',
      failsUnsolved: true,
      passesSolved: false,
      seconds: 2.5,
      checks: [{ passed: false, description: 'en container', expected: 'en kjørende container', observed: 'ingen' } as ExerciseOutcome['checks'][number]],
      checksUnsolved: [],
      problems: [],
      cases: [],
    };
    const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
    expect(strip(tableHeader(layout))).toBe('oppgave       feiler uløst  består løst  sekunder');
    expect(strip(tableRow(outcome, layout)).split('\n')).toEqual([
      '1 run-ubuntu  ✓             ✗                 2.5',
      '    verify besto ikke etter løsningen:',
      '      ✗ en container',
      '          forventet  en kjørende container',
      '          faktisk    ingen',
    ]);
    expect(strip(summary([outcome], 1, false)).split('\n')).toEqual([
      '✗ 1 av 1 oppgave holdt ikke: 1 run-ubuntu',
      '1 oppgave har ennå ikke noe nesten-riktig forsøk: 1 run-ubuntu',
    ]);
  });

  it('a damaged progress file, in Norwegian', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docker-kata-words-'));
    try {
      const file = join(dir, 'state.json');
      writeFileSync(file, '{"format": 2}');
      setLanguage('nb');
      const { warning } = loadState(file);
      const backup = readdirSync(dir).find((name) => name.startsWith('state.json.corrupt-'));
      expect(warning).toBe(
        `Fremdriftsfilen din ${file} var skadet (ikke en fremdriftsfil fra docker-kata i format 1). ` +
          `Den er tatt vare på som ${join(dir, backup!)}, og fremdriften starter på nytt.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
