/**
 * What `dev check` says to an instructor: the table (report.ts) and the problems it finds before and during the
 * run (check.ts). Exercise ids, file names, exercise fields (mayPassUnsolved) and flags stay as they are written.
 */
import { localized } from '../i18n/catalogue.js';

const en = {
  headings: { exercise: 'exercise', unsolved: 'fails unsolved', solved: 'passes solved', seconds: 'seconds', totals: 'total' },
  mayPass: (reason: string) => `may pass: ${reason}`,
  mayPassUnsolved: (reason: string) => `may pass unsolved: ${reason}`,
  skipped: (reason: string) => `skipped, needs Docker Engine: ${reason}`,
  skippedCount: (count: number) => `${count} exercise${count === 1 ? '' : 's'} skipped: ${count === 1 ? 'it needs' : 'they need'} Docker Engine, and the engine is Podman.`,
  passedUnsolved: 'verify already passed before the solution ran',
  passedUnsolvedHelp: ' (if that is right, say why in the exercise: mayPassUnsolved: "<reason>"):',
  failedSolved: 'verify did not pass after the solution:',
  expected: 'expected',
  actual: 'actual',
  interrupted: (done: number, total: number) => `Interrupted after ${done} of ${total} exercises.`,
  allProven: (proven: number) =>
    proven === 1 ? '✓ The exercise fails unsolved and passes solved.' : `✓ All ${proven} exercises fail unsolved and pass solved.`,
  missed: (missed: number, total: number) => `✗ ${missed} of ${total} exercise${total === 1 ? '' : 's'} missed: `,
  cleanUpNothing: 'Clean-up: the solutions left nothing behind to remove.',
  cleanUpRemoved: (count: number) => `Clean-up: removed what the run made (${count}), nothing older:`,
  removed: (item: string) => `removed ${item}`,
  cleanUpFailed: (error: string) => `the clean-up failed: ${error}`,
  cleanUpUnreachable: 'the clean-up could not reach the Docker daemon: what the solutions made is still there',
  temporaryFolderKept: (folder: string, error: string) => `note: could not remove the temporary folder ${folder}: ${error}`,

  fromOutOfRange: (from: string, total: number) => `--from ${from}: this track has exercises 1 to ${total}.`,
  fromUnknown: (from: string, suggestion: string) =>
    `--from ${from}: there is no exercise with that id${suggestion}. Give a number or an id (docker-kata list shows them).`,
  badRegistry: (registry: string) => `--registry ${registry}: give HOST:PORT, e.g. --registry 127.0.0.1:5000.`,
  nothingToType: 'nothing to type (only comments)',
  missingSolutions: (count: number) => `${count} exercise${count === 1 ? ' has' : 's have'} no reference solution file:`,
  brokenSolutions: 'Problems in the solution files:',
  cannotProve: (problems: string) =>
    `dev check cannot prove this track yet.\n${problems}\n` +
    'A solution file holds the lines a learner types (see "Proving a track: dev check" in the README).',
  answerNotFound: (answer: string, line: number) => `"# answer: ${answer}" (line ${line}) matched nothing the terminal showed`,
  replayFailed: (number: number, id: string, observed: string[]) =>
    `replaying exercise ${number} ${id} (which this one builds on) with its reference solution did not pass: ${observed.join('; ')}`,
  casesHeading: 'Variants (must pass) and near misses (must fail, saying what is wrong), each from a clean start:',
  caseHeadings: { variants: 'variants', nearMisses: 'near misses' },
  caseVerdict: {
    variantFailed: 'verify did not pass after this variant:',
    nearMissPassed: 'verify passed after this near miss:',
    phraseMissing: (phrase: string) => `verify failed, but its words do not contain "${phrase}":`,
  },
  terminalShowed: 'the terminal showed (last lines):',
  noCases: (count: number) => `${count} exercise${count === 1 ? ' has' : 's have'} no near miss yet: `,
  casesMissed: (missed: number, total: number) => `✗ ${missed} of ${total} variants and near misses not proven.`,
  casesProven: (total: number) => `✓ All ${total} variants and near misses proven.`,
};

