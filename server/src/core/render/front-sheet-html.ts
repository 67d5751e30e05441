import { escapeHtml } from './html';
import type { FrontSheet, FrontSheetLine } from './front-sheet';

/**
 * The front sheet as HTML: the exempt notice, if any, then the table of what
 * the front matter says. The HTML export writes it in the page's header and
 * the preview above the body, so the paper an officer previews opens as the
 * published one does. Empty when there is nothing to show.
 */
export function frontSheetHtml(sheet: FrontSheet): string {
  const notice = sheet.exemptNotice === undefined ? '' : `<p class="cr-exempt">${escapeHtml(sheet.exemptNotice)}</p>\n`;
  if (sheet.rows.length === 0) return notice;
  const rows = sheet.rows.map(
    (row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${row.lines.map(lineHtml).join('<br>')}</td></tr>\n`,
  );
  return `${notice}<table class="cr-front-sheet">\n<caption>Front sheet</caption>\n<tbody>\n${rows.join('')}</tbody>\n</table>\n`;
}

function lineHtml(line: FrontSheetLine): string {
  const text = escapeHtml(line.text);
  return line.email ? `<a href="mailto:${text}">${text}</a>` : text;
}
