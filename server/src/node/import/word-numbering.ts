import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';

/**
 * Word's automatic paragraph numbering, written into the paragraphs' text.
 *
 * Word prints "3.2" before a paragraph from its numbering definitions
 * (word/numbering.xml) and the paragraph's w:numPr (or its style's); the
 * text itself holds no number, and mammoth turns such paragraphs into
 * plain lists, so a report's "3.2" would come out as "1.". Here each
 * numbered paragraph's printed number is worked out as Word does (levels,
 * lvlText such as `%1.%2`, start values, restarts, legal numbering) and put
 * at the start of its text, and its numbering is switched off (numId 0) so
 * mammoth reads it as the paragraph it is printed as. Bullets are left to
 * mammoth, which makes them lists.
 */
export function writeParagraphNumbers(documentXml: string, numberingXml: string, stylesXml?: string): string {
  const numbering = readNumbering(parse(numberingXml));
  if (numbering.nums.size === 0) return documentXml;
  const styles = stylesXml === undefined ? new Map<string, StyleNumbering>() : readStyleNumbering(parse(stylesXml));
  const document = parse(documentXml);
  const counters = new Map<string, number[]>();
  let changed = false;
  for (const paragraph of elements(document.getElementsByTagName('w:p'))) {
    const properties = child(paragraph, 'w:pPr');
    const found = numberingOf(properties, styles, numbering);
    if (found === undefined) continue;
    const { num, level } = found;
    const definition = num.levels.get(level) ?? numbering.abstract.get(num.abstractId)?.get(level);
    if (definition === undefined || definition.format === 'bullet') continue;
    const key = num.restarts ? `num:${num.id}` : `abstract:${num.abstractId}`;
    const counts = counters.get(key) ?? [];
    counters.set(key, counts);
    const levels = (index: number) => num.levels.get(index) ?? numbering.abstract.get(num.abstractId)?.get(index);
    counts[level] = counts[level] === undefined ? definition.start : counts[level] + 1;
    // A deeper level starts again after each paragraph of a shallower one.
    for (let deeper = level + 1; deeper < counts.length; deeper++) delete counts[deeper];
    const printed = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const of = levels(index);
      const count = counts[index] ?? of?.start ?? 1;
      return formatNumber(count, definition.legal ? 'decimal' : (of?.format ?? 'decimal'));
    });
    switchOffNumbering(paragraph, properties);
    if (printed.trim() !== '') insertText(paragraph, definition.suffix === 'nothing' ? printed : `${printed} `);
    changed = true;
  }
  return changed ? new XMLSerializer().serializeToString(document) : documentXml;
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly legal: boolean;
  readonly suffix: string;
}

interface Num {
  readonly id: string;
  readonly abstractId: string;
  /** Levels this instance overrides (a start value that restarts the list). */
  readonly levels: ReadonlyMap<number, Level>;
  /** Word counts every instance of an abstract list as one list, unless the instance restarts it. */
  readonly restarts: boolean;
}

interface Numbering {
  readonly abstract: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  readonly nums: ReadonlyMap<string, Num>;
  /** A paragraph style a level names (w:lvl/w:pStyle): paragraphs of that style are numbered at that level. */
  readonly byStyle: ReadonlyMap<string, { abstractId: string; level: number }>;
}

interface StyleNumbering {
  readonly numId?: string;
  readonly level?: number;
  readonly basedOn?: string;
}

function readNumbering(root: Document): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const byStyle = new Map<string, { abstractId: string; level: number }>();
  for (const element of elements(root.getElementsByTagName('w:abstractNum'))) {
    const abstractId = element.getAttribute('w:abstractNumId') ?? '';
    const levels = new Map<number, Level>();
    for (const lvl of children(element, 'w:lvl')) {
      const level = Number(lvl.getAttribute('w:ilvl') ?? 0);
      levels.set(level, readLevel(lvl));
      const style = value(child(lvl, 'w:pStyle'));
      if (style !== undefined) byStyle.set(style, { abstractId, level });
    }
    abstract.set(abstractId, levels);
  }
  const nums = new Map<string, Num>();
  for (const element of elements(root.getElementsByTagName('w:num'))) {
    const id = element.getAttribute('w:numId') ?? '';
    const abstractId = value(child(element, 'w:abstractNumId')) ?? '';
    const levels = new Map<number, Level>();
    let restarts = false;
    for (const override of children(element, 'w:lvlOverride')) {
      const level = Number(override.getAttribute('w:ilvl') ?? 0);
      const base = abstract.get(abstractId)?.get(level);
      const lvl = child(override, 'w:lvl');
      const start = value(child(override, 'w:startOverride'));
      if (lvl !== undefined) levels.set(level, readLevel(lvl));
      else if (base !== undefined && start !== undefined) levels.set(level, { ...base, start: Number(start) });
      if (start !== undefined || lvl !== undefined) restarts = true;
    }
    nums.set(id, { id, abstractId, levels, restarts });
  }
  return { abstract, nums, byStyle };
}