export const devWords = localized({
  en,
  nb: {
    headings: { exercise: 'oppgave', unsolved: 'feiler uløst', solved: 'består løst', seconds: 'sekunder', totals: 'totalt' },
    mayPass: (reason) => `kan bestå: ${reason}`,
    mayPassUnsolved: (reason) => `kan bestå uløst: ${reason}`,
    skipped: (reason) => `hoppet over, krever Docker Engine: ${reason}`,
    skippedCount: (count) => `${count} ${count === 1 ? 'oppgave' : 'oppgaver'} hoppet over: de krever Docker Engine, og motoren er Podman.`,
    passedUnsolved: 'verify besto allerede før løsningen ble kjørt',
    passedUnsolvedHelp: ' (er det riktig, skriv hvorfor i oppgaven: mayPassUnsolved: "<grunn>"):',
    failedSolved: 'verify besto ikke etter løsningen:',
    expected: 'forventet',
    actual: 'faktisk',
    interrupted: (done, total) => `Avbrutt etter ${done} av ${total} oppgaver.`,
    allProven: (proven) => (proven === 1 ? '✓ Oppgaven feiler uløst og består løst.' : `✓ Alle ${proven} oppgavene feiler uløst og består løst.`),
    missed: (missed, total) => `✗ ${missed} av ${total} ${total === 1 ? 'oppgave' : 'oppgaver'} holdt ikke: `,
    cleanUpNothing: 'Opprydding: løsningene etterlot ingenting som måtte fjernes.',
    cleanUpRemoved: (count) => `Opprydding: fjernet det kjøringen laget (${count}), ikke noe som fantes fra før:`,
    removed: (item) => `fjernet ${item}`,
    cleanUpFailed: (error) => `oppryddingen feilet: ${error}`,
    cleanUpUnreachable: 'oppryddingen fikk ikke kontakt med Docker-daemonen: det løsningene laget, er der fortsatt',
    temporaryFolderKept: (folder, error) => `merk: kunne ikke fjerne den midlertidige mappen ${folder}: ${error}`,

    fromOutOfRange: (from, total) => `--from ${from}: dette kurset har oppgave 1 til ${total}.`,
    fromUnknown: (from, suggestion) =>
      `--from ${from}: det finnes ingen oppgave med den id-en${suggestion}. Oppgi et nummer eller en id (docker-kata list viser dem).`,
    badRegistry: (registry) => `--registry ${registry}: oppgi HOST:PORT, for eksempel --registry 127.0.0.1:5000.`,
    nothingToType: 'ingenting å skrive (bare kommentarer)',
    missingSolutions: (count) => `${count === 1 ? 'Én oppgave' : `${count} oppgaver`} mangler fil med referanseløsning:`,
    brokenSolutions: 'Problemer i løsningsfilene:',
    cannotProve: (problems) =>
      `dev check kan ikke bevise dette kurset ennå.\n${problems}\n` +
      'En løsningsfil inneholder linjene en elev skriver (se "Proving a track: dev check" i README).',
    answerNotFound: (answer, line) => `"# answer: ${answer}" (linje ${line}) traff ingenting av det terminalen viste`,
    replayFailed: (number, id, observed) =>
      `oppgave ${number} ${id} (som denne bygger på) besto ikke da løsningsforslaget ble kjørt på nytt: ${observed.join('; ')}`,
    casesHeading: 'Varianter (må bestå) og nesten-riktige forsøk (må feile og si hva som er galt), hver fra en ren start:',
    caseHeadings: { variants: 'varianter', nearMisses: 'nesten riktig' },
    caseVerdict: {
      variantFailed: 'verify besto ikke etter denne varianten:',
      nearMissPassed: 'verify besto etter dette nesten-riktige forsøket:',
      phraseMissing: (phrase) => `verify feilet, men ordene inneholder ikke «${phrase}»:`,
    },
    terminalShowed: 'terminalen viste (siste linjer):',
    noCases: (count) => `${count} ${count === 1 ? 'oppgave' : 'oppgaver'} har ennå ikke noe nesten-riktig forsøk: `,
    casesMissed: (missed, total) => `✗ ${missed} av ${total} varianter og nesten-riktige forsøk er ikke bevist.`,
    casesProven: (total) => `✓ Alle ${total} varianter og nesten-riktige forsøk er bevist.`,
  },
  nl: {
    headings: { exercise: 'oefening', unsolved: 'faalt onopgelost', solved: 'slaagt opgelost', seconds: 'seconden', totals: 'totaal' },
    mayPass: (reason) => `mag slagen: ${reason}`,
    mayPassUnsolved: (reason) => `mag onopgelost slagen: ${reason}`,
    skipped: (reason) => `overgeslagen, vereist Docker Engine: ${reason}`,
    skippedCount: (count) => `${count} ${count === 1 ? 'oefening' : 'oefeningen'} overgeslagen: ze vereisen Docker Engine, en de engine is Podman.`,
    passedUnsolved: 'verify slaagde al voordat de oplossing draaide',
    passedUnsolvedHelp: ' (als dat klopt, leg in de oefening uit waarom: mayPassUnsolved: "<reden>"):',
    failedSolved: 'verify slaagde niet na de oplossing:',
    expected: 'verwacht',
    actual: 'gevonden',
    interrupted: (done, total) => `Onderbroken na ${done} van de ${total} oefeningen.`,
    allProven: (proven) =>
      proven === 1 ? '✓ De oefening faalt onopgelost en slaagt opgelost.' : `✓ Alle ${proven} oefeningen falen onopgelost en slagen opgelost.`,
    missed: (missed, total) => `✗ ${missed} van ${total} ${total === 1 ? 'oefening' : 'oefeningen'} niet in orde: `,
    cleanUpNothing: 'Opruimen: de oplossingen hebben niets achtergelaten om te verwijderen.',
    cleanUpRemoved: (count) => `Opruimen: verwijderd wat de run heeft gemaakt (${count}), niets wat er al was:`,
    removed: (item) => `verwijderd: ${item}`,
    cleanUpFailed: (error) => `het opruimen is mislukt: ${error}`,
    cleanUpUnreachable: 'het opruimen kon de Docker-daemon niet bereiken: wat de oplossingen hebben gemaakt, staat er nog',
    temporaryFolderKept: (folder, error) => `let op: kon de tijdelijke map ${folder} niet verwijderen: ${error}`,

    fromOutOfRange: (from, total) => `--from ${from}: deze cursus heeft de oefeningen 1 tot en met ${total}.`,
    fromUnknown: (from, suggestion) =>
      `--from ${from}: er is geen oefening met dat id${suggestion}. Geef een nummer of een id op (docker-kata list toont ze).`,
    badRegistry: (registry) => `--registry ${registry}: geef HOST:PORT op, bijvoorbeeld --registry 127.0.0.1:5000.`,
    nothingToType: 'niets om te typen (alleen commentaar)',
    missingSolutions: (count) => `${count === 1 ? '1 oefening heeft' : `${count} oefeningen hebben`} geen bestand met een referentieoplossing:`,
    brokenSolutions: 'Problemen in de oplossingsbestanden:',
    cannotProve: (problems) =>
      `dev check kan deze cursus nog niet bewijzen.\n${problems}\n` +
      'Een oplossingsbestand bevat de regels die een cursist typt (zie "Proving a track: dev check" in de README).',
    answerNotFound: (answer, line) => `"# answer: ${answer}" (regel ${line}) kwam met niets overeen wat de terminal liet zien`,
    replayFailed: (number, id, observed) =>
      `oefening ${number} ${id} (waarop deze voortbouwt) slaagde niet toen de voorbeeldoplossing opnieuw werd uitgevoerd: ${observed.join('; ')}`,
    casesHeading: 'Varianten (moeten slagen) en bijna-goed-pogingen (moeten falen en zeggen wat er mis is), elk vanaf een schone start:',
    caseHeadings: { variants: 'varianten', nearMisses: 'bijna goed' },
    caseVerdict: {
      variantFailed: 'verify slaagde niet na deze variant:',
      nearMissPassed: 'verify slaagde na deze bijna-goed-poging:',
      phraseMissing: (phrase) => `verify faalde, maar de woorden bevatten "${phrase}" niet:`,
    },
    terminalShowed: 'de terminal toonde (laatste regels):',
    noCases: (count) => `${count} ${count === 1 ? 'oefening heeft' : 'oefeningen hebben'} nog geen bijna-goed-poging: `,
    casesMissed: (missed, total) => `✗ ${missed} van ${total} varianten en bijna-goed-pogingen niet bewezen.`,
    casesProven: (total) => `✓ Alle ${total} varianten en bijna-goed-pogingen bewezen.`,
  },
});
