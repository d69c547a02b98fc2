import chalk from 'chalk';
import { messages } from './messages.js';

/** Terminal width for wrapping, capped so long lines stay readable. */
export const textWidth = () => Math.min(process.stdout.columns || 80, 88);

/** Inline Markdown: `code`, **bold** and *emphasis*; without colours the marks stay, so plain output keeps them. */
export function inline(text: string): string {
  if (chalk.level === 0) return text;
  // Code first, and emphasis only outside it: `docker ps --format '*'` must stay as typed.
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? chalk.cyan(part.slice(1, -1))
        : part
            .replace(/\*\*([^*]+)\*\*/g, (_, bold: string) => chalk.bold(bold))
            .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?![*\w])/g, (_, before: string, emphasis: string) => before + chalk.italic(emphasis)),
    )
    .join('');
}

/**
 * The Markdown that instructions use, rendered for a terminal: paragraphs wrapped, headings bold, bullets with a
 * hanging indent, fenced code blocks indented and coloured so they can be copied as they are.
 */
export function renderMarkdown(markdown: string, width = textWidth()): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').trim().split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(...wrap(paragraph.join(' '), width).map(inline));
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim().startsWith('```')) {
      flush();
      const code: string[] = [];
      while (++index < lines.length && !lines[index].trim().startsWith('```')) code.push(lines[index]);
      out.push(...code.map((codeLine) => `    ${chalk.cyan(codeLine)}`));
      continue;
    }
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    const bullet = line.match(/^(\s*)([-*]|\d+\.)\s+(.*)$/);
    if (heading) {
      flush();
      out.push(chalk.bold(inline(heading[1])));
    } else if (bullet) {
      flush();
      const indent = bullet[1].length + bullet[2].length + 1;
      const [first, ...rest] = wrap(bullet[3], width - indent);
      out.push(`${bullet[1]}${bullet[2]} ${inline(first)}`, ...rest.map((more) => `${' '.repeat(indent)}${inline(more)}`));
    } else if (line.trim() === '') {
      flush();
      if (out.length && out[out.length - 1] !== '') out.push('');
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/** Wraps at spaces, never inside `code`. */
export function wrap(text: string, width: number): string[] {
  const words = text.match(/(?:[^\s`]*`[^`]*`)+[^\s`]*|\S+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** `Progress: [#########>-----------] 9/17` */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  const bar = `${'#'.repeat(filled)}${filled < width ? '>' : ''}${'-'.repeat(Math.max(0, width - filled - 1))}`;
  return `${messages.progress} [${chalk.green(bar.slice(0, filled))}${bar.slice(filled)}] ${done}/${total}`;
}
