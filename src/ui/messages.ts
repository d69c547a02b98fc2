import { localized, type Translation } from '../i18n/catalogue.js';

/**
 * The words docker-kata says, in one place, in English, Norwegian (bokmål) and Dutch: `messages.passed(title)`
 * speaks the language of this run (src/i18n). English is the reference; nb and nl must have every key.
 */
const en = {
  progress: 'Progress:',
  exerciseHeading: (number: number, total: number, module: string) => `Exercise ${number} of ${total} · ${module}`,
  howToVerify: 'When you have done it, check it with:  docker-kata verify',
  howToAnswer: 'Answer with:  docker-kata answer <your answer>',
  hintsAvailable: (left: number) => (left > 0 ? `Stuck? docker-kata hint (${left} ${left === 1 ? 'hint' : 'hints'} left)` : 'All hints shown; docker-kata solution shows the reference solution.'),
  passed: (title: string) => `✓ Passed: ${title}`,
  notYet: (title: string) => `✗ Not yet: ${title}`,
  expected: 'expected',
  actual: 'actual',
  stillPassed: (when: string) => `You passed this exercise before (${when}); it stays marked as done.`,
  /** What a pass recorded, which later exercises refer to: "container `eager_wu`, network kata-net". */
  passedWith: (objects: string) => `Recorded when you passed: ${objects} (later exercises refer to what you made here).`,
  /** The kinds of object a pass records, as a word before the object's name. */
  objectTypes: { container: 'container', image: 'image', network: 'network', volume: 'volume', service: 'service' },
  needsDockerNote: (reason: string) => `Needs Docker Engine (not Podman): ${reason}`,
  needsDocker: (number: number, podman: string, address: string, reason: string, next?: number) =>
    `Exercise ${number} needs Docker Engine, and docker-kata reached Podman ${podman} at ${address}: ${reason}\n` +
    'Do it against a Docker Engine (set DOCKER_HOST, or choose a docker context)' +
    (next === undefined ? '.' : `, or go on without it: docker-kata goto ${next}`),
  afterFailure: 'Fix what is marked ✗ and run docker-kata verify again.',
  /** When only the answer is wrong: verify would check the same saved answer again. */
  afterWrongAnswer: 'Answer again: docker-kata answer <text>.',
  allDone: 'You have done every exercise of this track. Well done!',
  noQuestion: (number: number) =>
    `Exercise ${number} asks no question, so there is nothing to answer: do the task and run docker-kata verify.`,
  answerSaved: (answer: string) => `Your answer: "${answer}"`,
  startedNow:
    'You had not opened this exercise yet, so it starts now: anything you did before now does not count for it.',
  hintHeading: (number: number, total: number) => `Hint ${number} of ${total}`,
  lastHint: 'That was the last hint. docker-kata solution shows the reference solution.',
  solutionAsk: (number: number) => `You have not solved exercise ${number} yet. Show its solution anyway? [y/N] `,
  solutionNeedsYes: (number: number) =>
    `You have not solved exercise ${number} yet. To see its solution anyway, run: docker-kata solution --yes`,
  solutionMissing: (file: string) => `This exercise has no reference solution (${file} is missing).`,
  /** A key the solution presses, as a note in `solution`: "press Ctrl-D". */
  pressKey: (key: string) => `press ${key}`,
  unknownExercise: (wanted: string, total: number) =>
    `There is no exercise "${wanted}". Give a number from 1 to ${total} or an exercise id; docker-kata list shows them all.`,
  resetDone: (number: number, title: string) => `Exercise ${number} (${title}) starts afresh: progress, hints and answer forgotten.`,
  resetAllDone: (name: string) => `All progress on "${name}" is forgotten; you start at exercise 1.`,
  resetAllAsk: (name: string) => `Forget all your progress on "${name}"? [y/N] `,
  resetAllNeedsYes: 'This forgets all your progress. To do it without a question, run: docker-kata reset --all --yes',
  // docker-kata clean, and reset's offer to clean (scope: 'the track "Docker basics"' or 'exercise 13 (…)')
  cleanGroup: { container: 'Containers', service: 'Services', network: 'Networks', volume: 'Volumes', image: 'Images (tags)' },
  cleanWhat: (kind: string, name: string) => `${kind} ${name}`,
  cleanDeclaredBy: (exercises: Array<{ number: number; id: string }>) =>
    `${exercises.length === 1 ? 'exercise' : 'exercises'} ${exercises.map((exercise) => `${exercise.number} ${exercise.id}`).join(', ')}`,
  cleanScopeTrack: (name: string) => `the track "${name}"`,
  cleanScopeExercise: (number: number, title: string) => `exercise ${number} (${title})`,
  cleanFound: (count: number, scope: string) =>
    `${count === 1 ? 'This object' : `These ${count} objects`}, which ${scope} asked you to create, exist${count === 1 ? 's' : ''} on your Docker daemon:`,
  cleanNothing: (scope: string) => `None of the objects ${scope} asked you to create exist on your Docker daemon: nothing to remove.`,
  cleanKept: (what: string, reason: string) => `left alone: ${what}, because ${reason}`,
  cleanNotListed:
    'Never removed, because clean cannot know them: containers Docker named at random (`docker container prune` removes every stopped container, also ones that are not from docker-kata), Compose projects (`docker compose down` in their folder), swarm mode (`docker swarm leave --force`), and files and folders on your machine.',
  cleanAsk: (count: number) => `Remove ${count === 1 ? 'this object' : `these ${count} objects`}? [y/N] `,
  cleanNeedsYes: (count: number) =>
    `docker-kata clean asks before it removes ${count === 1 ? 'this object' : `these ${count} objects`}, but this is not a terminal. To remove them without a question, run: docker-kata clean --yes (docker-kata clean --dry-run only lists them).`,
  cleanDryRun: 'Dry run: nothing was removed. docker-kata clean removes them (it asks first).',
  cleanNothingRemoved: 'Nothing removed.',
  cleanRemoved: (what: string) => `removed ${what}`,
  cleanUntagged: (tag: string, otherTags: string[]) =>
    `removed the tag ${tag}; the image itself stays${otherTags.length ? ` as ${otherTags.join(', ')}` : ''}`,
  cleanGone: (what: string) => `${what} was already gone`,
  cleanInUse: (what: string, users: string[]) => `${what} is still in use by your container${users.length === 1 ? '' : 's'} ${users.join(', ')} — not removed`,
  cleanRefused: (what: string, said: string) => `${what} could not be removed — the Docker daemon said: ${said}`,
  cleanTagMoved: (tag: string) => `${tag} names another image now than the one listed — not removed (run the command again to see it)`,
  cleanSummary: (removed: number, failed: number) =>
    failed === 0 ? `Done: ${removed} removed.` : `${removed} removed, ${failed} not: free what holds ${failed === 1 ? 'it' : 'them'}, then run the command again.`,
  resetCleanHint: (id: string) =>
    `To remove them too, run: docker-kata reset ${id} --clean (docker-kata clean removes what the whole track asked for).`,
  resetCleanNothing: (number: number) => `Exercise ${number} asks you to create no Docker objects by name: nothing to remove.`,
  resetCleanUnreachable: (detail: string) => `Could not ask Docker whether this exercise's objects still exist (${detail}); docker-kata clean removes them later.`,
  resetCleanNoEngine: 'no Docker Engine answered',
  warning: (text: string) => `warning: ${text}`,
  cancelled: 'Nothing changed.',
  nextUp: 'Next up:',
  langCurrent: (language: string, source: string) =>
    `docker-kata speaks ${language} (${source === 'default' ? 'the default' : `from ${source}`}). Choose with: docker-kata lang en|nb|nl, or auto to follow your locale.`,
  langUnknown: (wanted: string) => `docker-kata speaks en, nb and nl; "${wanted}" is not one of them. Or give auto to follow your locale.`,
  langSaved: (language: string) => `docker-kata speaks ${language} from now on.`,
  langAuto: (language: string) => `docker-kata follows your locale again: ${language} for now.`,
  langFlagUnknown: (wanted: string) => `docker-kata speaks en, nb, nl; "${wanted}" is not one of them.`,
  // docker-kata watch
  watchStatus: (engine: string) => `docker-kata watch · ${engine}`,
  watchKeys: 'h hint · l list · n next · r check now · q quit',
  watchLineKeys: 'Type h (hint), l (list), n (next), r (check now) or q (quit), then Enter.',
  watchHowTo: 'watch checks it as soon as Docker reports a change (r checks now).',
  watchWaiting: 'Do it in another terminal: watch checks as soon as Docker reports a change.',
  watchChecking: 'checking…',
  watchConnected: 'watching',
  watchAway: 'daemon away',
  watchConnecting: (engine: string) => `Connecting to the Docker daemon at ${engine}…`,
  daemonGone: (reason: string, seconds: string) => `The Docker daemon went away (${reason}). Reconnecting in ${seconds} s…`,
  daemonBack: (engine: string) => `Reconnected to the Docker daemon at ${engine}.`,
  watchCheckFailed: (message: string) => `Could not check: ${message}`,
  watchNotPassed: (number: number) => `Exercise ${number} is not passed yet: n moves on once it is (docker-kata goto jumps anywhere).`,
  watchHideBanner: 'Press n to hide this.',
  watchListClose: 'l closes the list.',
  watchSaved: (done: number, total: number) => `Progress saved: ${done} of ${total} exercises done. docker-kata watch carries on from here.`,
  newBadId: (id: string) => `"${id}" cannot be an exercise id: use lower-case letters and digits, words joined by -, e.g. run-nginx.`,
  newExists: (id: string, folder: string) => `An exercise "${id}" already exists in ${folder}.`,
  newCreated: (exercise: string, solution: string) =>
    `Created ${exercise}\nand its solution ${solution}.\nEdit both, then: docker-kata validate, and docker-kata dev check to prove it.`,
  validateSummary: (exercises: number, errors: number, warnings: number) =>
    `${exercises} exercise${exercises === 1 ? '' : 's'}: ${errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}`}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  validateTranslations: (coverage: string) => `translations: ${coverage}`,

  /**
   * `docker-kata --help` and every command's help: applied in buildProgram (src/cli.ts) once the language is
   * chosen. Commands, arguments and options by name (options by attribute name: --dry-run is dryRun).
   */
  help: {
    program: 'Learn Docker by doing: numbered tasks you solve with the real docker CLI, checked against your Docker daemon.',
    version: 'print the docker-kata version',
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    afterError: '(run docker-kata --help to see every command)',
    headings: { usage: 'Usage:', arguments: 'Arguments:', options: 'Options:', globalOptions: 'Global Options:', commands: 'Commands:' },
    options: {
      host: 'Docker Engine to check, e.g. unix:///var/run/docker.sock (default: found like the docker CLI does)',
      track: 'use the exercises in this folder (default: $DOCKER_KATA_TRACK, else the built-in track)',
      lang: 'the language to speak: en, nb, nl (default: docker-kata lang, else your locale)',
    },
    commands: {
      next: { description: 'show the current exercise: what to do and how to check it' },
      verify: {
        description: 'check the current exercise against your Docker daemon (read-only)',
        options: { json: 'print the result of every check as JSON' },
      },
      answer: {
        description: 'answer the question of the current exercise, then verify it',
        arguments: { text: 'your answer (quotes are optional)' },
        options: { json: 'print the result of every check as JSON' },
      },
      hint: { description: 'reveal the next hint for the current exercise' },
      list: { description: 'list every exercise with its status and your progress', options: { json: 'print the list as JSON' } },
      solution: {
        description: 'show the reference solution of the current exercise',
        options: { yes: 'show it without asking, even if you have not solved the exercise yet' },
      },
      reset: {
        description: 'forget your progress on an exercise (default: the current one), or --all',
        arguments: { exercise: 'exercise number or id' },
        options: {
          all: 'forget all progress on this track',
          yes: 'do not ask before forgetting everything (with --all)',
          clean: 'also remove the Docker objects the exercise asked you to create, without asking',
        },
      },
      goto: { description: 'jump to an exercise by number or id', arguments: { exercise: 'exercise number (as in docker-kata list) or id' } },
      watch: {
        description:
          'keep the current exercise on screen and check it whenever Docker reports a change (what a bare docker-kata does in a terminal)',
      },
      validate: {
        description: "check a track's exercise files and report every problem with its file:line:column",
        arguments: { dir: 'the track folder (default: --track, $DOCKER_KATA_TRACK, else the built-in track)' },
        options: { json: 'print the findings as JSON' },
      },
      new: {
        description: 'scaffold a new exercise (YAML file and solution) with the next number in a track',
        arguments: { id: 'the exercise id: lower-case words joined by -, e.g. run-nginx' },
        options: { module: 'the module folder to add it to (default: the last one; created when missing)' },
      },
      clean: {
        description: 'remove the Docker objects the track asked you to create, by name (asks first; --dry-run only lists)',
        options: {
          dryRun: 'only list what would be removed',
          yes: 'remove without asking (needed when not in a terminal)',
          json: 'print what was found and removed as JSON',
        },
      },
      doctor: {
        description: 'explain your set-up: which Docker Engine is used and why, and what is in the way, each with a fix',
        options: { json: 'print { engine, daemon, findings } as JSON' },
        after:
          "\nReads only: the places the docker CLI looks for an engine, GET requests to the Engine API, the track's\n" +
          'images and ports, free disk space, the progress file, the Node.js version.\n' +
          'Exit codes: 0 no problems (warnings allowed), 1 problems found, 2 no Docker Engine reachable, or a usage error.',
      },
      dev: {
        description: 'tools for track authors (dev check: prove every exercise with its reference solution)',
        afterError: '(run docker-kata dev --help to see the tools)',
        commands: {
          check: {
            description: 'prove the track: for every exercise, verify fails, the reference solution runs in a real terminal, verify passes',
            options: {
              registry: 'point `docker pull <image>` lines at this registry (for machines without Docker Hub)',
              from: 'start at this exercise (number or id); earlier ones are skipped',
              json: 'print the outcome of every exercise as JSON',
            },
            afterError: '(run docker-kata dev check --help to see its options)',
          },
        },
      },
      lang: {
        description: 'show the language docker-kata speaks, or choose one: en, nb or nl (auto: follow your locale)',
        arguments: { language: 'en, nb, nl, or auto' },
      },
    },
  },
  /** `docker-kata doctor`: the checklist's titles, details and fixes. */
  doctor: {
    heading: 'docker-kata doctor: your set-up, as docker-kata sees it',
    fixLabel: 'Fix:',
    summaryOk: (warnings: number) =>
      warnings === 0 ? 'Everything docker-kata needs is in place.' : `No problems; ${warnings} warning${warnings === 1 ? '' : 's'} (marked !) worth a look.`,
    summaryProblems: (problems: number, warnings: number) =>
      `${problems} problem${problems === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}: fix what is marked ✗, then run docker-kata doctor again.`,
    summaryNoEngine: 'docker-kata cannot check your exercises until a Docker Engine answers: follow the fix under ✗ above.',

    engineFound: (url: string) => `Docker Engine found at ${url}`,
    engineRule: (rule: string, source: string, realPath?: string) =>
      (
        {
        flag: `rule "flag": you chose it with --host`,
        DOCKER_HOST: `rule "DOCKER_HOST": the DOCKER_HOST variable names it`,
        DOCKER_CONTEXT: `rule "DOCKER_CONTEXT": ${source}`,
        'config-context': `rule "config-context": the current docker context, ${source}`,
        'default-socket': `rule "default-socket": no --host, DOCKER_HOST or docker context is set, so the usual places are tried in order; this is the ${source}`,
      } as Record<string, string>
      )[rule] + (realPath ? ` (a link to ${realPath})` : ''),
    noEngine: 'No Docker Engine answers',
    engineTooOld: (url: string) => `The Docker Engine at ${url} is too old for docker-kata`,
    noEngineDetail: (places: number) =>
      `docker-kata looked where the docker CLI looks (${places} place${places === 1 ? '' : 's'}, below); none answered GET /_ping as a Docker Engine. If \`docker ps\` works in this terminal, docker-kata works too.`,
    triedBefore: (where: string, what: string) => `Tried first: ${where} (${what})`,
    candidateFailed: (where: string, what: string) => `${where}: ${what}`,
    alsoAnswers: (where: string) => `Another engine answers too: ${where}`,
    alsoAnswersDetail: (used: string) =>
      `docker-kata, like the docker CLI, uses the first that answers: ${used}. If your containers are on the other one, point DOCKER_HOST (or --host) at it.`,

    fixDesktopStart:
      'Start Docker Desktop and wait for the whale icon to stop animating (in the taskbar on Windows, the menu bar on a Mac): then Docker is running.',
    fixWslIntegration: (distro?: string) =>
      `Docker Desktop › Settings › Resources › WSL integration: turn on your distro${distro ? ` (${distro})` : ''}, press "Apply & restart", then open a new terminal.`,
    fixWsl1: (distro?: string) =>
      `This distro runs under WSL 1, and Docker needs WSL 2: in PowerShell, \`wsl --set-version ${distro ?? '<distro>'} 2\` (\`wsl -l -v\` lists your distros and their versions).`,
    fixWslServiceStart:
      'Docker is installed in this WSL distro but not running: `sudo service docker start` (or `sudo systemctl start docker` when systemd is on).',
    fixDesktopInstall:
      'If Docker Desktop will not install or start, or claims your Windows is too old: uninstall it, and any editor extension that installed it (such as the Docker extension of VS Code); download Docker Desktop from https://www.docker.com/products/docker-desktop/ and install it from there. It sets up WSL 2 (or run `wsl --install` in PowerShell as administrator first). Then install the extension again: it finds Docker Desktop by itself.',
    fixDockerGroup:
      'Permission denied on the Docker socket: add yourself to the docker group, `sudo usermod -aG docker $USER`, then log out and in again (or run `newgrp docker` in this terminal).',
    fixPodmanSocketStart:
      "Podman is installed: start its Docker-compatible socket with `systemctl --user start podman.socket`, then `export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock` (add that line to ~/.bashrc to keep it).",
    fixPodmanUseSocket: (socket: string) =>
      `Podman's Docker-compatible socket is at ${socket}: \`export DOCKER_HOST=unix://${socket}\` (add that line to ~/.bashrc to keep it).`,
    fixColimaStart: 'Start Colima: `colima start` (it makes the docker context "colima"; `docker context use colima` selects it).',
    fixMacStart:
      'Start Docker Desktop and wait for the whale icon in the menu bar to stop animating. No Docker Desktop? Install it from https://www.docker.com/products/docker-desktop/, or use Colima (`brew install colima docker`, then `colima start`).',
    fixLinuxStart: 'The Docker service is stopped: `sudo systemctl start docker` (`sudo service docker start` without systemd).',
    fixLinuxInstall:
      'Docker does not seem to be installed or running here. Start it with `sudo systemctl start docker`; to install it, follow https://docs.docker.com/engine/install/ (or install Docker Desktop).',
    fixUnusable: (source: string) => `${source} holds something docker-kata cannot use: what is wrong, and how to correct it, is said under it below.`,

    daemonUnreadable: 'The engine answers /_ping, but not GET /version or /info',
    fixDaemonUnreadable: 'Run `docker version` and `docker info` in this terminal; restart Docker if they fail too.',
    daemonPartly: 'Part of what the engine says about itself could not be read',
    daemonTitle: (product: string, version: string, os?: string, arch?: string) =>
      `${product} ${version}${os || arch ? ` (${[os, arch].filter(Boolean).join('/')})` : ''}`,
    daemonDetail: (summary: {
      operatingSystem?: string;
      kernelVersion?: string;
      driver?: string;
      cgroupVersion?: string;
      dockerRootDir?: string;
      name?: string;
    }) =>
      [
        summary.operatingSystem,
        summary.kernelVersion && `kernel ${summary.kernelVersion}`,
        summary.driver && `storage driver ${summary.driver}`,
        summary.cgroupVersion && `cgroup v${summary.cgroupVersion}`,
        summary.dockerRootDir && `data in ${summary.dockerRootDir}`,
        summary.name && `host name ${summary.name}`,
      ]
        .filter(Boolean)
        .join(', '),
    apiOk: (version: string, minimum: string) => `Engine API ${version}: new enough (docker-kata needs ${minimum} or newer)`,
    apiTooOld: (version: string, minimum: string) => `Engine API ${version} is too old: docker-kata needs ${minimum} or newer`,
    apiDetail: (minimum?: string) => (minimum ? `The daemon also accepts clients down to API ${minimum}.` : ''),
    fixUpdateDesktop: 'Update Docker Desktop: its menu › Check for updates.',
    fixUpdateEngine: 'Update Docker Engine (Docker 1.12 from 2016 is the oldest docker-kata reads): https://docs.docker.com/engine/install/',
    windowsContainers: 'Docker Desktop runs Windows containers',
    windowsContainersDetail: 'The track uses Linux images (ubuntu, nginx, …), which only run in Linux-containers mode.',
    fixLinuxContainers: 'Right-click the whale icon in the taskbar › "Switch to Linux containers…".',
    clockOffset: (seconds: number) => `The daemon's clock is ${Math.abs(seconds)} s ${seconds > 0 ? 'ahead of' : 'behind'} this machine's`,
    clockOffsetDetail:
      "docker-kata compares times on the daemon's clock, so checks still work. (A Docker Desktop VM often lags after the laptop slept; restarting Docker Desktop sets it right.)",

    wsl: (version: 1 | 2, distro?: string) => `Windows Subsystem for Linux ${version}${distro ? `, distro ${distro}` : ''}`,
    wslDesktopDetail: "Docker Desktop's WSL integration gives this distro its engine.",
    wslNativeDetail: 'The engine is one installed inside WSL, not Docker Desktop; that works as well.',
    wslNoEngineDetail:
      'In WSL, Docker usually comes from Docker Desktop on Windows, through its WSL integration (see the fix above).',
    dockerDesktop: 'Docker Desktop',
    dockerDesktopDetail:
      'The engine runs in a small virtual machine that Docker Desktop manages; published ports reach you on localhost. Its whale icon shows whether it is running.',
    podman: 'Podman, not Docker',
    podmanDetail:
      'docker-kata reads Podman where it differs from Docker (event names, filters, the default network). A few exercises need Docker Engine (swarm mode, `docker commit` on Podman 4.3, the default registry): their pages say so, and `docker-kata goto <number>` moves past them.',
    colima: 'Colima',
    colimaDetail: 'The engine runs in a Colima virtual machine; `colima status` shows it, `colima start` starts it after a restart.',
    rootless: 'Rootless Docker',
    rootlessDetail: 'The daemon runs as your user, not as root: safer, with a few limits (ports below 1024, some --memory limits).',
    rootlessLowPorts: (ports: number[]) => `Rootless Docker cannot publish port${ports.length === 1 ? '' : 's'} ${ports.join(', ')} as it is set up now`,
    rootlessLowPortsDetail: 'Ports below 1024 are privileged; a rootless daemon may only use them when the kernel allows it.',
    fixRootlessLowPorts: (lowest: number) =>
      `\`sudo sysctl net.ipv4.ip_unprivileged_port_start=${lowest}\` (add it to /etc/sysctl.d/ to keep it), then \`systemctl --user restart docker\`.`,
    remote: (url: string) => `The engine is on another machine (${url})`,
    remoteDetail:
      'Published ports open on that machine, not on 127.0.0.1 here, so exercises that request a web page cannot pass; folders you bind-mount must be on that machine too.',
    fixRemote: 'For the track, use a Docker Engine on this machine (Docker Desktop, or Docker Engine on Linux).',

    track: (name: string, exercises: number) => `Track "${name}": ${exercises} exercise${exercises === 1 ? '' : 's'}`,
    trackBroken: (dir: string) => `The exercises in ${dir} could not be loaded`,
    fixTrack: 'Fix the exercise files listed, or leave out --track (and DOCKER_KATA_TRACK) to use the built-in track.',
    noImagesDeclared: 'The track names no images it needs',
    imagesPresent: (count: number) => `${count === 1 ? 'The image' : `All ${count} images`} the track uses ${count === 1 ? 'is' : 'are'} here`,
    imagesMissing: (missing: string[], total: number) =>
      `${missing.length} of the ${total} images the track uses ${missing.length === 1 ? 'is' : 'are'} not here yet: ${missing.join(', ')}`,
    imagesMissingDetail: 'They will be pulled on first use, which needs internet.',
    imagesUnknown: (unknown: number, total: number) => `${unknown} of the ${total} images the track uses could not be checked`,
    imageUnknown: (reference: string, why: string) => `${reference}: ${why}`,
    fixPullImages: (missing: string[]) =>
      `Pull ${missing.length === 1 ? 'it' : 'them'} now, while you have internet: ${missing.map((image) => `\`docker pull ${image}\``).join(', ')}.`,
    portsFree: (ports: number[]) => `The port${ports.length === 1 ? '' : 's'} the track uses ${ports.length === 1 ? 'is' : 'are'} free: ${ports.join(', ')}`,
    portsFreeDetail: (count: number) =>
      `docker-kata could listen on ${count === 1 ? 'it' : 'them'} on 127.0.0.1 and 0.0.0.0, and no container publishes ${count === 1 ? 'it' : 'them'}.`,
    portBusy: (port: number) => `Port ${port} is taken by a program on this machine`,
    portBusyDetail: (port: number) => `An exercise publishes port ${port}; \`docker run -p ${port}:…\` fails with "port is already allocated" while it is taken.`,
    fixPortBusy: (port: number) =>
      `Stop what uses port ${port}. If it is a container, \`docker ps --filter publish=${port}\` shows it; otherwise \`sudo ss -ltnp 'sport = :${port}'\` (Linux) or \`lsof -i :${port}\` (Mac) names the program.`,
    portPublished: (port: number, containers: Array<{ name: string; image: string }>) =>
      `Port ${port} is published by container${containers.length === 1 ? '' : 's'} ${containers.map((container) => `\`${container.name}\` (${container.image})`).join(', ')}`,
    portPublishedDetail: (port: number) => `An exercise publishes port ${port}; it must be free by then.`,
    portPublishedByTrack: (port: number) =>
      `The track itself asks you to make that container; when you are past that exercise, port ${port} must be free again for the next one that uses it.`,
    fixPortContainer: (port: number, names: string[]) =>
      `Stop it when you need the port: ${names.map((name) => `\`docker stop ${name}\``).join(', ')} (\`docker ps --filter publish=${port}\` lists what publishes port ${port}).`,
    portUnknown: (port: number) => `Port ${port}: could not tell whether it is free`,

    diskFree: (free: string, of: 'docker-root' | 'state-folder', where: string) =>
      `${free} free on the disk of ${of === 'docker-root' ? `Docker's data (${where})` : `docker-kata's folder (${where})`}`,
    diskDetail: (total: string) => `of ${total}.`,
    diskLow: (threshold: string) => `Less than ${threshold}: pulling and building the track's images may fill it.`,
    diskUnknown: (where: string) => `Free disk space at ${where}: unknown`,
    diskInVm:
      "The engine keeps images in its own virtual disk, which docker-kata cannot measure from here; `docker system df` shows what Docker uses.",
    fixDisk: 'Free some space: `docker system df` shows what Docker uses, `docker image prune` removes unused images, `docker container prune` stopped containers.',

    stateOk: (file: string) => `Progress file ${file}`,
    stateExists: 'It exists and docker-kata can write it.',
    stateNew: 'It does not exist yet; docker-kata can create it on first use.',
    stateUnreadable: (file: string) => `The progress file ${file} cannot be read`,
    stateNotWritable: (file: string) => `docker-kata cannot write its progress file ${file}`,
    stateNotWritableDetail: 'Without it, passed exercises and hints are not remembered.',
    fixStateWritable: (folder: string) =>
      `Make ${folder} writable for you (\`sudo chown -R "$USER" ${folder}\`), or set DOCKER_KATA_HOME to a folder you can write.`,
    stateDamaged: (file: string) => `The progress file ${file} is damaged`,
    fixStateDamaged:
      'The next docker-kata command keeps it as state.json.corrupt-<time> and starts afresh. To keep your progress, repair the JSON by hand first.',
    nodeOk: (version: string, required: string) => `Node.js ${version} (docker-kata needs ${required})`,
    nodeOld: (version: string, required: string) => `Node.js ${version} is too old: docker-kata needs ${required}`,
    fixNode: (required: string) => `Install Node.js ${required.replace(/^>=\s*/, '')} or newer: https://nodejs.org/, or \`nvm install --lts\`.`,
  },
} as const;

