/**
 * What doctor's own modules say (gather.ts's notes about ports). The checklist's titles, details, fixes and
 * summary are in messages.doctor (src/ui/messages.ts).
 */
import { localized } from '../i18n/catalogue.js';

const en = {
  portRemote: 'the engine is on another machine, where its ports are published',
  portListFailed: (error: string) => `the engine could not list the containers publishing it: ${error}`,
  portPrivileged: (host: string, port: number) => `ports below 1024 can only be tested as root (${host}:${port}: permission denied)`,
  portListenFailed: (host: string, port: number, error: string) => `listening on ${host}:${port} failed: ${error}`,
};

export const doctorWords = localized({
  en,
  nb: {
    portRemote: 'Docker Engine kjører på en annen maskin, og publiserer portene sine der',
    portListFailed: (error) => `Docker Engine kunne ikke liste opp containerne som publiserer den: ${error}`,
    portPrivileged: (host, port) => `porter under 1024 kan bare testes som root (${host}:${port}: ingen tilgang)`,
    portListenFailed: (host, port, error) => `kunne ikke lytte på ${host}:${port}: ${error}`,
  },
  nl: {
    portRemote: 'de Docker Engine draait op een andere machine en publiceert zijn poorten daar',
    portListFailed: (error) => `de Docker Engine kon de containers die hem publiceren niet opvragen: ${error}`,
    portPrivileged: (host, port) => `poorten onder 1024 kunnen alleen als root getest worden (${host}:${port}: toegang geweigerd)`,
    portListenFailed: (host, port, error) => `luisteren op ${host}:${port} is mislukt: ${error}`,
  },
});
