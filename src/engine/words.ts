/**
 * Every sentence the engine lookup (lookup.ts) and the search for an engine (connect.ts) say to a person, in
 * English, Norwegian (bokmål) and Dutch. Commands, paths, variables and flags stay as they are typed.
 */
import { localized } from '../i18n/catalogue.js';
import type { AttemptFailureReason } from './connect.js';

/** Who holds an address that Docker cannot use: the --host flag, DOCKER_HOST, or a context's docker host. */
export type AddressHolder = { kind: 'flag' } | { kind: 'DOCKER_HOST' } | { kind: 'context'; name: string; metaPath: string };

/**
 * A docker context chosen by DOCKER_CONTEXT (no configPath) or by currentContext in config.json (its path).
 */
export interface ContextChoice {
  name: string;
  configPath?: string;
}

/** Why a context's meta.json cannot be used. */
export type ContextDamage = 'invalid-json' | 'no-host';

const en = {
  /** Why an address cannot be used; shown after "…, which Docker cannot use: ". */
  why: {
    empty: 'it is empty',
    unixRelative: 'the socket path must be absolute, so unix: takes three slashes',
    npipePath: 'a named pipe path starts with //./pipe/',
    fd: 'fd:// is how systemd hands a socket to the daemon itself; a client cannot connect to it',
    unknownScheme: (scheme: string) => `"${scheme}://" is not a scheme Docker knows (use unix, npipe, tcp or ssh)`,
    schemeSlashes: 'the scheme must be followed by "://"',
    noScheme: 'it has no scheme; a socket path needs unix:// in front',
    tcpUser: 'a tcp address has no user name',
    sshPassword: 'passwords in ssh addresses are not supported; use your ssh agent',
    pathInAddress: 'the address must not contain a path, query or fragment',
    badHost: 'the host is not understood (write an IPv6 address in brackets, e.g. [::1])',
    noHost: 'it has no host name',
    badPort: (port: string) => `the port "${port}" is not a number from 1 to 65535`,
  },
  badAddress: (holder: AddressHolder, value: string, why: string, example: string) => {
    switch (holder.kind) {
      case 'flag':
        return `the --host flag is "${value}", which Docker cannot use: ${why}. Pass a valid address, e.g. --host ${example}.`;
      case 'DOCKER_HOST':
        return (
          `DOCKER_HOST is "${value}", which Docker cannot use: ${why}. ` +
          `Set it to a valid address, e.g. DOCKER_HOST=${example}, or unset it to use the default socket.`
        );
      case 'context':
        return (
          `the docker host of context "${holder.name}" (in ${holder.metaPath}) is "${value}", which Docker cannot use: ${why}. ` +
          `Fix it with \`docker context update ${holder.name} --docker host=${example}\`.`
        );
    }
  },
  missingContext: (context: ContextChoice, metaPath: string) =>
    `Docker context "${context.name}" (${contextSource.en(context)}) does not exist: ${metaPath} is missing or unreadable. ` +
    chooseAnotherContext.en(context),
  brokenContext: (context: ContextChoice, metaPath: string, damage: ContextDamage) =>
    `Docker context "${context.name}" (${contextSource.en(context)}) is damaged: ${metaPath} ` +
    `${damage === 'invalid-json' ? 'is not valid JSON' : 'has no Endpoints.docker.Host'}. ` +
    `Recreate it (\`docker context rm ${context.name}\`, then \`docker context create\`), or choose another. ` +
    chooseAnotherContext.en(context),
  notAnAddress: (url: string) => `"${url}" is not an address`,

  /** Where a candidate came from, for people (the candidate's own `source` stays English for --json). */
  source: {
    defaultSocket: (owner: string) => `default socket (${owner})`,
    defaultPipe: 'default named pipe (Docker Desktop)',
    owners: {
      'system Docker': 'system Docker',
      'rootless Docker': 'rootless Docker',
      'Docker Desktop': 'Docker Desktop',
      'Docker Desktop for Linux': 'Docker Desktop for Linux',
    },
    context: (name: string, configPath?: string) =>
      `context "${name}" (${configPath === undefined ? 'DOCKER_CONTEXT' : `currentContext in ${configPath}`})`,
  },

  /** The report when no candidate answered. */
  connect: {
    headline: 'docker-kata could not reach a Docker Engine. It tried:',
    headlineTooOld: 'docker-kata reached a Docker Engine, but one too old for its checks. It tried:',
    closing: 'docker-kata looks where the docker CLI does: if `docker ps` works in this terminal, docker-kata works too.',
    fixLabel: 'Fix:',
    whatWentWrong: {
      'no-socket': 'nothing there',
      'permission-denied': 'permission denied',
      'connection-refused': 'connection refused',
      timeout: 'no answer',
      tls: 'TLS failed',
      'not-docker': 'not a Docker Engine',
      'old-api': 'Docker Engine too old',
      ssh: 'ssh failed',
      other: 'could not connect',
      unusable: 'cannot be used',
    } satisfies Record<AttemptFailureReason, string>,
    /** What the person can do. `explicit` names a chosen source (--host, DOCKER_HOST, a context); absent for default sockets. */
    fix: {
      noSocket: (explicit?: string) => `Is Docker running? If not, ${startDocker.en}.${checkSource.en(explicit)}`,
      permissionDenied: 'Add yourself to the docker group: `sudo usermod -aG docker $USER`, then log out and in again.',
      connectionRefused: (explicit?: string) => `The daemon is stopped: ${startDocker.en}.${checkSource.en(explicit)}`,
      timeout: (url: string) =>
        `The daemon at ${url} does not answer: restart Docker, and check that no firewall or VPN is in the way.`,
      tls: (certificateDir?: string) =>
        `Check the certificates in ${certificateDir ?? 'DOCKER_CERT_PATH (~/.docker by default)'}: ` +
        "ca.pem must be the CA that signed the daemon's certificate, and cert.pem/key.pem your client pair.",
      notDocker: (url: string, explicit?: string) =>
        `Something other than a Docker Engine answers at ${url}: ` +
        (explicit === undefined ? 'set DOCKER_HOST to where your engine listens.' : `point ${explicit} at the Docker Engine.`),
      oldApi:
        'Update Docker: Docker Desktop under Settings → Software updates; on Linux, install a current docker-ce (or your ' +
        'distribution\'s docker.io) and restart the daemon. `docker version` shows both API versions.',
      ssh: (target: string) =>
        'Make sure an ssh agent holds your key (`ssh-add -l` lists it; `eval "$(ssh-agent)" && ssh-add` starts one) ' +
        `and that \`ssh ${target} docker version\` works in this terminal.`,
      other: 'Run `docker version` in this terminal: if it fails too, fix that first.',
    },
  },
};

