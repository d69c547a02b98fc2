/** The words docker-kata says, in one place, ready for translation. */
export const messages = {
  exerciseHeading: (number: number, total: number, module: string) => `Exercise ${number} of ${total} · ${module}`,
  howToVerify: 'When you have done it, check it with:  docker-kata verify',
  howToAnswer: 'Answer with:  docker-kata answer <your answer>',
  hintsAvailable: (left: number) => (left > 0 ? `Stuck? docker-kata hint (${left} ${left === 1 ? 'hint' : 'hints'} left)` : 'All hints shown; docker-kata solution shows the reference solution.'),
  passed: (title: string) => `✓ Passed: ${title}`,
  notYet: (title: string) => `✗ Not yet: ${title}`,
  expected: 'expected',
  actual: 'actual',
  stillPassed: (when: string) => `You passed this exercise before (${when}); it stays marked as done.`,
  afterFailure: 'Fix what is marked ✗ and run docker-kata verify again.',
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
  cancelled: 'Nothing changed.',
  nextUp: 'Next up:',
  langCurrent: (language: string, source: string) =>
    `docker-kata speaks ${language} (${source === 'default' ? 'the default' : `from ${source}`}). Choose with: docker-kata lang en|nb|nl, or auto to follow your locale.`,
  langUnknown: (wanted: string) => `docker-kata speaks en, nb and nl; "${wanted}" is not one of them. Or give auto to follow your locale.`,
  langSaved: (language: string) => `docker-kata speaks ${language} from now on.`,
  langAuto: (language: string) => `docker-kata follows your locale again: ${language} for now.`,
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
      'Podman answers the Docker API with some differences: images are named localhost/…, and some events differ, so exercises checked through events (such as exec and --rm) may not pass.',
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
