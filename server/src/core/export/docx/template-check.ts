import { patchDetector } from 'docx';
import JSZip from 'jszip';

/**
 * Why a template cannot be used (one line, plain English, saying how to fix
 * it), or undefined when it can. Each message starts "The template", for a
 * caller that knows the file to name it there.
 */
export interface TemplateProblem {
  readonly kind: 'not-docx' | 'damaged' | 'no-body';
  readonly message: string;
}

/** Where the body goes in a template; the officer types it on a line of its own in Word. */
export const BODY_PLACEHOLDER = 'body';

/** Every .docx is a zip file, and every zip file starts with these four bytes. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const NOT_DOCX: TemplateProblem = {
  kind: 'not-docx',
  message: 'The template is not a Word document: open it in Word and save it as a Word Document (.docx).',
};
const DAMAGED: TemplateProblem = {
  kind: 'damaged',
  message: 'The template is a damaged Word document: open it in Word, let Word repair it, and save it again as .docx.',
};
const NO_BODY: TemplateProblem = {
  kind: 'no-body',
  message:
    'The template has no {{body}} placeholder: type {{body}} on a line of its own where the report should go, and save it again.',
};

/**
 * Whether a council's template can take a paper: a Word document (a zip
 * holding word/document.xml) that can be read, with `{{body}}` in its text.
 */
export async function checkDocxTemplate(bytes: Uint8Array): Promise<TemplateProblem | undefined> {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) return NOT_DOCX;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return DAMAGED;
  }
  const document = zip.file('word/document.xml');
  if (document === null || zip.file('[Content_Types].xml') === null) return NOT_DOCX;
  try {
    const xml = await document.async('string');
    if (!xml.includes('<w:body')) return DAMAGED;
    const placeholders = await patchDetector({ data: bytes });
    return placeholders.includes(BODY_PLACEHOLDER) ? undefined : NO_BODY;
  } catch {
    // A part that will not unzip or parse: the file is a Word document, broken.
    return DAMAGED;
  }
}