/** Pieces several sentences of one language share. */
const startDocker = {
  en: 'start Docker Desktop, or run `sudo systemctl start docker`',
  nb: 'start Docker Desktop, eller kjør `sudo systemctl start docker`',
  nl: 'start Docker Desktop, of voer `sudo systemctl start docker` uit',
};
const checkSource = {
  en: (explicit?: string) => (explicit === undefined ? '' : ` If it is running, check that ${explicit} points at it.`),
  nb: (explicit?: string) => (explicit === undefined ? '' : ` Hvis den kjører, sjekk at ${explicit} peker på den.`),
  nl: (explicit?: string) => (explicit === undefined ? '' : ` Draait hij wel, controleer dan of ${explicit} ernaar verwijst.`),
};
const contextSource = {
  en: (context: ContextChoice) => (context.configPath === undefined ? 'DOCKER_CONTEXT' : `currentContext in ${context.configPath}`),
  nb: (context: ContextChoice) => (context.configPath === undefined ? 'DOCKER_CONTEXT' : `currentContext i ${context.configPath}`),
  nl: (context: ContextChoice) => (context.configPath === undefined ? 'DOCKER_CONTEXT' : `currentContext in ${context.configPath}`),
};
const chooseAnotherContext = {
  en: (context: ContextChoice) =>
    `List your contexts with \`docker context ls\`, then ${
      context.configPath === undefined
        ? 'set DOCKER_CONTEXT to one of them or unset it'
        : 'switch with `docker context use <name>`, or back to the default with `docker context use default`'
    }.`,
  nb: (context: ContextChoice) =>
    `Se kontekstene dine med \`docker context ls\`, og ${
      context.configPath === undefined
        ? 'sett DOCKER_CONTEXT til en av dem, eller fjern variabelen (unset DOCKER_CONTEXT)'
        : 'bytt med `docker context use <name>`, eller gå tilbake til standardkonteksten med `docker context use default`'
    }.`,
  nl: (context: ContextChoice) =>
    `Bekijk je contexten met \`docker context ls\` en ${
      context.configPath === undefined
        ? 'zet DOCKER_CONTEXT op een daarvan, of haal de variabele weg (unset DOCKER_CONTEXT)'
        : 'wissel met `docker context use <name>`, of ga terug naar de standaardcontext met `docker context use default`'
    }.`,
};

