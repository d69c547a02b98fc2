import { Command } from 'commander';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { currentLanguage, setLanguage } from '../i18n/current.js';
import { chooseLanguage, isLanguage } from '../i18n/language.js';
import { loadState, rememberedLanguage, saveState, stateDirectory } from '../progress/state.js';
import { messages } from '../ui/messages.js';

export const langCommand = new Command('lang')
  .description(messages.help.commands.lang.description)
  .argument('[language]', messages.help.commands.lang.arguments.language)
  .action((wanted: string | undefined, _options: unknown, command: Command) => {
    const file = join(stateDirectory(), 'state.json');
    if (wanted === undefined) {
      const flag = command.optsWithGlobals().lang as string | undefined;
      const { source } = chooseLanguage({ flag, env: process.env, remembered: rememberedLanguage(file) });
      console.log(messages.langCurrent(currentLanguage(), source));
      return;
    }
    if (wanted !== 'auto' && !isLanguage(wanted)) throw new UsageError(messages.langUnknown(wanted));
    const { state } = loadState(file);
    if (wanted === 'auto') delete state.language;
    else state.language = wanted;
    saveState(file, state);
    setLanguage(wanted === 'auto' ? chooseLanguage({ env: process.env }).language : wanted);
    console.log(wanted === 'auto' ? messages.langAuto(currentLanguage()) : messages.langSaved(wanted));
  });
