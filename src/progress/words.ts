/** What the progress file's reader and writer (state.ts) say when it cannot be read, parsed or saved. */
import { localized } from '../i18n/catalogue.js';

const en = {
  unreadable: (file: string, error: string) => `Cannot read the progress file ${file}: ${error}. Check its permissions.`,
  damagedStuck: (file: string, error: string, renameError: string) =>
    `Your progress file ${file} is damaged (${error}) and could not be set aside (${renameError}). Move or delete it, then try again.`,
  damagedKept: (file: string, error: string, backup: string) =>
    `Your progress file ${file} was damaged (${error}). It was kept as ${backup} and progress starts afresh.`,
  cannotSave: (file: string, error: string) =>
    `Cannot save progress to ${file}: ${error}. Make the folder writable, or set DOCKER_KATA_HOME to another folder.`,
  /** Why a file is not a valid progress file (field names as they are in the JSON). */
  notProgressFile: 'not a docker-kata progress file of format 1',
  noExercises: (track: string) => `track "${track}" has no exercises record`,
  notATime: (exercise: string, field: string, value: string) => `exercise "${exercise}" has ${field} "${value}", which is not a time`,
};

export const progressWords = localized({
  en,
  nb: {
    unreadable: (file, error) => `Kan ikke lese fremdriftsfilen ${file}: ${error}. Sjekk tilgangene til filen.`,
    damagedStuck: (file, error, renameError) =>
      `Fremdriftsfilen din ${file} er skadet (${error}) og kunne ikke flyttes til side (${renameError}). Flytt eller slett den, og prøv igjen.`,
    damagedKept: (file, error, backup) =>
      `Fremdriftsfilen din ${file} var skadet (${error}). Den er tatt vare på som ${backup}, og fremdriften starter på nytt.`,
    cannotSave: (file, error) =>
      `Kan ikke lagre fremdriften i ${file}: ${error}. Gjør mappen skrivbar, eller sett DOCKER_KATA_HOME til en annen mappe.`,
    notProgressFile: 'ikke en fremdriftsfil fra docker-kata i format 1',
    noExercises: (track) => `kurset "${track}" mangler feltet exercises`,
    notATime: (exercise, field, value) => `oppgaven "${exercise}" har ${field} "${value}", som ikke er et tidspunkt`,
  },
  nl: {
    unreadable: (file, error) => `Kan het voortgangsbestand ${file} niet lezen: ${error}. Controleer de rechten van het bestand.`,
    damagedStuck: (file, error, renameError) =>
      `Je voortgangsbestand ${file} is beschadigd (${error}) en kon niet opzij worden gezet (${renameError}). Verplaats of verwijder het en probeer het opnieuw.`,
    damagedKept: (file, error, backup) =>
      `Je voortgangsbestand ${file} was beschadigd (${error}). Het is bewaard als ${backup} en je voortgang begint opnieuw.`,
    cannotSave: (file, error) =>
      `Kan de voortgang niet opslaan in ${file}: ${error}. Maak de map schrijfbaar, of zet DOCKER_KATA_HOME op een andere map.`,
    notProgressFile: 'geen voortgangsbestand van docker-kata in formaat 1',
    noExercises: (track) => `bij cursus "${track}" ontbreekt het veld exercises`,
    notATime: (exercise, field, value) => `oefening "${exercise}" heeft ${field} "${value}", en dat is geen tijdstip`,
  },
});