/** The object kinds clean lists (ObjectKind in src/clean/declared.ts), as a Norwegian sentence names one. */
const kindNb: Record<string, string> = { container: 'containeren', service: 'tjenesten', network: 'nettverket', volume: 'volumet', image: 'imaget' };
/** The same in Dutch. */
const kindNl: Record<string, string> = { container: 'container', service: 'service', network: 'netwerk', volume: 'volume', image: 'image' };

const nb: Translation<typeof en> = {
  progress: 'Fremdrift:',
  exerciseHeading: (number, total, module) => `Oppgave ${number} av ${total} · ${module}`,
  howToVerify: 'Når du er ferdig, sjekker du det med:  docker-kata verify',
  howToAnswer: 'Svar med:  docker-kata answer <svaret ditt>',
  hintsAvailable: (left) =>
    left > 0 ? `Står du fast? docker-kata hint (${left} tips igjen)` : 'Du har sett alle tipsene; docker-kata solution viser løsningsforslaget.',
  passed: (title) => `✓ Bestått: ${title}`,
  notYet: (title) => `✗ Ikke ennå: ${title}`,
  expected: 'forventet',
  actual: 'faktisk',
  stillPassed: (when) => `Du har klart denne oppgaven før (${when}); den er fortsatt merket som fullført.`,
  passedWith: (objects) => `Registrert da du besto: ${objects} (senere oppgaver viser til det du laget her).`,
  objectTypes: { container: 'containeren', image: 'imaget', network: 'nettverket', volume: 'volumet', service: 'tjenesten' },
  needsDockerNote: (reason) => `Krever Docker Engine (ikke Podman): ${reason}`,
  needsDocker: (number, podman, address, reason, next) =>
    `Oppgave ${number} krever Docker Engine, og docker-kata fikk kontakt med Podman ${podman} på ${address}: ${reason}\n` +
    'Gjør den mot en Docker Engine (sett DOCKER_HOST, eller velg en docker-kontekst)' +
    (next === undefined ? '.' : `, eller gå videre uten den: docker-kata goto ${next}`),
  afterFailure: 'Rett opp det som er merket med ✗, og kjør docker-kata verify igjen.',
  afterWrongAnswer: 'Svar på nytt: docker-kata answer <tekst>.',
  allDone: 'Du har gjort alle oppgavene i dette kurset. Godt jobbet!',
  noQuestion: (number) =>
    `Oppgave ${number} stiller ikke noe spørsmål, så det er ingenting å svare på: gjør oppgaven og kjør docker-kata verify.`,
  answerSaved: (answer) => `Svaret ditt: «${answer}»`,
  startedNow: 'Du hadde ikke åpnet denne oppgaven ennå, så den starter nå: det du gjorde før nå, teller ikke med.',
  hintHeading: (number, total) => `Tips ${number} av ${total}`,
  lastHint: 'Det var det siste tipset. docker-kata solution viser løsningsforslaget.',
  solutionAsk: (number) => `Du har ikke løst oppgave ${number} ennå. Vil du se løsningen likevel? [y/N] `,
  solutionNeedsYes: (number) =>
    `Du har ikke løst oppgave ${number} ennå. Vil du se løsningen likevel, kjør: docker-kata solution --yes`,
  solutionMissing: (file) => `Denne oppgaven har ikke noe løsningsforslag (${file} mangler).`,
  pressKey: (key) => `trykk ${key}`,
  unknownExercise: (wanted, total) =>
    `Det finnes ingen oppgave «${wanted}». Oppgi et tall fra 1 til ${total} eller en oppgave-id; docker-kata list viser alle.`,
  resetDone: (number, title) => `Oppgave ${number} (${title}) starter på nytt: fremdrift, tips og svar er glemt.`,
  resetAllDone: (name) => `All fremdrift i «${name}» er glemt; du begynner på oppgave 1.`,
  resetAllAsk: (name) => `Vil du glemme all fremdriften din i «${name}»? [y/N] `,
  resetAllNeedsYes: 'Dette sletter all fremdriften din. For å gjøre det uten å bli spurt, kjør: docker-kata reset --all --yes',
  cleanGroup: { container: 'Containere', service: 'Tjenester', network: 'Nettverk', volume: 'Volumer', image: 'Images (tagger)' },
  cleanWhat: (kind, name) => `${kindNb[kind] ?? kind} ${name}`,
  cleanDeclaredBy: (exercises) =>
    `${exercises.length === 1 ? 'oppgave' : 'oppgavene'} ${exercises.map((exercise) => `${exercise.number} ${exercise.id}`).join(', ')}`,
  cleanScopeTrack: (name) => `kurset «${name}»`,
  cleanScopeExercise: (number, title) => `oppgave ${number} (${title})`,
  cleanFound: (count, scope) =>
    `${count === 1 ? 'Dette objektet' : `Disse ${count} objektene`}, som ${scope} ba deg lage, finnes på Docker-daemonen din:`,
  cleanNothing: (scope) => `Ingen av objektene ${scope} ba deg lage, finnes på Docker-daemonen din: ingenting å fjerne.`,
  cleanKept: (what, reason) => `latt i fred: ${what}, fordi ${reason}`,
  cleanNotListed:
    'Fjernes aldri, fordi clean ikke kan vite om dem: containere som Docker har gitt tilfeldige navn (`docker container prune` fjerner alle stoppede containere, også dem som ikke kommer fra docker-kata), Compose-prosjekter (`docker compose down` i mappen deres), swarm-modus (`docker swarm leave --force`), og filer og mapper på maskinen din.',
  cleanAsk: (count) => `Vil du fjerne ${count === 1 ? 'dette objektet' : `disse ${count} objektene`}? [y/N] `,
  cleanNeedsYes: (count) =>
    `docker-kata clean spør før det fjerner ${count === 1 ? 'dette objektet' : `disse ${count} objektene`}, men dette er ikke en terminal. For å fjerne ${count === 1 ? 'det' : 'dem'} uten å bli spurt, kjør: docker-kata clean --yes (docker-kata clean --dry-run lister dem bare opp).`,
  cleanDryRun: 'Prøvekjøring: ingenting ble fjernet. docker-kata clean fjerner dem (og spør deg først).',
  cleanNothingRemoved: 'Ingenting ble fjernet.',
  cleanRemoved: (what) => `fjernet ${what}`,
  cleanUntagged: (tag, otherTags) =>
    `fjernet taggen ${tag}; selve imaget blir værende${otherTags.length ? ` som ${otherTags.join(', ')}` : ''}`,
  cleanGone: (what) => `${what} var allerede borte`,
  cleanInUse: (what, users) =>
    `${what} er fortsatt i bruk av ${users.length === 1 ? 'containeren din' : 'containerne dine'} ${users.join(', ')} — ikke fjernet`,
  cleanRefused: (what, said) => `${what} kunne ikke fjernes — Docker-daemonen svarte: ${said}`,
  cleanTagMoved: (tag) => `${tag} peker nå på et annet image enn det som ble listet opp — ikke fjernet (kjør kommandoen igjen for å se det)`,
  cleanSummary: (removed, failed) =>
    failed === 0
      ? `Ferdig: ${removed} fjernet.`
      : `${removed} fjernet, ${failed} ikke: frigjør det som holder på ${failed === 1 ? 'det' : 'dem'}, og kjør kommandoen igjen.`,
  resetCleanHint: (id) =>
    `For å fjerne dem også, kjør: docker-kata reset ${id} --clean (docker-kata clean fjerner alt hele kurset ba deg lage).`,
  resetCleanNothing: (number) => `Oppgave ${number} ber deg ikke lage noen Docker-objekter med navn: ingenting å fjerne.`,
  resetCleanUnreachable: (detail) =>
    `Fikk ikke spurt Docker om objektene fra denne oppgaven fortsatt finnes (${detail}); docker-kata clean kan fjerne dem senere.`,
  resetCleanNoEngine: 'ingen Docker Engine svarte',
  warning: (text) => `advarsel: ${text}`,
  cancelled: 'Ingenting ble endret.',
  nextUp: 'Neste oppgave:',
  langCurrent: (language, source) =>
    `docker-kata snakker ${language} (${source === 'default' ? 'standard' : source === 'remembered' ? 'valgt med docker-kata lang' : `fra ${source}`}). Velg med: docker-kata lang en|nb|nl, eller auto for å følge språkinnstillingen på maskinen din.`,
  langUnknown: (wanted) =>
    `docker-kata snakker en, nb og nl; «${wanted}» er ikke ett av dem. Du kan også oppgi auto for å følge språkinnstillingen på maskinen din.`,
  langSaved: (language) => `docker-kata snakker ${language} fra nå av.`,
  langAuto: (language) => `docker-kata følger språkinnstillingen på maskinen din igjen: ${language} for øyeblikket.`,
  langFlagUnknown: (wanted) => `docker-kata snakker en, nb og nl; «${wanted}» er ikke ett av dem.`,
  watchStatus: (engine) => `docker-kata watch · ${engine}`,
  watchKeys: 'h tips · l liste · n neste · r sjekk nå · q avslutt',
  watchLineKeys: 'Skriv h (tips), l (liste), n (neste), r (sjekk nå) eller q (avslutt), og trykk Enter.',
  watchHowTo: 'watch sjekker det så snart Docker melder om en endring (r sjekker med en gang).',
  watchWaiting: 'Gjør det i en annen terminal: watch sjekker så snart Docker melder om en endring.',
  watchChecking: 'sjekker…',
  watchConnected: 'følger med',
  watchAway: 'daemonen er borte',
  watchConnecting: (engine) => `Kobler til Docker-daemonen på ${engine}…`,
  daemonGone: (reason, seconds) => `Docker-daemonen forsvant (${reason}). Kobler til igjen om ${seconds} s…`,
  daemonBack: (engine) => `Koblet til Docker-daemonen på ${engine} igjen.`,
  watchCheckFailed: (message) => `Kunne ikke sjekke: ${message}`,
  watchNotPassed: (number) =>
    `Oppgave ${number} er ikke bestått ennå: n går videre når den er det (med docker-kata goto kan du hoppe hvor du vil).`,
  watchHideBanner: 'Trykk n for å skjule dette.',
  watchListClose: 'l lukker listen.',
  watchSaved: (done, total) => `Fremdriften er lagret: ${done} av ${total} oppgaver fullført. docker-kata watch fortsetter herfra.`,
  newBadId: (id) => `«${id}» kan ikke brukes som oppgave-id: bruk små bokstaver og sifre, og skill ordene med -, f.eks. run-nginx.`,
  newExists: (id, folder) => `Det finnes allerede en oppgave «${id}» i ${folder}.`,
  newCreated: (exercise, solution) =>
    `Opprettet ${exercise}\nog løsningen ${solution}.\nRediger begge, og kjør så: docker-kata validate, og docker-kata dev check for å bevise at den virker.`,
  validateSummary: (exercises, errors, warnings) =>
    `${exercises} ${exercises === 1 ? 'oppgave' : 'oppgaver'}: ${errors === 0 ? 'ingen feil' : `${errors} feil`}, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`,
  validateTranslations: (coverage) => `oversettelser: ${coverage}`,

  help: {
    program: 'Lær Docker ved å gjøre det selv: nummererte oppgaver du løser med den ekte docker-CLI-en, sjekket mot Docker-daemonen din.',
    version: 'vis versjonen av docker-kata',
    helpOption: 'vis hjelp for kommandoen',
    helpCommand: 'vis hjelp for en kommando',
    afterError: '(kjør docker-kata --help for å se alle kommandoene)',
    headings: { usage: 'Bruk:', arguments: 'Argumenter:', options: 'Valg:', globalOptions: 'Globale valg:', commands: 'Kommandoer:' },
    options: {
      host: 'Docker Engine som skal sjekkes, f.eks. unix:///var/run/docker.sock (standard: finnes slik docker-CLI-en finner den)',
      track: 'bruk oppgavene i denne mappen (standard: $DOCKER_KATA_TRACK, ellers det innebygde kurset)',
      lang: 'språket docker-kata snakker: en, nb, nl (standard: docker-kata lang, ellers språkinnstillingen på maskinen din)',
    },
    commands: {
      next: { description: 'vis oppgaven du holder på med: hva du skal gjøre, og hvordan du sjekker det' },
      verify: {
        description: 'sjekk oppgaven du holder på med mot Docker-daemonen din (leser bare, endrer ingenting)',
        options: { json: 'skriv ut resultatet av hver sjekk som JSON' },
      },
      answer: {
        description: 'svar på spørsmålet i oppgaven du holder på med, og sjekk svaret',
        arguments: { text: 'svaret ditt (anførselstegn trengs ikke)' },
        options: { json: 'skriv ut resultatet av hver sjekk som JSON' },
      },
      hint: { description: 'vis neste tips til oppgaven du holder på med' },
      list: { description: 'vis alle oppgavene med status og fremdriften din', options: { json: 'skriv ut listen som JSON' } },
      solution: {
        description: 'vis løsningsforslaget til oppgaven du holder på med',
        options: { yes: 'vis det uten å spørre, selv om du ikke har løst oppgaven ennå' },
      },
      reset: {
        description: 'glem fremdriften din i en oppgave (standard: den du holder på med), eller alt med --all',
        arguments: { exercise: 'oppgavenummer eller id' },
        options: {
          all: 'glem all fremdrift i dette kurset',
          yes: 'ikke spør før alt glemmes (sammen med --all)',
          clean: 'fjern også Docker-objektene oppgaven ba deg lage, uten å spørre',
        },
      },
      goto: { description: 'hopp til en oppgave etter nummer eller id', arguments: { exercise: 'oppgavenummer (som i docker-kata list) eller id' } },
      watch: {
        description:
          'vis oppgaven du holder på med hele tiden, og sjekk den hver gang Docker melder om en endring (det docker-kata uten kommando gjør i en terminal)',
      },
      validate: {
        description: 'sjekk oppgavefilene i et kurs og rapporter hvert problem med fil:linje:kolonne',
        arguments: { dir: 'kursmappen (standard: --track, $DOCKER_KATA_TRACK, ellers det innebygde kurset)' },
        options: { json: 'skriv ut funnene som JSON' },
      },
      new: {
        description: 'lag en ny oppgave (YAML-fil og løsning) med neste nummer i et kurs',
        arguments: { id: 'id-en til oppgaven: ord med små bokstaver, skilt med -, f.eks. run-nginx' },
        options: { module: 'modulmappen oppgaven legges i (standard: den siste; opprettes hvis den mangler)' },
      },
      clean: {
        description: 'fjern Docker-objektene kurset ba deg lage, etter navn (spør først; --dry-run viser dem bare)',
        options: {
          dryRun: 'bare vis hva som ville blitt fjernet',
          yes: 'fjern uten å spørre (nødvendig når du ikke er i en terminal)',
          json: 'skriv ut hva som ble funnet og fjernet, som JSON',
        },
      },
      doctor: {
        description: 'forklar oppsettet ditt: hvilken Docker Engine som brukes og hvorfor, og hva som står i veien, med en løsning for hvert',
        options: { json: 'skriv ut { engine, daemon, findings } som JSON' },
        after:
          '\nLeser bare: stedene der docker-CLI-en ser etter en Docker Engine, GET-forespørsler til Engine API-et, imagene og\n' +
          'portene kurset bruker, ledig diskplass, fremdriftsfilen, Node.js-versjonen.\n' +
          'Avslutningskoder: 0 ingen problemer (advarsler går an), 1 problemer funnet, 2 ingen Docker Engine svarer, eller feil bruk.',
      },
      dev: {
        description: 'verktøy for kursforfattere (dev check: bevis hver oppgave med løsningsforslaget)',
        afterError: '(kjør docker-kata dev --help for å se verktøyene)',
        commands: {
          check: {
            description: 'bevis kurset: for hver oppgave feiler verify, løsningsforslaget kjøres i en ekte terminal, og så består verify',
            options: {
              registry: 'send `docker pull <image>`-linjer til dette registeret (for maskiner uten Docker Hub)',
              from: 'start på denne oppgaven (nummer eller id); de tidligere hoppes over',
              json: 'skriv ut utfallet for hver oppgave som JSON',
            },
            afterError: '(kjør docker-kata dev check --help for å se valgene)',
          },
        },
      },
      lang: {
        description: 'vis hvilket språk docker-kata snakker, eller velg et: en, nb eller nl (auto: følg språkinnstillingen på maskinen din)',
        arguments: { language: 'en, nb, nl eller auto' },
      },
    },
  },

  doctor: {
    heading: 'docker-kata doctor: oppsettet ditt, slik docker-kata ser det',
    fixLabel: 'Løsning:',
    summaryOk: (warnings) =>
      warnings === 0
        ? 'Alt docker-kata trenger, er på plass.'
        : `Ingen problemer; ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'} (merket med !) som er verdt å se på.`,
    summaryProblems: (problems, warnings) =>
      `${problems} ${problems === 1 ? 'problem' : 'problemer'}${warnings ? `, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}` : ''}: rett opp det som er merket med ✗, og kjør docker-kata doctor igjen.`,
    summaryNoEngine: 'docker-kata kan ikke sjekke oppgavene dine før en Docker Engine svarer: følg løsningen under ✗ ovenfor.',

    engineFound: (url) => `Fant Docker Engine på ${url}`,
    engineRule: (rule, source, realPath) =>
      (
        {
          flag: 'regel «flag»: du valgte den med --host',
          DOCKER_HOST: 'regel «DOCKER_HOST»: variabelen DOCKER_HOST peker på den',
          DOCKER_CONTEXT: `regel «DOCKER_CONTEXT»: ${source}`,
          'config-context': `regel «config-context»: den gjeldende docker-konteksten, ${source}`,
          'default-socket': `regel «default-socket»: verken --host, DOCKER_HOST eller en docker-kontekst er satt, så de vanlige stedene prøves etter tur; dette er ${source}`,
        } as Record<string, string>
      )[rule] + (realPath ? ` (en lenke til ${realPath})` : ''),
    noEngine: 'Ingen Docker Engine svarer',
    engineTooOld: (url) => `Docker Engine-en på ${url} er for gammel for docker-kata`,
    noEngineDetail: (places) =>
      `docker-kata har lett på de samme stedene som docker-CLI-en (${places} ${places === 1 ? 'sted' : 'steder'}, se nedenfor); ingen svarte på GET /_ping som en Docker Engine. Hvis \`docker ps\` virker i denne terminalen, virker docker-kata også.`,
    triedBefore: (where, what) => `Prøvd først: ${where} (${what})`,
    candidateFailed: (where, what) => `${where}: ${what}`,
    alsoAnswers: (where) => `En annen Docker Engine svarer også: ${where}`,
    alsoAnswersDetail: (used) =>
      `docker-kata bruker, akkurat som docker-CLI-en, den første som svarer: ${used}. Hvis containerne dine ligger på den andre, pek DOCKER_HOST (eller --host) på den.`,

    fixDesktopStart:
      'Start Docker Desktop og vent til hvalikonet slutter å bevege seg (i oppgavelinjen på Windows, i menylinjen på Mac): da kjører Docker.',
    fixWslIntegration: (distro) =>
      `Docker Desktop › Settings › Resources › WSL integration: slå på distroen din${distro ? ` (${distro})` : ''}, trykk «Apply & restart», og åpne så en ny terminal.`,
    fixWsl1: (distro) =>
      `Denne distroen kjører under WSL 1, og Docker trenger WSL 2: kjør \`wsl --set-version ${distro ?? '<distro>'} 2\` i PowerShell (\`wsl -l -v\` viser distroene dine og versjonene deres).`,
    fixWslServiceStart:
      'Docker er installert i denne WSL-distroen, men kjører ikke: `sudo service docker start` (eller `sudo systemctl start docker` når systemd er slått på).',
    fixDesktopInstall:
      'Hvis Docker Desktop ikke vil installeres eller starte, eller påstår at Windows-versjonen din er for gammel: avinstaller det, og eventuelle editorutvidelser som installerte det (som Docker-utvidelsen til VS Code); last ned Docker Desktop fra https://www.docker.com/products/docker-desktop/ og installer det derfra. Det setter opp WSL 2 (ellers kan du kjøre `wsl --install` i PowerShell som administrator først). Installer så utvidelsen igjen: den finner Docker Desktop av seg selv.',
    fixDockerGroup:
      'Ingen tilgang til Docker-socketen: legg deg selv til i docker-gruppen med `sudo usermod -aG docker $USER`, og logg så ut og inn igjen (eller kjør `newgrp docker` i denne terminalen).',
    fixPodmanSocketStart:
      'Podman er installert: start den Docker-kompatible socketen med `systemctl --user start podman.socket`, og kjør så `export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock` (legg den linjen i ~/.bashrc for å beholde den).',
    fixPodmanUseSocket: (socket) =>
      `Den Docker-kompatible socketen til Podman ligger på ${socket}: \`export DOCKER_HOST=unix://${socket}\` (legg den linjen i ~/.bashrc for å beholde den).`,
    fixColimaStart: 'Start Colima: `colima start` (det lager docker-konteksten «colima»; `docker context use colima` velger den).',
    fixMacStart:
      'Start Docker Desktop og vent til hvalikonet i menylinjen slutter å bevege seg. Har du ikke Docker Desktop? Installer det fra https://www.docker.com/products/docker-desktop/, eller bruk Colima (`brew install colima docker`, og så `colima start`).',
    fixLinuxStart: 'Docker-tjenesten er stoppet: `sudo systemctl start docker` (`sudo service docker start` uten systemd).',
    fixLinuxInstall:
      'Docker ser ikke ut til å være installert eller kjøre her. Start det med `sudo systemctl start docker`; for å installere det, følg https://docs.docker.com/engine/install/ (eller installer Docker Desktop).',
    fixUnusable: (source) => `${source} inneholder noe docker-kata ikke kan bruke: hva som er galt, og hvordan du retter det, står under den nedenfor.`,

    daemonUnreadable: 'Docker Engine svarer på /_ping, men ikke på GET /version eller /info',
    fixDaemonUnreadable: 'Kjør `docker version` og `docker info` i denne terminalen; start Docker på nytt hvis de også feiler.',
    daemonPartly: 'Noe av det Docker Engine sier om seg selv, kunne ikke leses',
    daemonTitle: (product, version, os, arch) => `${product} ${version}${os || arch ? ` (${[os, arch].filter(Boolean).join('/')})` : ''}`,
    daemonDetail: (summary) =>
      [
        summary.operatingSystem,
        summary.kernelVersion && `kjerne ${summary.kernelVersion}`,
        summary.driver && `lagringsdriver ${summary.driver}`,
        summary.cgroupVersion && `cgroup v${summary.cgroupVersion}`,
        summary.dockerRootDir && `data i ${summary.dockerRootDir}`,
        summary.name && `vertsnavn ${summary.name}`,
      ]
        .filter(Boolean)
        .join(', '),
    apiOk: (version, minimum) => `Engine API ${version}: nytt nok (docker-kata trenger ${minimum} eller nyere)`,
    apiTooOld: (version, minimum) => `Engine API ${version} er for gammelt: docker-kata trenger ${minimum} eller nyere`,
    apiDetail: (minimum) => (minimum ? `Daemonen godtar også eldre klienter, helt ned til API ${minimum}.` : ''),
    fixUpdateDesktop: 'Oppdater Docker Desktop: i menyen › Check for updates.',
    fixUpdateEngine: 'Oppdater Docker Engine (Docker 1.12 fra 2016 er den eldste docker-kata kan lese): https://docs.docker.com/engine/install/',
    windowsContainers: 'Docker Desktop kjører Windows-containere',
    windowsContainersDetail: 'Kurset bruker Linux-images (ubuntu, nginx, …), og de kjører bare i Linux-container-modus.',
    fixLinuxContainers: 'Høyreklikk på hvalikonet i oppgavelinjen › «Switch to Linux containers…».',
    clockOffset: (seconds) => `Klokken til daemonen går ${Math.abs(seconds)} s ${seconds > 0 ? 'foran' : 'etter'} klokken på denne maskinen`,
    clockOffsetDetail:
      'docker-kata sammenligner tider på klokken til daemonen, så sjekkene virker likevel. (En Docker Desktop-VM henger ofte etter når maskinen har vært i dvale; en omstart av Docker Desktop retter det.)',

    wsl: (version, distro) => `Windows Subsystem for Linux ${version}${distro ? `, distroen ${distro}` : ''}`,
    wslDesktopDetail: 'Denne distroen får Docker Engine fra WSL-integrasjonen i Docker Desktop.',
    wslNativeDetail: 'Docker Engine er installert inne i WSL, ikke gjennom Docker Desktop; det fungerer også.',
    wslNoEngineDetail: 'I WSL kommer Docker vanligvis fra Docker Desktop på Windows, gjennom WSL-integrasjonen (se løsningen ovenfor).',
    dockerDesktop: 'Docker Desktop',
    dockerDesktopDetail:
      'Docker Engine kjører i en liten virtuell maskin som Docker Desktop styrer; publiserte porter når du på localhost. Hvalikonet viser om den kjører.',
    podman: 'Podman, ikke Docker',
    podmanDetail:
      'docker-kata leser Podman der den skiller seg fra Docker (navn på hendelser, filtre, standardnettverket). Noen få oppgaver krever Docker Engine (swarm-modus, `docker commit` på Podman 4.3, standardregisteret): sidene deres sier det, og med `docker-kata goto <nummer>` går du forbi dem.',
    colima: 'Colima',
    colimaDetail: 'Docker Engine kjører i en virtuell Colima-maskin; `colima status` viser den, og `colima start` starter den etter en omstart.',
    rootless: 'Rootless Docker',
    rootlessDetail: 'Daemonen kjører som brukeren din, ikke som root: tryggere, men med noen få begrensninger (porter under 1024, noen --memory-grenser).',
    rootlessLowPorts: (ports) =>
      `Rootless Docker kan ikke publisere ${ports.length === 1 ? 'port' : 'portene'} ${ports.join(', ')} slik den er satt opp nå`,
    rootlessLowPortsDetail: 'Porter under 1024 er privilegerte; en rootless daemon kan bare bruke dem når kjernen tillater det.',
    fixRootlessLowPorts: (lowest) =>
      `\`sudo sysctl net.ipv4.ip_unprivileged_port_start=${lowest}\` (legg det i /etc/sysctl.d/ for å beholde det), og så \`systemctl --user restart docker\`.`,
    remote: (url) => `Docker Engine er på en annen maskin (${url})`,
    remoteDetail:
      'Publiserte porter åpnes på den maskinen, ikke på 127.0.0.1 her, så oppgaver som henter en nettside, kan ikke bestås; mapper du bind-monterer, må også ligge på den maskinen.',
    fixRemote: 'Bruk en Docker Engine på denne maskinen til kurset (Docker Desktop, eller Docker Engine på Linux).',

    track: (name, exercises) => `Kurset «${name}»: ${exercises} ${exercises === 1 ? 'oppgave' : 'oppgaver'}`,
    trackBroken: (dir) => `Oppgavene i ${dir} kunne ikke lastes inn`,
    fixTrack: 'Rett opp oppgavefilene som er listet opp, eller dropp --track (og DOCKER_KATA_TRACK) for å bruke det innebygde kurset.',
    noImagesDeclared: 'Kurset oppgir ingen images det trenger',
    imagesPresent: (count) => `${count === 1 ? 'Imaget' : `Alle de ${count} imagene`} kurset bruker, er her`,
    imagesMissing: (missing, total) =>
      `${missing.length} av de ${total} imagene kurset bruker, er ikke her ennå: ${missing.join(', ')}`,
    imagesMissingDetail: 'De lastes ned første gang de brukes, og det krever internett.',
    imagesUnknown: (unknown, total) => `${unknown} av de ${total} imagene kurset bruker, kunne ikke sjekkes`,
    imageUnknown: (reference, why) => `${reference}: ${why}`,
    fixPullImages: (missing) =>
      `Last ${missing.length === 1 ? 'det' : 'dem'} ned nå, mens du har internett: ${missing.map((image) => `\`docker pull ${image}\``).join(', ')}.`,
    portsFree: (ports) =>
      `${ports.length === 1 ? 'Porten' : 'Portene'} kurset bruker, er ${ports.length === 1 ? 'ledig' : 'ledige'}: ${ports.join(', ')}`,
    portsFreeDetail: (count) =>
      `docker-kata kunne lytte på ${count === 1 ? 'den' : 'dem'} på 127.0.0.1 og 0.0.0.0, og ingen container publiserer ${count === 1 ? 'den' : 'dem'}.`,
    portBusy: (port) => `Port ${port} er opptatt av et program på denne maskinen`,
    portBusyDetail: (port) =>
      `En oppgave publiserer port ${port}; \`docker run -p ${port}:…\` feiler med «port is already allocated» så lenge den er opptatt.`,
    fixPortBusy: (port) =>
      `Stopp det som bruker port ${port}. Hvis det er en container, viser \`docker ps --filter publish=${port}\` den; ellers finner \`sudo ss -ltnp 'sport = :${port}'\` (Linux) eller \`lsof -i :${port}\` (Mac) programmet.`,
    portPublished: (port, containers) =>
      `Port ${port} publiseres av ${containers.length === 1 ? 'containeren' : 'containerne'} ${containers.map((container) => `\`${container.name}\` (${container.image})`).join(', ')}`,
    portPublishedDetail: (port) => `En oppgave publiserer port ${port}; da må den være ledig.`,
    portPublishedByTrack: (port) =>
      `Det er kurset selv som ber deg lage den containeren; når du er forbi den oppgaven, må port ${port} være ledig igjen til neste oppgave som bruker den.`,
    fixPortContainer: (port, names) =>
      `Stopp den når du trenger porten: ${names.map((name) => `\`docker stop ${name}\``).join(', ')} (\`docker ps --filter publish=${port}\` viser hva som publiserer port ${port}).`,
    portUnknown: (port) => `Port ${port}: kunne ikke finne ut om den er ledig`,

    diskFree: (free, of, where) =>
      `${free} ledig på disken til ${of === 'docker-root' ? `Docker-dataene (${where})` : `mappen til docker-kata (${where})`}`,
    diskDetail: (total) => `av ${total}.`,
    diskLow: (threshold) => `Mindre enn ${threshold}: nedlasting og bygging av imagene til kurset kan fylle den opp.`,
    diskUnknown: (where) => `Ledig diskplass på ${where}: ukjent`,
    diskInVm:
      'Docker Engine lagrer images på sin egen virtuelle disk, som docker-kata ikke kan måle herfra; `docker system df` viser hva Docker bruker.',
    fixDisk: 'Frigjør litt plass: `docker system df` viser hva Docker bruker, `docker image prune` fjerner ubrukte images, og `docker container prune` stoppede containere.',

    stateOk: (file) => `Fremdriftsfil ${file}`,
    stateExists: 'Den finnes, og docker-kata kan skrive til den.',
    stateNew: 'Den finnes ikke ennå; docker-kata kan lage den første gang den trengs.',
    stateUnreadable: (file) => `Fremdriftsfilen ${file} kan ikke leses`,
    stateNotWritable: (file) => `docker-kata kan ikke skrive til fremdriftsfilen sin ${file}`,
    stateNotWritableDetail: 'Uten den blir ikke beståtte oppgaver og viste tips husket.',
    fixStateWritable: (folder) =>
      `Gjør ${folder} skrivbar for deg (\`sudo chown -R "$USER" ${folder}\`), eller sett DOCKER_KATA_HOME til en mappe du kan skrive til.`,
    stateDamaged: (file) => `Fremdriftsfilen ${file} er skadet`,
    fixStateDamaged:
      'Neste docker-kata-kommando tar vare på den som state.json.corrupt-<tidspunkt> og begynner på nytt. Vil du beholde fremdriften din, må du reparere JSON-en for hånd først.',
    nodeOk: (version, required) => `Node.js ${version} (docker-kata trenger ${required})`,
    nodeOld: (version, required) => `Node.js ${version} er for gammel: docker-kata trenger ${required}`,
    fixNode: (required) => `Installer Node.js ${required.replace(/^>=\s*/, '')} eller nyere: https://nodejs.org/, eller \`nvm install --lts\`.`,
  },
};

