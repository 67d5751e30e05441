import JSZip from 'jszip';

/** A style a template defines: its id (what a paragraph names) and its name (what Word shows). */
export interface TemplateStyle {
  readonly type: string;
  readonly id: string;
  readonly name: string;
}

const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;
const NAME = /<w:name\b[^>]*\bw:val="([^"]*)"/;

/**
 * The styles of a template's word/styles.xml. Word names a style for people
 * ("Report Heading 1") and refers to it by an id it makes up
 * ("ReportHeading1", or a number in a translated Word), so a council's
 * heading style is found by its name. A template without styles has none.
 */
export async function readTemplateStyles(template: Uint8Array): Promise<TemplateStyle[]> {
  const zip = await JSZip.loadAsync(template);
  const xml = await zip.file('word/styles.xml')?.async('string');
  if (xml === undefined) return [];
  const styles: TemplateStyle[] = [];
  for (const [, attributes, content] of xml.matchAll(STYLE)) {
    const id = attribute(attributes!, 'w:styleId');
    const name = NAME.exec(content!)?.[1];
    if (id !== undefined && name !== undefined)
      styles.push({ type: attribute(attributes!, 'w:type') ?? 'paragraph', id, name: decodeXml(name) });
  }
  return styles;
}

function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  return value === undefined ? undefined : decodeXml(value);
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (entity, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name] ?? entity;
  });
}
