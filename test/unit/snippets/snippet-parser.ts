/**
 * Reads VS Code (TextMate) snippet syntax into a tree
 * (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar):
 * `$1`, `${1}`, `${1:default}` (nestable), `${1|a,b|}`, `$NAME`, `${NAME}`,
 * `${NAME:default}`; `\` escapes `$`, `}` and `\`, and in a choice `,` and `|`.
 * Where VS Code would quietly insert a malformed construct as text, this
 * throws, so a typo in a snippet fails a test instead of reaching officers.
 * Transformations (`${1/…/…/}`) are not used by our snippets and throw.
 */

export type Node =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number }
  | { readonly kind: 'placeholder'; readonly index: number; readonly children: readonly Node[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly children: readonly Node[] | undefined };

/** The tree of a snippet body. */
export function parseSnippet(source: string): Node[] {
  return new Parser(source).parseAll();
}

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parseAll(): Node[] {
    return this.parseUntilBrace(false);
  }

  /** Text and constructs up to the end, or (inside a placeholder) up to its unescaped closing brace. */
  private parseUntilBrace(inside: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.at < this.source.length) {
      const char = this.source[this.at]!;
      if (char === '\\' && '$}\\'.includes(this.source[this.at + 1] ?? '')) {
        text += this.source[this.at + 1];
        this.at += 2;
      } else if (char === '}' && inside) {
        break;
      } else if (char === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += char;
          this.at++;
        }
      } else {
        text += char;
        this.at++;
      }
    }
    flush();
    return nodes;
  }

  /** A construct starting at `$`, or undefined when the `$` is plain text (as in "$ 5"). */
  private parseDollar(): Node | undefined {
    const rest = this.source.slice(this.at + 1);
    const bare = /^(?:(\d+)|([_a-zA-Z][_a-zA-Z0-9]*))/.exec(rest);
    if (bare) {
      this.at += 1 + bare[0].length;
      return bare[1] !== undefined
        ? { kind: 'tabstop', index: Number(bare[1]) }
        : { kind: 'variable', name: bare[2]!, children: undefined };
    }
    if (!rest.startsWith('{')) return undefined;
    const start = this.at;
    const head = /^\{(?:(\d+)|([_a-zA-Z][_a-zA-Z0-9]*))/.exec(rest);
    if (!head) throw this.error('${ must be followed by a tab stop number or a variable name', start);
    this.at += 1 + head[0].length;
    const index = head[1] !== undefined ? Number(head[1]) : undefined;
    const name = head[2];
    const next = this.source[this.at];
    if (next === '}') {
      this.at++;
      return index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name: name!, children: undefined };
    }
    if (next === ':') {
      this.at++;
      const children = this.parseUntilBrace(true);
      this.expectClosingBrace(start);
      return index !== undefined
        ? { kind: 'placeholder', index, children }
        : { kind: 'variable', name: name!, children };
    }
    if (next === '|' && index !== undefined) return this.parseChoice(index, start);
    if (next === '/') throw this.error('transformations are not supported', start);
    throw this.error(`unexpected '${next ?? 'end of snippet'}' after \${${head[1] ?? name}`, start);
  }

  private parseChoice(index: number, start: number): Node {
    this.at++;
    const options: string[] = [];
    let option = '';
    while (this.at < this.source.length) {
      const char = this.source[this.at]!;
      if (char === '\\' && ',|\\$}'.includes(this.source[this.at + 1] ?? '')) {
        option += this.source[this.at + 1];
        this.at += 2;
      } else if (char === ',') {
        options.push(option);
        option = '';
        this.at++;
      } else if (char === '|' && this.source[this.at + 1] === '}') {
        options.push(option);
        this.at += 2;
        return { kind: 'choice', index, options };
      } else {
        option += char;
        this.at++;
      }
    }
    throw this.error('unclosed choice', start);
  }

  private expectClosingBrace(start: number): void {
    if (this.source[this.at] !== '}') throw this.error('unclosed placeholder', start);
    this.at++;
  }

  private error(message: string, at = this.at): Error {
    const line = this.source.slice(0, at).split('\n').length;
    return new Error(`snippet line ${line}: ${message}: ${JSON.stringify(this.source.slice(at, at + 30))}`);
  }
}
