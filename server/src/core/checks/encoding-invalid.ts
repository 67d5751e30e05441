import { offsetsRange } from '../document-positions';
import type { DocumentCheck } from './check';

/** What a decoder puts where bytes are not valid UTF-8: VS Code and our file reader both do. */
const REPLACEMENT = '\uFFFD';

/**
 * A file saved in another encoding (Windows-1252, as older Word exports are)
 * reads with � where its £ signs, dashes and curly quotes were. Only the
 * reader of the file's bytes knows whether a � stands for a lost character or
 * was written as one, so this reports only a file whose bytes were not UTF-8
 * (the workspace is told when the file is read), once, where the first �
 * is. The rest of the document is still checked.
 */
export const encodingInvalid: DocumentCheck = {
  code: 'encoding-invalid',
  defaultSeverity: 'warning',
  description: 'The file is not valid UTF-8 text: characters that could not be read show as �.',
  run({ document, invalidUtf8 }, report) {
    if (!invalidUtf8) return;
    const text = document.lines.text;
    const first = text.indexOf(REPLACEMENT);
    // Retyped in the editor since the file was read: nothing lost is left to show.
    if (first === -1) return;
    let others = 0;
    for (let at = text.indexOf(REPLACEMENT, first + 1); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) others++;
    const more = others === 0 ? '' : ` (and ${others.toLocaleString('en-GB')} more in this file)`;
    report({
      range: offsetsRange(document, first, first + 1),
      message: `This character could not be read${more}: the file is not valid UTF-8 text. It was probably saved in another encoding, such as Windows-1252: reopen it in that encoding and save it as UTF-8, or retype the characters shown as �.`,
    });
  },
};
