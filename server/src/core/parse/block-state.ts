import type MarkdownIt from 'markdown-it';

type StateBlock = InstanceType<MarkdownIt['block']['State']>;

/**
 * Makes a parser's block state mark its lines with a search for each line
 * ending, where markdown-it's own state (14.1) steps through every character
 * of the text in JavaScript: a sixth of the block pass on corpus A. The
 * marks are the same (a property test holds the two to each other): each
 * line's start and end, its indentation in characters and in columns (a tab
 * to the next multiple of 4), and a last line of only spaces and tabs with no
 * line ending after it is not a line, as markdown-it has it. The text reaches
 * the parser with `\n` line endings only (`normaliseLineEndings`).
 */
export function useQuickBlockState(parser: MarkdownIt): void {
  const Stock = parser.block.State;
  function QuickStateBlock(
    this: StateBlock,
    src: string,
    md: MarkdownIt,
    env: unknown,
    tokens: StateBlock['tokens'],
  ): void {
    // An empty text makes no lines: the stock constructor's loop never runs, and it is as quick.
    if (src.length === 0) return void Stock.call(this, src, md, env, tokens);
    Stock.call(this, '', md, env, tokens);
    this.src = src;
    const { bMarks, eMarks, tShift, sCount, bsCount } = this;
    // The stock constructor left one closing mark, for an empty text: the text's own come first.
    bMarks.length = eMarks.length = tShift.length = sCount.length = bsCount.length = 0;
    const length = src.length;
    let start = 0;
    while (start < length) {
      let at = start;
      let indent = 0;
      let columns = 0;
      for (let code = src.charCodeAt(at); code === 0x20 || code === 0x09; code = src.charCodeAt(++at)) {
        indent++;
        columns += code === 0x09 ? 4 - (columns % 4) : 1;
      }
      if (at >= length) break;
      const newline = src.indexOf('\n', at);
      const end = newline === -1 ? length : newline;
      bMarks.push(start);
      eMarks.push(end);
      tShift.push(indent);
      sCount.push(columns);
      bsCount.push(0);
      start = end + 1;
    }
    bMarks.push(length);
    eMarks.push(length);
    tShift.push(0);
    sCount.push(0);
    bsCount.push(0);
    this.lineMax = bMarks.length - 1;
  }
  QuickStateBlock.prototype = Stock.prototype;
  parser.block.State = QuickStateBlock as unknown as typeof Stock;
}
