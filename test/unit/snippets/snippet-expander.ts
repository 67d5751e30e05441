/**
 * Expands a VS Code (TextMate) snippet body as VS Code would if the user
 * tabbed through it accepting every default: a placeholder gives its default
 * text, a choice its first option, a tab stop or mirror the value of the
 * first placeholder with that number, a variable its value.
 */
import { parseSnippet, type Node } from './snippet-parser';

export interface ExpandOptions {
  /** Values of snippet variables such as CURRENT_YEAR. */
  readonly variables?: Readonly<Record<string, string>>;
  /** What the user typed at a tab stop, instead of its default. */
  readonly values?: Readonly<Record<number, string>>;
}

/** Where a tab stop's text landed in the expansion (each mirror and nested placeholder too). */
export interface TabStopSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface Expansion {
  readonly text: string;
  /** Every tab stop, placeholder, choice and mirror, in the order written, at offsets in `text`. */
  readonly spans: readonly TabStopSpan[];
  /** The tab stop numbers used, ascending, 0 included when present. */
  readonly tabStops: readonly number[];
  /** The options of each choice, by tab stop number. */
  readonly choices: ReadonlyMap<number, readonly string[]>;
}

export function snippetBody(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

export function expandSnippet(body: string | readonly string[], options: ExpandOptions = {}): Expansion {
  const nodes = parseSnippet(snippetBody(body));
  const defaults = new Map<number, readonly Node[]>();
  const choices = new Map<number, readonly string[]>();
  const tabStops = new Set<number>();
  walk(nodes, (node) => {
    if (node.kind === 'tabstop' || node.kind === 'placeholder' || node.kind === 'choice') tabStops.add(node.index);
    if (node.kind === 'choice') choices.set(node.index, node.options);
    // As in VS Code, the first placeholder of a number that has content defines the value of all of them.
    if (node.kind === 'placeholder' && node.children.length > 0 && !defaults.has(node.index))
      defaults.set(node.index, node.children);
    if (node.kind === 'choice' && !defaults.has(node.index))
      defaults.set(node.index, [{ kind: 'text', value: node.options[0]! }]);
  });
  const expander = new Expander(defaults, options);
  const text = expander.expand(nodes);
  return { text, spans: expander.spans, tabStops: [...tabStops].sort((a, b) => a - b), choices };
}

function walk(nodes: readonly Node[], visit: (node: Node) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'placeholder') walk(node.children, visit);
    if (node.kind === 'variable' && node.children) walk(node.children, visit);
  }
}

/** Writes the expansion into one string, noting where each tab stop's text lands. */
class Expander {
  private readonly expanding = new Set<number>();
  private output = '';
  readonly spans: TabStopSpan[] = [];

  constructor(
    private readonly defaults: ReadonlyMap<number, readonly Node[]>,
    private readonly options: ExpandOptions,
  ) {}

  expand(nodes: readonly Node[]): string {
    this.write(nodes);
    return this.output;
  }

  private write(nodes: readonly Node[]): void {
    for (const node of nodes) this.writeNode(node);
  }

  private writeNode(node: Node): void {
    switch (node.kind) {
      case 'text':
        this.output += node.value;
        return;
      case 'tabstop':
      case 'placeholder':
      case 'choice': {
        const start = this.output.length;
        this.writeValue(node.index);
        this.spans.push({ index: node.index, start, end: this.output.length });
        return;
      }
      case 'variable': {
        const value = this.options.variables?.[node.name];
        if (value !== undefined) this.output += value;
        else if (node.children) this.write(node.children);
        else throw new Error(`the snippet uses the variable ${node.name}, which has no value and no default`);
      }
    }
  }

  private writeValue(index: number): void {
    const typed = this.options.values?.[index];
    if (typed !== undefined) {
      this.output += typed;
      return;
    }
    const children = this.defaults.get(index);
    if (!children) return;
    if (this.expanding.has(index)) throw new Error(`tab stop ${index} contains itself`);
    this.expanding.add(index);
    this.write(children);
    this.expanding.delete(index);
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The date variables VS Code offers, for a given day (months 1-12). */
export function dateVariables(year: number, month: number, day: number): Record<string, string> {
  const two = (value: number) => String(value).padStart(2, '0');
  return {
    CURRENT_YEAR: String(year),
    CURRENT_YEAR_SHORT: two(year % 100),
    CURRENT_MONTH: two(month),
    CURRENT_MONTH_NAME: MONTHS[month - 1]!,
    CURRENT_MONTH_NAME_SHORT: MONTHS[month - 1]!.slice(0, 3),
    CURRENT_DATE: two(day),
  };
}
