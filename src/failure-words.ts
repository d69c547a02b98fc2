/** What docker-kata says about an error it did not expect, or one from the daemon (failure.ts). */
import { localized } from './i18n/catalogue.js';

const en = {
  daemonTimeout: (detail: string) =>
    `The Docker daemon stopped answering (${detail}). Is it overloaded or restarting? Try again in a moment; \`docker ps\` shows whether it answers.`,
  daemonRefused: (detail: string) => `The Docker daemon refused a request: ${detail}`,
  connectionLost: (detail: string) => `Lost the connection to the Docker daemon (${detail}). Is it still running? \`docker ps\` tells.`,
  /** `stack` is given when DOCKER_KATA_DEBUG is set. */
  unexpected: (detail: string, stack?: string) =>
    `docker-kata hit an unexpected error: ${detail}\nThis is a bug in docker-kata; please report it with the command you ran.${
      stack === undefined ? ' (Set DOCKER_KATA_DEBUG=1 to see the details.)' : `\n${stack}`
    }`,
};

export const failureWords = localized({
  en,
  nb: {
    daemonTimeout: (detail) =>
      `Docker-daemonen sluttet å svare (${detail}). Er den overbelastet, eller holder den på å starte på nytt? Prøv igjen om litt; \`docker ps\` viser om den svarer.`,
    daemonRefused: (detail) => `Docker-daemonen avviste en forespørsel: ${detail}`,
    connectionLost: (detail) => `Mistet forbindelsen til Docker-daemonen (${detail}). Kjører den fortsatt? \`docker ps\` viser det.`,
    unexpected: (detail, stack) =>
      `docker-kata støtte på en uventet feil: ${detail}\nDette er en feil i docker-kata; meld den gjerne, og ta med kommandoen du kjørte.${
        stack === undefined ? ' (Sett DOCKER_KATA_DEBUG=1 for å se detaljene.)' : `\n${stack}`
      }`,
  },
  nl: {
    daemonTimeout: (detail) =>
      `De Docker-daemon antwoordt niet meer (${detail}). Is hij overbelast of start hij opnieuw op? Probeer het zo nog eens; \`docker ps\` laat zien of hij antwoordt.`,
    daemonRefused: (detail) => `De Docker-daemon weigerde een verzoek: ${detail}`,
    connectionLost: (detail) => `De verbinding met de Docker-daemon is verbroken (${detail}). Draait hij nog? \`docker ps\` laat het zien.`,
    unexpected: (detail, stack) =>
      `docker-kata liep tegen een onverwachte fout aan: ${detail}\nDit is een bug in docker-kata; meld hem alsjeblieft, samen met het commando dat je uitvoerde.${
        stack === undefined ? ' (Zet DOCKER_KATA_DEBUG=1 om de details te zien.)' : `\n${stack}`
      }`,
  },
});
