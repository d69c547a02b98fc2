/**
 * What watch's own modules say: why the daemon's event stream ended (feed.ts), the mark where the screen was cut
 * (screen.ts), and the event journal's trouble (watch.ts). The status line, key legend and connection messages
 * are in src/ui/messages.ts.
 */
import { localized } from '../i18n/catalogue.js';

const en = {
  /** Why the connection is gone, shown in "The Docker daemon went away (…)". */
  loss: {
    reported: (message: string) => `the daemon reported: ${message}`,
    streamEnded: 'its event stream ended',
    closed: 'the connection was closed',
    refused: 'connection refused',
    socketGone: 'its socket is gone',
  },
  moreLines: '… (a taller terminal shows the rest)',
  journalBroken: (file: string, error: string) =>
    `Cannot keep the event journal ${file} (${error}); checks see only the daemon's own last 256 events.`,
};

export const watchWords = localized({
  en,
  nb: {
    loss: {
      reported: (message) => `daemonen meldte: ${message}`,
      streamEnded: 'hendelsesstrømmen tok slutt',
      closed: 'forbindelsen ble lukket',
      refused: 'tilkoblingen ble avvist',
      socketGone: 'socketen er borte',
    },
    moreLines: '… (et høyere terminalvindu viser resten)',
    journalBroken: (file, error) =>
      `Kan ikke føre hendelsesjournalen ${file} (${error}); sjekkene ser bare de siste 256 hendelsene daemonen selv husker.`,
  },
  nl: {
    loss: {
      reported: (message) => `de daemon meldde: ${message}`,
      streamEnded: 'de eventstream is beëindigd',
      closed: 'de verbinding is gesloten',
      refused: 'verbinding geweigerd',
      socketGone: 'de socket is verdwenen',
    },
    moreLines: '… (een hoger terminalvenster toont de rest)',
    journalBroken: (file, error) =>
      `Kan het eventlogboek ${file} niet bijhouden (${error}); de controles zien alleen de laatste 256 events die de daemon zelf onthoudt.`,
  },
});