function readLevel(lvl: Element): Level {
  return {
    start: Number(value(child(lvl, 'w:start')) ?? 1),
    format: value(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: value(child(lvl, 'w:lvlText')) ?? '',
    legal: child(lvl, 'w:isLgl') !== undefined,
    suffix: value(child(lvl, 'w:suff')) ?? 'tab',
  };
}

/** Paragraph styles that carry numbering themselves (Word's numbered heading styles), with what they are based on. */
function readStyleNumbering(root: Document): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const style of elements(root.getElementsByTagName('w:style'))) {
    if (style.getAttribute('w:type') !== 'paragraph') continue;
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const basedOn = value(child(style, 'w:basedOn'));
    const numId = value(child(numPr, 'w:numId'));
    const level = value(child(numPr, 'w:ilvl'));
    styles.set(style.getAttribute('w:styleId') ?? '', {
      ...(numId === undefined ? {} : { numId }),
      ...(level === undefined ? {} : { level: Number(level) }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  return styles;
}

/** The list and level a paragraph is numbered at: its own w:numPr, else its style's (or a style it is based on). */
function numberingOf(
  properties: Element | undefined,
  styles: ReadonlyMap<string, StyleNumbering>,
  numbering: Numbering,
): { num: Num; level: number } | undefined {
  const numPr = child(properties, 'w:numPr');
  const ownId = value(child(numPr, 'w:numId'));
  const ownLevel = value(child(numPr, 'w:ilvl'));
  const styleId = value(child(properties, 'w:pStyle'));
  let style: StyleNumbering | undefined;
  for (let id = styleId, depth = 0; id !== undefined && depth < 10; depth++) {
    const found = styles.get(id);
    if (found?.numId !== undefined) {
      style = found;
      break;
    }
    id = found?.basedOn;
  }
  const numId = ownId ?? style?.numId;
  if (numId === '0') return undefined;
  if (numId === undefined) {
    const linked = styleId === undefined ? undefined : numbering.byStyle.get(styleId);
    const num = linked && [...numbering.nums.values()].find((candidate) => candidate.abstractId === linked.abstractId);
    return num === undefined ? undefined : { num, level: linked!.level };
  }
  const num = numbering.nums.get(numId);
  if (num === undefined) return undefined;
  const linked = styleId === undefined ? undefined : numbering.byStyle.get(styleId);
  const level = ownLevel ?? (style?.level === undefined ? undefined : String(style.level));
  return { num, level: level === undefined ? (linked?.level ?? 0) : Number(level) };
}

/** numId 0 means "not numbered" to Word and to mammoth, whatever the paragraph's style says. */
function switchOffNumbering(paragraph: Element, properties: Element | undefined): void {
  const document = paragraph.ownerDocument!;
  let pPr = properties;
  if (pPr === undefined) {
    pPr = document.createElement('w:pPr');
    paragraph.insertBefore(pPr, paragraph.firstChild);
  }
  const old = child(pPr, 'w:numPr');
  if (old !== undefined) pPr.removeChild(old);
  const numPr = document.createElement('w:numPr');
  for (const [name, val] of [
    ['w:ilvl', '0'],
    ['w:numId', '0'],
  ] as const) {
    const element = document.createElement(name);
    element.setAttribute('w:val', val);
    numPr.appendChild(element);
  }
  pPr.appendChild(numPr);
}

/** A run holding `text`, as the paragraph's first, after its properties. */
function insertText(paragraph: Element, text: string): void {
  const document = paragraph.ownerDocument!;
  const run = document.createElement('w:r');
  const t = document.createElement('w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(document.createTextNode(text));
  run.appendChild(t);
  const properties = child(paragraph, 'w:pPr');
  paragraph.insertBefore(run, properties === undefined ? paragraph.firstChild : properties.nextSibling);
}

/** A count as a level's number format prints it. */
export function formatNumber(count: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return count < 10 ? `0${count}` : String(count);
    case 'lowerLetter':
      return letters(count);
    case 'upperLetter':
      return letters(count).toUpperCase();
    case 'lowerRoman':
      return roman(count).toLowerCase();
    case 'upperRoman':
      return roman(count);
    case 'none':
      return '';
    default:
      return String(count);
  }
}

/** a … z, then aa … zz, as Word counts in letters. */
function letters(count: number): string {
  if (count < 1) return String(count);
  const letter = String.fromCharCode(97 + ((count - 1) % 26));
  return letter.repeat(Math.floor((count - 1) / 26) + 1);
}

function roman(count: number): string {
  if (count < 1 || count > 3999) return String(count);
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = count;
  let written = '';
  for (const [size, numeral] of numerals) {
    while (rest >= size) {
      written += numeral;
      rest -= size;
    }
  }
  return written;
}

function parse(xml: string): Document {
  // Word's own XML; a part that does not parse is read as having no numbering rather than stopping the import.
  return new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml') as unknown as Document;
}

type Document = ReturnType<DOMParser['parseFromString']>;

function elements(list: ArrayLike<Element>): Element[] {
  return Array.from(list);
}

function children(parent: Element | undefined, name: string): Element[] {
  if (parent === undefined) return [];
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).nodeName === name) found.push(node as Element);
  }
  return found;
}

function child(parent: Element | undefined, name: string): Element | undefined {
  return children(parent, name)[0];
}

function value(element: Element | undefined): string | undefined {
  return element?.getAttribute('w:val') ?? undefined;
}