const nl: Translation<typeof en> = {
  progress: 'Voortgang:',
  exerciseHeading: (number, total, module) => `Oefening ${number} van ${total} · ${module}`,
  howToVerify: 'Als je klaar bent, controleer je het met:  docker-kata verify',
  howToAnswer: 'Antwoord met:  docker-kata answer <je antwoord>',
  hintsAvailable: (left) =>
    left > 0
      ? `Zit je vast? docker-kata hint (nog ${left} ${left === 1 ? 'hint' : 'hints'} over)`
      : 'Je hebt alle hints gezien; docker-kata solution laat de voorbeeldoplossing zien.',
  passed: (title) => `✓ Geslaagd: ${title}`,
  notYet: (title) => `✗ Nog niet: ${title}`,
  expected: 'verwacht',
  actual: 'werkelijk',
  stillPassed: (when) => `Je had deze oefening al eerder gehaald (${when}); ze blijft als klaar gemarkeerd.`,
  passedWith: (objects) => `Vastgelegd toen je slaagde: ${objects} (latere oefeningen verwijzen naar wat je hier gemaakt hebt).`,
  objectTypes: { container: 'container', image: 'image', network: 'netwerk', volume: 'volume', service: 'service' },
  needsDockerNote: (reason) => `Vereist Docker Engine (niet Podman): ${reason}`,
  needsDocker: (number, podman, address, reason, next) =>
    `Oefening ${number} vereist Docker Engine, en docker-kata bereikte Podman ${podman} op ${address}: ${reason}\n` +
    'Doe haar tegen een Docker Engine (zet DOCKER_HOST, of kies een docker-context)' +
    (next === undefined ? '.' : `, of ga zonder haar verder: docker-kata goto ${next}`),
  afterFailure: 'Los op wat met ✗ gemarkeerd is en voer docker-kata verify opnieuw uit.',
  afterWrongAnswer: 'Antwoord opnieuw: docker-kata answer <tekst>.',
  allDone: 'Je hebt alle oefeningen van deze cursus gedaan. Goed gedaan!',
  noQuestion: (number) =>
    `Oefening ${number} stelt geen vraag, dus er valt niets te beantwoorden: voer de opdracht uit en draai docker-kata verify.`,
  answerSaved: (answer) => `Je antwoord: "${answer}"`,
  startedNow: 'Je had deze oefening nog niet geopend, dus ze begint nu: wat je hiervoor deed, telt niet mee.',
  hintHeading: (number, total) => `Hint ${number} van ${total}`,
  lastHint: 'Dat was de laatste hint. docker-kata solution laat de voorbeeldoplossing zien.',
  solutionAsk: (number) => `Je hebt oefening ${number} nog niet opgelost. Wil je de oplossing toch zien? [y/N] `,
  solutionNeedsYes: (number) =>
    `Je hebt oefening ${number} nog niet opgelost. Wil je de oplossing toch zien, voer dan uit: docker-kata solution --yes`,
  solutionMissing: (file) => `Deze oefening heeft geen voorbeeldoplossing (${file} ontbreekt).`,
  pressKey: (key) => `druk op ${key}`,
  unknownExercise: (wanted, total) =>
    `Er is geen oefening "${wanted}". Geef een nummer van 1 tot en met ${total} of de id van een oefening; docker-kata list toont ze allemaal.`,
  resetDone: (number, title) => `Oefening ${number} (${title}) begint opnieuw: voortgang, hints en antwoord zijn vergeten.`,
  resetAllDone: (name) => `Al je voortgang in "${name}" is vergeten; je begint weer bij oefening 1.`,
  resetAllAsk: (name) => `Al je voortgang in "${name}" vergeten? [y/N] `,
  resetAllNeedsYes: 'Hiermee vergeet je al je voortgang. Wil je dat doen zonder dat er iets gevraagd wordt, voer dan uit: docker-kata reset --all --yes',
  cleanGroup: { container: 'Containers', service: 'Services', network: 'Netwerken', volume: 'Volumes', image: 'Images (tags)' },
  cleanWhat: (kind, name) => `${kindNl[kind] ?? kind} ${name}`,
  cleanDeclaredBy: (exercises) =>
    `${exercises.length === 1 ? 'oefening' : 'oefeningen'} ${exercises.map((exercise) => `${exercise.number} ${exercise.id}`).join(', ')}`,
  cleanScopeTrack: (name) => `de cursus "${name}"`,
  cleanScopeExercise: (number, title) => `oefening ${number} (${title})`,
  cleanFound: (count, scope) =>
    count === 1
      ? `Dit object, dat ${scope} je liet maken, bestaat op je Docker-daemon:`
      : `Deze ${count} objecten, die ${scope} je liet maken, bestaan op je Docker-daemon:`,
  cleanNothing: (scope) => `Geen van de objecten die ${scope} je liet maken, bestaat op je Docker-daemon: er valt niets te verwijderen.`,
  cleanKept: (what, reason) => `met rust gelaten: ${what}, omdat ${reason}`,
  cleanNotListed:
    'Nooit verwijderd, omdat clean ze niet kan kennen: containers die van Docker een willekeurige naam kregen (`docker container prune` verwijdert alle gestopte containers, ook die niet van docker-kata komen), Compose-projecten (`docker compose down` in hun map), swarm-modus (`docker swarm leave --force`), en bestanden en mappen op je computer.',
  cleanAsk: (count) => `${count === 1 ? 'Dit object' : `Deze ${count} objecten`} verwijderen? [y/N] `,
  cleanNeedsYes: (count) =>
    `docker-kata clean vraagt het eerst voordat het ${count === 1 ? 'dit object' : `deze ${count} objecten`} verwijdert, maar dit is geen terminal. Om ${count === 1 ? 'het' : 'ze'} zonder vraag te verwijderen, voer je uit: docker-kata clean --yes (docker-kata clean --dry-run toont ze alleen).`,
  cleanDryRun: 'Proefdraaien: er is niets verwijderd. docker-kata clean verwijdert ze (en vraagt het je eerst).',
  cleanNothingRemoved: 'Er is niets verwijderd.',
  cleanRemoved: (what) => `${what} verwijderd`,
  cleanUntagged: (tag, otherTags) =>
    `tag ${tag} verwijderd; de image zelf blijft bestaan${otherTags.length ? ` als ${otherTags.join(', ')}` : ''}`,
  cleanGone: (what) => `${what} was al weg`,
  cleanInUse: (what, users) =>
    `${what} wordt nog gebruikt door je container${users.length === 1 ? '' : 's'} ${users.join(', ')} — niet verwijderd`,
  cleanRefused: (what, said) => `${what} kon niet verwijderd worden — de Docker-daemon zei: ${said}`,
  cleanTagMoved: (tag) =>
    `${tag} verwijst nu naar een andere image dan de getoonde — niet verwijderd (voer het commando opnieuw uit om die te zien)`,
  cleanSummary: (removed, failed) =>
    failed === 0
      ? `Klaar: ${removed} verwijderd.`
      : `${removed} verwijderd, ${failed} niet: maak vrij wat ${failed === 1 ? 'het' : 'ze'} vasthoudt en voer het commando opnieuw uit.`,
  resetCleanHint: (id) =>
    `Om die ook te verwijderen, voer je uit: docker-kata reset ${id} --clean (docker-kata clean verwijdert alles wat de hele cursus je liet maken).`,
  resetCleanNothing: (number) => `Oefening ${number} laat je geen Docker-objecten met een naam maken: er valt niets te verwijderen.`,
  resetCleanUnreachable: (detail) =>
    `Kon Docker niet vragen of de objecten van deze oefening nog bestaan (${detail}); docker-kata clean kan ze later verwijderen.`,
  resetCleanNoEngine: 'er antwoordde geen Docker Engine',
  warning: (text) => `waarschuwing: ${text}`,
  cancelled: 'Er is niets veranderd.',
  nextUp: 'Volgende oefening:',
  langCurrent: (language, source) =>
    `docker-kata spreekt ${language} (${source === 'default' ? 'de standaardtaal' : source === 'remembered' ? 'gekozen met docker-kata lang' : `via ${source}`}). Kies met: docker-kata lang en|nb|nl, of auto om de taalinstelling van je systeem te volgen.`,
  langUnknown: (wanted) =>
    `docker-kata spreekt en, nb en nl; "${wanted}" hoort daar niet bij. Je kunt ook auto opgeven om de taalinstelling van je systeem te volgen.`,
  langSaved: (language) => `docker-kata spreekt vanaf nu ${language}.`,
  langAuto: (language) => `docker-kata volgt weer de taalinstelling van je systeem: voorlopig ${language}.`,
  langFlagUnknown: (wanted) => `docker-kata spreekt en, nb en nl; "${wanted}" hoort daar niet bij.`,
  watchStatus: (engine) => `docker-kata watch · ${engine}`,
  watchKeys: 'h hint · l lijst · n volgende · r nu controleren · q stoppen',
  watchLineKeys: 'Typ h (hint), l (lijst), n (volgende), r (nu controleren) of q (stoppen) en druk op Enter.',
  watchHowTo: 'watch controleert het zodra Docker een wijziging meldt (r controleert meteen).',
  watchWaiting: 'Doe het in een andere terminal: watch controleert zodra Docker een wijziging meldt.',
  watchChecking: 'controleren…',
  watchConnected: 'kijkt mee',
  watchAway: 'daemon weg',
  watchConnecting: (engine) => `Verbinden met de Docker-daemon op ${engine}…`,
  daemonGone: (reason, seconds) => `De Docker-daemon is weggevallen (${reason}). Opnieuw verbinden over ${seconds} s…`,
  daemonBack: (engine) => `Weer verbonden met de Docker-daemon op ${engine}.`,
  watchCheckFailed: (message) => `Controleren lukte niet: ${message}`,
  watchNotPassed: (number) =>
    `Oefening ${number} is nog niet gehaald: zodra dat zo is, ga je met n verder (met docker-kata goto spring je naar elke oefening).`,
  watchHideBanner: 'Druk op n om dit te verbergen.',
  watchListClose: 'l sluit de lijst.',
  watchSaved: (done, total) => `Voortgang opgeslagen: ${done} van ${total} oefeningen klaar. docker-kata watch gaat hier verder.`,
  newBadId: (id) => `"${id}" kan geen id van een oefening zijn: gebruik kleine letters en cijfers, woorden verbonden met -, bijv. run-nginx.`,
  newExists: (id, folder) => `Er bestaat al een oefening "${id}" in ${folder}.`,
  newCreated: (exercise, solution) =>
    `Aangemaakt: ${exercise}\nen de oplossing ${solution}.\nBewerk ze allebei en voer dan uit: docker-kata validate, en docker-kata dev check om te bewijzen dat ze werkt.`,
  validateSummary: (exercises, errors, warnings) =>
    `${exercises} ${exercises === 1 ? 'oefening' : 'oefeningen'}: ${errors === 0 ? 'geen fouten' : `${errors} ${errors === 1 ? 'fout' : 'fouten'}`}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  validateTranslations: (coverage) => `vertalingen: ${coverage}`,

  help: {
    program: 'Leer Docker door het te doen: genummerde opdrachten die je oplost met de echte docker-CLI, gecontroleerd tegen je Docker-daemon.',
    version: 'toon de versie van docker-kata',
    helpOption: 'toon hulp bij het commando',
    helpCommand: 'toon hulp bij een commando',
    afterError: "(voer docker-kata --help uit om alle commando's te zien)",
    headings: { usage: 'Gebruik:', arguments: 'Argumenten:', options: 'Opties:', globalOptions: 'Globale opties:', commands: "Commando's:" },
    options: {
      host: 'de Docker Engine om te controleren, bijv. unix:///var/run/docker.sock (standaard: gezocht zoals de docker-CLI dat doet)',
      track: 'gebruik de oefeningen in deze map (standaard: $DOCKER_KATA_TRACK, anders de ingebouwde cursus)',
      lang: 'de taal van docker-kata: en, nb, nl (standaard: docker-kata lang, anders de taalinstelling van je systeem)',
    },
    commands: {
      next: { description: 'toon de huidige oefening: wat je moet doen en hoe je het controleert' },
      verify: {
        description: 'controleer de huidige oefening tegen je Docker-daemon (leest alleen, verandert niets)',
        options: { json: 'toon het resultaat van elke controle als JSON' },
      },
      answer: {
        description: 'beantwoord de vraag van de huidige oefening en controleer je antwoord',
        arguments: { text: 'je antwoord (aanhalingstekens zijn niet nodig)' },
        options: { json: 'toon het resultaat van elke controle als JSON' },
      },
      hint: { description: 'toon de volgende hint bij de huidige oefening' },
      list: { description: 'toon alle oefeningen met hun status en je voortgang', options: { json: 'toon de lijst als JSON' } },
      solution: {
        description: 'toon de voorbeeldoplossing van de huidige oefening',
        options: { yes: 'toon haar zonder te vragen, ook als je de oefening nog niet hebt opgelost' },
      },
      reset: {
        description: 'vergeet je voortgang in een oefening (standaard: de huidige), of alles met --all',
        arguments: { exercise: 'nummer of id van de oefening' },
        options: {
          all: 'vergeet alle voortgang in deze cursus',
          yes: 'niet vragen voordat alles vergeten wordt (samen met --all)',
          clean: 'verwijder ook de Docker-objecten die de oefening je liet maken, zonder te vragen',
        },
      },
      goto: { description: 'spring naar een oefening op nummer of id', arguments: { exercise: 'nummer van de oefening (zoals in docker-kata list) of id' } },
      watch: {
        description:
          'houd de huidige oefening in beeld en controleer haar telkens als Docker een wijziging meldt (wat docker-kata zonder commando in een terminal doet)',
      },
      validate: {
        description: 'controleer de oefeningbestanden van een cursus en meld elk probleem met bestand:regel:kolom',
        arguments: { dir: 'de map van de cursus (standaard: --track, $DOCKER_KATA_TRACK, anders de ingebouwde cursus)' },
        options: { json: 'toon de bevindingen als JSON' },
      },
      new: {
        description: 'maak een nieuwe oefening aan (YAML-bestand en oplossing) met het volgende nummer in een cursus',
        arguments: { id: 'de id van de oefening: woorden in kleine letters, verbonden met -, bijv. run-nginx' },
        options: { module: 'de modulemap waarin ze komt (standaard: de laatste; wordt aangemaakt als die ontbreekt)' },
      },
      clean: {
        description: 'verwijder de Docker-objecten die de cursus je liet maken, op naam (vraagt het eerst; --dry-run toont ze alleen)',
        options: {
          dryRun: 'toon alleen wat er verwijderd zou worden',
          yes: 'verwijder zonder te vragen (nodig als je niet in een terminal zit)',
          json: 'toon wat er gevonden en verwijderd is als JSON',
        },
      },
      doctor: {
        description: 'leg je omgeving uit: welke Docker Engine gebruikt wordt en waarom, en wat er in de weg zit, elk met een oplossing',
        options: { json: 'toon { engine, daemon, findings } als JSON' },
        after:
          '\nLeest alleen: de plekken waar de docker-CLI een Docker Engine zoekt, GET-verzoeken aan de Engine API, de images\n' +
          'en poorten van de cursus, vrije schijfruimte, het voortgangsbestand, de versie van Node.js.\n' +
          'Exitcodes: 0 geen problemen (waarschuwingen mogen), 1 problemen gevonden, 2 geen Docker Engine bereikbaar, of verkeerd gebruik.',
      },
      dev: {
        description: 'hulpmiddelen voor cursusauteurs (dev check: bewijs elke oefening met haar voorbeeldoplossing)',
        afterError: '(voer docker-kata dev --help uit om de hulpmiddelen te zien)',
        commands: {
          check: {
            description: 'bewijs de cursus: voor elke oefening faalt verify, draait de voorbeeldoplossing in een echte terminal en slaagt verify',
            options: {
              registry: 'laat regels met `docker pull <image>` naar deze registry wijzen (voor machines zonder Docker Hub)',
              from: 'begin bij deze oefening (nummer of id); eerdere worden overgeslagen',
              json: 'toon de uitkomst van elke oefening als JSON',
            },
            afterError: '(voer docker-kata dev check --help uit om de opties te zien)',
          },
        },
      },
      lang: {
        description: 'toon de taal van docker-kata, of kies er een: en, nb of nl (auto: volg de taalinstelling van je systeem)',
        arguments: { language: 'en, nb, nl of auto' },
      },
    },
  },

  doctor: {
    heading: 'docker-kata doctor: je omgeving, zoals docker-kata die ziet',
    fixLabel: 'Oplossing:',
    summaryOk: (warnings) =>
      warnings === 0
        ? 'Alles wat docker-kata nodig heeft, is aanwezig.'
        : `Geen problemen; ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'} (gemarkeerd met !) om even naar te kijken.`,
    summaryProblems: (problems, warnings) =>
      `${problems} ${problems === 1 ? 'probleem' : 'problemen'}${warnings ? `, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''}: los op wat met ✗ gemarkeerd is en voer docker-kata doctor opnieuw uit.`,
    summaryNoEngine: 'docker-kata kan je oefeningen pas controleren als er een Docker Engine antwoordt: volg de oplossing onder ✗ hierboven.',

    engineFound: (url) => `Docker Engine gevonden op ${url}`,
    engineRule: (rule, source, realPath) =>
      (
        {
          flag: 'regel "flag": je hebt hem gekozen met --host',
          DOCKER_HOST: 'regel "DOCKER_HOST": de variabele DOCKER_HOST wijst hem aan',
          DOCKER_CONTEXT: `regel "DOCKER_CONTEXT": ${source}`,
          'config-context': `regel "config-context": de huidige docker-context, ${source}`,
          'default-socket': `regel "default-socket": er is geen --host, DOCKER_HOST of docker-context ingesteld, dus de gebruikelijke plekken worden op volgorde geprobeerd; dit is ${source}`,
        } as Record<string, string>
      )[rule] + (realPath ? ` (een link naar ${realPath})` : ''),
    noEngine: 'Er antwoordt geen Docker Engine',
    engineTooOld: (url) => `De Docker Engine op ${url} is te oud voor docker-kata`,
    noEngineDetail: (places) =>
      `docker-kata heeft gezocht waar de docker-CLI zoekt (${places} ${places === 1 ? 'plek' : 'plekken'}, zie hieronder); geen enkele antwoordde op GET /_ping als een Docker Engine. Werkt \`docker ps\` in deze terminal, dan werkt docker-kata ook.`,
    triedBefore: (where, what) => `Eerst geprobeerd: ${where} (${what})`,
    candidateFailed: (where, what) => `${where}: ${what}`,
    alsoAnswers: (where) => `Er antwoordt nog een Docker Engine: ${where}`,
    alsoAnswersDetail: (used) =>
      `docker-kata gebruikt, net als de docker-CLI, de eerste die antwoordt: ${used}. Staan je containers op de andere, wijs die dan aan met DOCKER_HOST (of --host).`,

    fixDesktopStart:
      'Start Docker Desktop en wacht tot het walvisicoon stopt met bewegen (in de taakbalk op Windows, in de menubalk op een Mac): dan draait Docker.',
    fixWslIntegration: (distro) =>
      `Docker Desktop › Settings › Resources › WSL integration: zet je distro aan${distro ? ` (${distro})` : ''}, klik op "Apply & restart" en open daarna een nieuwe terminal.`,
    fixWsl1: (distro) =>
      `Deze distro draait onder WSL 1 en Docker heeft WSL 2 nodig: voer in PowerShell \`wsl --set-version ${distro ?? '<distro>'} 2\` uit (\`wsl -l -v\` toont je distro's en hun versies).`,
    fixWslServiceStart:
      'Docker is geïnstalleerd in deze WSL-distro maar draait niet: `sudo service docker start` (of `sudo systemctl start docker` als systemd aanstaat).',
    fixDesktopInstall:
      'Wil Docker Desktop niet installeren of starten, of beweert het dat je Windows te oud is? Verwijder het dan, en ook elke editor-extensie die het heeft geïnstalleerd (zoals de Docker-extensie van VS Code); download Docker Desktop van https://www.docker.com/products/docker-desktop/ en installeer het vanaf daar. Het richt WSL 2 in (of voer eerst `wsl --install` uit in PowerShell als administrator). Installeer daarna de extensie opnieuw: die vindt Docker Desktop vanzelf.',
    fixDockerGroup:
      'Geen toegang tot de Docker-socket: voeg jezelf toe aan de groep docker met `sudo usermod -aG docker $USER`, en log daarna uit en weer in (of voer `newgrp docker` uit in deze terminal).',
    fixPodmanSocketStart:
      'Podman is geïnstalleerd: start de Docker-compatibele socket met `systemctl --user start podman.socket` en daarna `export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock` (zet die regel in ~/.bashrc om hem te bewaren).',
    fixPodmanUseSocket: (socket) =>
      `De Docker-compatibele socket van Podman staat op ${socket}: \`export DOCKER_HOST=unix://${socket}\` (zet die regel in ~/.bashrc om hem te bewaren).`,
    fixColimaStart: 'Start Colima: `colima start` (dat maakt de docker-context "colima"; `docker context use colima` selecteert hem).',
    fixMacStart:
      'Start Docker Desktop en wacht tot het walvisicoon in de menubalk stopt met bewegen. Geen Docker Desktop? Installeer het via https://www.docker.com/products/docker-desktop/, of gebruik Colima (`brew install colima docker`, daarna `colima start`).',
    fixLinuxStart: 'De Docker-service is gestopt: `sudo systemctl start docker` (`sudo service docker start` zonder systemd).',
    fixLinuxInstall:
      'Docker lijkt hier niet geïnstalleerd te zijn of niet te draaien. Start het met `sudo systemctl start docker`; om het te installeren volg je https://docs.docker.com/engine/install/ (of installeer Docker Desktop).',
    fixUnusable: (source) => `${source} bevat iets wat docker-kata niet kan gebruiken: wat er mis is en hoe je het verhelpt, staat eronder.`,

    daemonUnreadable: 'De Docker Engine antwoordt op /_ping, maar niet op GET /version of /info',
    fixDaemonUnreadable: 'Voer `docker version` en `docker info` uit in deze terminal; herstart Docker als die ook mislukken.',
    daemonPartly: 'Een deel van wat de Docker Engine over zichzelf vertelt, kon niet gelezen worden',
    daemonTitle: (product, version, os, arch) => `${product} ${version}${os || arch ? ` (${[os, arch].filter(Boolean).join('/')})` : ''}`,
    daemonDetail: (summary) =>
      [
        summary.operatingSystem,
        summary.kernelVersion && `kernel ${summary.kernelVersion}`,
        summary.driver && `opslagdriver ${summary.driver}`,
        summary.cgroupVersion && `cgroup v${summary.cgroupVersion}`,
        summary.dockerRootDir && `data in ${summary.dockerRootDir}`,
        summary.name && `hostnaam ${summary.name}`,
      ]
        .filter(Boolean)
        .join(', '),
    apiOk: (version, minimum) => `Engine API ${version}: nieuw genoeg (docker-kata heeft ${minimum} of nieuwer nodig)`,
    apiTooOld: (version, minimum) => `Engine API ${version} is te oud: docker-kata heeft ${minimum} of nieuwer nodig`,
    apiDetail: (minimum) => (minimum ? `De daemon accepteert ook oudere clients, tot en met API ${minimum}.` : ''),
    fixUpdateDesktop: 'Werk Docker Desktop bij: in het menu › Check for updates.',
    fixUpdateEngine: 'Werk Docker Engine bij (Docker 1.12 uit 2016 is de oudste die docker-kata kan lezen): https://docs.docker.com/engine/install/',
    windowsContainers: 'Docker Desktop draait Windows-containers',
    windowsContainersDetail: 'De cursus gebruikt Linux-images (ubuntu, nginx, …), en die draaien alleen in de modus voor Linux-containers.',
    fixLinuxContainers: 'Klik met rechts op het walvisicoon in de taakbalk › "Switch to Linux containers…".',
    clockOffset: (seconds) => `De klok van de daemon loopt ${Math.abs(seconds)} s ${seconds > 0 ? 'voor op' : 'achter op'} die van deze computer`,
    clockOffsetDetail:
      'docker-kata vergelijkt tijden op de klok van de daemon, dus de controles werken gewoon. (De VM van Docker Desktop loopt vaak achter nadat de laptop in slaapstand stond; Docker Desktop herstarten zet dat recht.)',

    wsl: (version, distro) => `Windows Subsystem for Linux ${version}${distro ? `, distro ${distro}` : ''}`,
    wslDesktopDetail: 'Deze distro krijgt zijn Docker Engine via de WSL-integratie van Docker Desktop.',
    wslNativeDetail: 'De Docker Engine is binnen WSL zelf geïnstalleerd, niet via Docker Desktop; dat werkt ook.',
    wslNoEngineDetail: 'In WSL komt Docker meestal van Docker Desktop op Windows, via de WSL-integratie (zie de oplossing hierboven).',
    dockerDesktop: 'Docker Desktop',
    dockerDesktopDetail:
      'De Docker Engine draait in een kleine virtuele machine die Docker Desktop beheert; gepubliceerde poorten bereik je op localhost. Het walvisicoon laat zien of hij draait.',
    podman: 'Podman, niet Docker',
    podmanDetail:
      'docker-kata leest Podman waar het van Docker afwijkt (namen van events, filters, het standaardnetwerk). Een paar oefeningen vereisen Docker Engine (swarm-modus, `docker commit` op Podman 4.3, de standaardregistry): hun pagina zegt het, en met `docker-kata goto <nummer>` sla je ze over.',
    colima: 'Colima',
    colimaDetail: 'De Docker Engine draait in een virtuele machine van Colima; `colima status` toont hem, en `colima start` start hem na een herstart.',
    rootless: 'Rootless Docker',
    rootlessDetail: 'De daemon draait als jouw gebruiker, niet als root: veiliger, met een paar beperkingen (poorten onder 1024, sommige --memory-limieten).',
    rootlessLowPorts: (ports) =>
      `Rootless Docker kan ${ports.length === 1 ? 'poort' : 'de poorten'} ${ports.join(', ')} niet publiceren zoals het nu is ingesteld`,
    rootlessLowPortsDetail: 'Poorten onder 1024 zijn bevoorrecht; een rootless daemon mag ze alleen gebruiken als de kernel dat toestaat.',
    fixRootlessLowPorts: (lowest) =>
      `\`sudo sysctl net.ipv4.ip_unprivileged_port_start=${lowest}\` (zet het in /etc/sysctl.d/ om het te bewaren), daarna \`systemctl --user restart docker\`.`,
    remote: (url) => `De Docker Engine staat op een andere machine (${url})`,
    remoteDetail:
      'Gepubliceerde poorten gaan open op die machine, niet op 127.0.0.1 hier, dus oefeningen die een webpagina opvragen, kunnen niet slagen; mappen die je bind-mount, moeten ook op die machine staan.',
    fixRemote: 'Gebruik voor de cursus een Docker Engine op deze computer (Docker Desktop, of Docker Engine op Linux).',

    track: (name, exercises) => `Cursus "${name}": ${exercises} ${exercises === 1 ? 'oefening' : 'oefeningen'}`,
    trackBroken: (dir) => `De oefeningen in ${dir} konden niet geladen worden`,
    fixTrack: 'Herstel de genoemde oefeningbestanden, of laat --track (en DOCKER_KATA_TRACK) weg om de ingebouwde cursus te gebruiken.',
    noImagesDeclared: 'De cursus noemt geen images die hij nodig heeft',
    imagesPresent: (count) =>
      `${count === 1 ? 'De image' : `Alle ${count} images`} die de cursus gebruikt, ${count === 1 ? 'is' : 'zijn'} aanwezig`,
    imagesMissing: (missing, total) =>
      `${missing.length} van de ${total} images die de cursus gebruikt, ${missing.length === 1 ? 'is' : 'zijn'} er nog niet: ${missing.join(', ')}`,
    imagesMissingDetail: 'Ze worden gedownload wanneer ze voor het eerst nodig zijn, en daarvoor is internet nodig.',
    imagesUnknown: (unknown, total) => `${unknown} van de ${total} images die de cursus gebruikt, konden niet gecontroleerd worden`,
    imageUnknown: (reference, why) => `${reference}: ${why}`,
    fixPullImages: (missing) =>
      `Download ${missing.length === 1 ? 'hem' : 'ze'} nu, nu je nog internet hebt: ${missing.map((image) => `\`docker pull ${image}\``).join(', ')}.`,
    portsFree: (ports) =>
      `De ${ports.length === 1 ? 'poort' : 'poorten'} die de cursus gebruikt, ${ports.length === 1 ? 'is' : 'zijn'} vrij: ${ports.join(', ')}`,
    portsFreeDetail: (count) =>
      `docker-kata kon erop luisteren op 127.0.0.1 en 0.0.0.0, en geen enkele container publiceert ${count === 1 ? 'hem' : 'ze'}.`,
    portBusy: (port) => `Poort ${port} is bezet door een programma op deze computer`,
    portBusyDetail: (port) =>
      `Een oefening publiceert poort ${port}; \`docker run -p ${port}:…\` mislukt met "port is already allocated" zolang die bezet is.`,
    fixPortBusy: (port) =>
      `Stop wat poort ${port} gebruikt. Is het een container, dan toont \`docker ps --filter publish=${port}\` hem; anders vertelt \`sudo ss -ltnp 'sport = :${port}'\` (Linux) of \`lsof -i :${port}\` (Mac) welk programma het is.`,
    portPublished: (port, containers) =>
      `Poort ${port} wordt gepubliceerd door ${containers.length === 1 ? 'container' : 'de containers'} ${containers.map((container) => `\`${container.name}\` (${container.image})`).join(', ')}`,
    portPublishedDetail: (port) => `Een oefening publiceert poort ${port}; die moet dan vrij zijn.`,
    portPublishedByTrack: (port) =>
      `De cursus vraagt je zelf om die container te maken; als je voorbij die oefening bent, moet poort ${port} weer vrij zijn voor de volgende oefening die hem gebruikt.`,
    fixPortContainer: (port, names) =>
      `Stop hem als je de poort nodig hebt: ${names.map((name) => `\`docker stop ${name}\``).join(', ')} (\`docker ps --filter publish=${port}\` toont wat poort ${port} publiceert).`,
    portUnknown: (port) => `Poort ${port}: kon niet nagaan of die vrij is`,

    diskFree: (free, of, where) =>
      `${free} vrij op de schijf van ${of === 'docker-root' ? `de data van Docker (${where})` : `de map van docker-kata (${where})`}`,
    diskDetail: (total) => `van ${total}.`,
    diskLow: (threshold) => `Minder dan ${threshold}: het downloaden en bouwen van de images van de cursus kan de schijf vol maken.`,
    diskUnknown: (where) => `Vrije schijfruimte op ${where}: onbekend`,
    diskInVm:
      'De Docker Engine bewaart images op een eigen virtuele schijf, die docker-kata van hieruit niet kan meten; `docker system df` toont wat Docker gebruikt.',
    fixDisk: 'Maak wat ruimte vrij: `docker system df` toont wat Docker gebruikt, `docker image prune` verwijdert ongebruikte images, `docker container prune` gestopte containers.',

    stateOk: (file) => `Voortgangsbestand ${file}`,
    stateExists: 'Het bestaat en docker-kata kan erin schrijven.',
    stateNew: 'Het bestaat nog niet; docker-kata kan het aanmaken wanneer het voor het eerst nodig is.',
    stateUnreadable: (file) => `Het voortgangsbestand ${file} kan niet gelezen worden`,
    stateNotWritable: (file) => `docker-kata kan niet schrijven in zijn voortgangsbestand ${file}`,
    stateNotWritableDetail: 'Zonder dat bestand worden gehaalde oefeningen en getoonde hints niet onthouden.',
    fixStateWritable: (folder) =>
      `Maak ${folder} schrijfbaar voor jezelf (\`sudo chown -R "$USER" ${folder}\`), of zet DOCKER_KATA_HOME op een map waarin je kunt schrijven.`,
    stateDamaged: (file) => `Het voortgangsbestand ${file} is beschadigd`,
    fixStateDamaged:
      'Het volgende docker-kata-commando bewaart het als state.json.corrupt-<tijdstip> en begint opnieuw. Wil je je voortgang houden, herstel de JSON dan eerst met de hand.',
    nodeOk: (version, required) => `Node.js ${version} (docker-kata heeft ${required} nodig)`,
    nodeOld: (version, required) => `Node.js ${version} is te oud: docker-kata heeft ${required} nodig`,
    fixNode: (required) => `Installeer Node.js ${required.replace(/^>=\s*/, '')} of nieuwer: https://nodejs.org/, of \`nvm install --lts\`.`,
  },
};

export const messages = localized({ en, nb, nl });