export const words = localized({
  en,
  nb: {
    why: {
      empty: 'verdien er tom',
      unixRelative: 'socket-stien må være absolutt, så unix: skal ha tre skråstreker',
      npipePath: 'stien til en named pipe begynner med //./pipe/',
      fd: 'fd:// er måten systemd gir en socket til selve daemonen på; en klient kan ikke koble seg til den',
      unknownScheme: (scheme) => `"${scheme}://" er ikke et skjema Docker kjenner (bruk unix, npipe, tcp eller ssh)`,
      schemeSlashes: 'skjemaet må følges av "://"',
      noScheme: 'adressen mangler skjema; en socket-sti trenger unix:// foran',
      tcpUser: 'en tcp-adresse har ikke noe brukernavn',
      sshPassword: 'passord i ssh-adresser støttes ikke; bruk ssh-agenten din',
      pathInAddress: 'adressen kan ikke inneholde sti, query eller fragment',
      badHost: 'vertsnavnet er ikke forståelig (skriv en IPv6-adresse i hakeparenteser, for eksempel [::1])',
      noHost: 'adressen mangler vertsnavn',
      badPort: (port) => `porten "${port}" er ikke et tall fra 1 til 65535`,
    },
    badAddress: (holder, value, why, example) => {
      switch (holder.kind) {
        case 'flag':
          return `flagget --host er "${value}", som Docker ikke kan bruke: ${why}. Oppgi en gyldig adresse, for eksempel --host ${example}.`;
        case 'DOCKER_HOST':
          return (
            `DOCKER_HOST er "${value}", som Docker ikke kan bruke: ${why}. ` +
            `Sett den til en gyldig adresse, for eksempel DOCKER_HOST=${example}, eller fjern den (unset DOCKER_HOST) for å bruke standardsocketen.`
          );
        case 'context':
          return (
            `docker-verten i konteksten "${holder.name}" (i ${holder.metaPath}) er "${value}", som Docker ikke kan bruke: ${why}. ` +
            `Rett den med \`docker context update ${holder.name} --docker host=${example}\`.`
          );
      }
    },
    missingContext: (context, metaPath) =>
      `Docker-konteksten "${context.name}" (${contextSource.nb(context)}) finnes ikke: ${metaPath} mangler eller kan ikke leses. ` +
      chooseAnotherContext.nb(context),
    brokenContext: (context, metaPath, damage) =>
      `Docker-konteksten "${context.name}" (${contextSource.nb(context)}) er skadet: ${metaPath} ` +
      `${damage === 'invalid-json' ? 'er ikke gyldig JSON' : 'mangler Endpoints.docker.Host'}. ` +
      `Lag den på nytt (\`docker context rm ${context.name}\`, deretter \`docker context create\`), eller velg en annen. ` +
      chooseAnotherContext.nb(context),
    notAnAddress: (url) => `"${url}" er ikke en adresse`,
    source: {
      defaultSocket: (owner) => `standardsocket (${owner})`,
      defaultPipe: 'standard named pipe (Docker Desktop)',
      owners: {
        'system Docker': 'systemets Docker',
        'rootless Docker': 'rootless Docker',
        'Docker Desktop': 'Docker Desktop',
        'Docker Desktop for Linux': 'Docker Desktop for Linux',
      },
      context: (name, configPath) => `konteksten "${name}" (${configPath === undefined ? 'DOCKER_CONTEXT' : `currentContext i ${configPath}`})`,
    },
    connect: {
      headline: 'docker-kata fikk ikke kontakt med noen Docker Engine. Den prøvde:',
      headlineTooOld: 'docker-kata fikk kontakt med en Docker Engine, men en som er for gammel for sjekkene. Den prøvde:',
      closing: 'docker-kata leter der docker-CLI-en leter: virker `docker ps` i denne terminalen, virker docker-kata også.',
      fixLabel: 'Løsning:',
      whatWentWrong: {
        'no-socket': 'ingenting der',
        'permission-denied': 'ingen tilgang',
        'connection-refused': 'tilkoblingen ble avvist',
        timeout: 'ikke noe svar',
        tls: 'TLS feilet',
        'not-docker': 'ikke en Docker Engine',
        'old-api': 'for gammel Docker Engine',
        ssh: 'ssh feilet',
        other: 'kunne ikke koble til',
        unusable: 'kan ikke brukes',
      },
      fix: {
        noSocket: (explicit) => `Kjører Docker? Hvis ikke, ${startDocker.nb}.${checkSource.nb(explicit)}`,
        permissionDenied: 'Legg deg selv til i gruppen docker: `sudo usermod -aG docker $USER`, og logg så ut og inn igjen.',
        connectionRefused: (explicit) => `Daemonen er stoppet: ${startDocker.nb}.${checkSource.nb(explicit)}`,
        timeout: (url) => `Daemonen på ${url} svarer ikke: start Docker på nytt, og sjekk at ingen brannmur eller VPN står i veien.`,
        tls: (certificateDir) =>
          `Sjekk sertifikatene i ${certificateDir ?? 'DOCKER_CERT_PATH (~/.docker som standard)'}: ` +
          'ca.pem må være CA-en som signerte sertifikatet til daemonen, og cert.pem/key.pem klientparet ditt.',
        notDocker: (url, explicit) =>
          `Noe annet enn en Docker Engine svarer på ${url}: ` +
          (explicit === undefined ? 'sett DOCKER_HOST til adressen Docker Engine-en din lytter på.' : `la ${explicit} peke på Docker Engine-en.`),
        oldApi:
          'Oppdater Docker: Docker Desktop under Settings → Software updates; på Linux installerer du en nyere docker-ce (eller ' +
          'distribusjonens docker.io) og starter daemonen på nytt. `docker version` viser begge API-versjonene.',
        ssh: (target) =>
          'Sørg for at en ssh-agent har nøkkelen din (`ssh-add -l` viser den; `eval "$(ssh-agent)" && ssh-add` starter en) ' +
          `og at \`ssh ${target} docker version\` virker i denne terminalen.`,
        other: 'Kjør `docker version` i denne terminalen: feiler den også, må du fikse det først.',
      },
    },
  },
  nl: {
    why: {
      empty: 'de waarde is leeg',
      unixRelative: 'het socketpad moet absoluut zijn, dus unix: krijgt drie slashes',
      npipePath: 'het pad van een named pipe begint met //./pipe/',
      fd: 'met fd:// geeft systemd een socket door aan de daemon zelf; een client kan daar geen verbinding mee maken',
      unknownScheme: (scheme) => `"${scheme}://" is geen schema dat Docker kent (gebruik unix, npipe, tcp of ssh)`,
      schemeSlashes: 'na het schema moet "://" komen',
      noScheme: 'het adres heeft geen schema; voor een socketpad moet unix:// staan',
      tcpUser: 'een tcp-adres heeft geen gebruikersnaam',
      sshPassword: 'wachtwoorden in ssh-adressen worden niet ondersteund; gebruik je ssh-agent',
      pathInAddress: 'het adres mag geen pad, query of fragment bevatten',
      badHost: 'de host is niet te begrijpen (zet een IPv6-adres tussen vierkante haken, bijvoorbeeld [::1])',
      noHost: 'het adres heeft geen hostnaam',
      badPort: (port) => `de poort "${port}" is geen getal van 1 tot en met 65535`,
    },
    badAddress: (holder, value, why, example) => {
      switch (holder.kind) {
        case 'flag':
          return `de optie --host is "${value}", waar Docker niets mee kan: ${why}. Geef een geldig adres op, bijvoorbeeld --host ${example}.`;
        case 'DOCKER_HOST':
          return (
            `DOCKER_HOST is "${value}", waar Docker niets mee kan: ${why}. ` +
            `Zet hem op een geldig adres, bijvoorbeeld DOCKER_HOST=${example}, of haal hem weg (unset DOCKER_HOST) om de standaardsocket te gebruiken.`
          );
        case 'context':
          return (
            `de docker-host van context "${holder.name}" (in ${holder.metaPath}) is "${value}", waar Docker niets mee kan: ${why}. ` +
            `Herstel dit met \`docker context update ${holder.name} --docker host=${example}\`.`
          );
      }
    },
    missingContext: (context, metaPath) =>
      `Docker-context "${context.name}" (${contextSource.nl(context)}) bestaat niet: ${metaPath} ontbreekt of is niet leesbaar. ` +
      chooseAnotherContext.nl(context),
    brokenContext: (context, metaPath, damage) =>
      `Docker-context "${context.name}" (${contextSource.nl(context)}) is beschadigd: ${metaPath} ` +
      `${damage === 'invalid-json' ? 'is geen geldige JSON' : 'heeft geen Endpoints.docker.Host'}. ` +
      `Maak hem opnieuw aan (\`docker context rm ${context.name}\`, daarna \`docker context create\`), of kies een andere. ` +
      chooseAnotherContext.nl(context),
    notAnAddress: (url) => `"${url}" is geen adres`,
    source: {
      defaultSocket: (owner) => `standaardsocket (${owner})`,
      defaultPipe: 'standaard named pipe (Docker Desktop)',
      owners: {
        'system Docker': 'Docker van het systeem',
        'rootless Docker': 'rootless Docker',
        'Docker Desktop': 'Docker Desktop',
        'Docker Desktop for Linux': 'Docker Desktop for Linux',
      },
      context: (name, configPath) => `context "${name}" (${configPath === undefined ? 'DOCKER_CONTEXT' : `currentContext in ${configPath}`})`,
    },
    connect: {
      headline: 'docker-kata kon geen Docker Engine bereiken. Dit is geprobeerd:',
      headlineTooOld: 'docker-kata bereikte een Docker Engine, maar een die te oud is voor de controles. Dit is geprobeerd:',
      closing: 'docker-kata zoekt op dezelfde plekken als de docker-CLI: als `docker ps` in deze terminal werkt, werkt docker-kata ook.',
      fixLabel: 'Oplossing:',
      whatWentWrong: {
        'no-socket': 'daar is niets',
        'permission-denied': 'toegang geweigerd',
        'connection-refused': 'verbinding geweigerd',
        timeout: 'geen antwoord',
        tls: 'TLS mislukt',
        'not-docker': 'geen Docker Engine',
        'old-api': 'Docker Engine te oud',
        ssh: 'ssh mislukt',
        other: 'kon geen verbinding maken',
        unusable: 'onbruikbaar',
      },
      fix: {
        noSocket: (explicit) => `Draait Docker? Zo niet, ${startDocker.nl}.${checkSource.nl(explicit)}`,
        permissionDenied: 'Voeg jezelf toe aan de groep docker: `sudo usermod -aG docker $USER`, en log daarna uit en weer in.',
        connectionRefused: (explicit) => `De daemon is gestopt: ${startDocker.nl}.${checkSource.nl(explicit)}`,
        timeout: (url) => `De daemon op ${url} antwoordt niet: herstart Docker en controleer of er geen firewall of VPN in de weg zit.`,
        tls: (certificateDir) =>
          `Controleer de certificaten in ${certificateDir ?? 'DOCKER_CERT_PATH (standaard ~/.docker)'}: ` +
          'ca.pem moet de CA zijn die het certificaat van de daemon heeft ondertekend, en cert.pem/key.pem je eigen clientpaar.',
        notDocker: (url, explicit) =>
          `Op ${url} antwoordt iets anders dan een Docker Engine: ` +
          (explicit === undefined ? 'zet DOCKER_HOST op het adres waar je Docker Engine luistert.' : `laat ${explicit} naar de Docker Engine verwijzen.`),
        oldApi:
          'Werk Docker bij: Docker Desktop via Settings → Software updates; installeer op Linux een recente docker-ce (of ' +
          'docker.io van je distributie) en herstart de daemon. `docker version` toont beide API-versies.',
        ssh: (target) =>
          'Zorg dat een ssh-agent je sleutel heeft (`ssh-add -l` toont hem; `eval "$(ssh-agent)" && ssh-add` start er een) ' +
          `en dat \`ssh ${target} docker version\` in deze terminal werkt.`,
        other: 'Voer `docker version` uit in deze terminal: mislukt dat ook, los dat dan eerst op.',
      },
    },
  },
});
