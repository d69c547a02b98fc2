import chalk from 'chalk';
import { messages } from '../ui/messages.js';
import { inline, textWidth, wrap } from '../ui/render.js';
import type { Finding, FindingStatus } from './diagnose.js';

const say = messages.doctor;

const marks: Record<FindingStatus, string> = {
  ok: chalk.green('✓'),
  warn: chalk.yellow('!'),
  problem: chalk.red('✗'),
  info: chalk.dim('·'),
};

/** The checklist: ✓ fine, ! worth a look, ✗ a problem (with its fix under it), · for information. */
export function renderFindings(findings: Finding[], engineFound: boolean, width = textWidth()): string {
  const lines = [chalk.bold(say.heading), ''];
  for (const finding of findings) {
    const [first, ...rest] = wrap(finding.title, width - 2);
    const title = finding.status === 'problem' ? chalk.red : finding.status === 'info' ? chalk.dim : (text: string) => text;
    lines.push(`${marks[finding.status]} ${title(inline(first ?? ''))}`, ...rest.map((line) => `  ${title(inline(line))}`));
    for (const paragraph of finding.detail.split('\n').filter(Boolean)) {
      lines.push(...wrap(paragraph, width - 4).map((line) => `    ${chalk.dim(inline(line))}`));
    }
    if (finding.fix) {
      const label = say.fixLabel;
      finding.fix.split('\n').forEach((step, index) => {
        const [head, ...more] = wrap(step, width - 5 - label.length);
        const lead = index === 0 ? `    ${chalk.yellow(label)} ` : ' '.repeat(5 + label.length);
        lines.push(`${lead}${inline(head ?? '')}`, ...more.map((line) => `${' '.repeat(5 + label.length)}${inline(line)}`));
      });
    }
  }
  const problems = findings.filter((finding) => finding.status === 'problem').length;
  const warnings = findings.filter((finding) => finding.status === 'warn').length;
  lines.push('');
  if (!engineFound) lines.push(chalk.red.bold(say.summaryNoEngine));
  else if (problems > 0) lines.push(chalk.red.bold(say.summaryProblems(problems, warnings)));
  else lines.push(chalk.green.bold(say.summaryOk(warnings)));
  return lines.join('\n');
}
