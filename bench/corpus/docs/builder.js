'use strict';
// Assembles a document from front matter and sections, counts its lines, and
// grows it to an exact line count by asking its expandable sections for more
// blocks. A block is an array of lines; blocks are separated by blank lines.

class DocumentBuilder {
  constructor(random, prose) {
    this.random = random;
    this.prose = prose;
    this.frontMatter = [];
    this.sections = [];
  }

  setFrontMatter(lines) {
    this.frontMatter = ['---', ...lines, '---'];
  }

  // heading: array of lines (one for ATX, two for setext); more: optional
  // function returning the next block when the document is grown.
  // `tail` blocks at the end of the section stay last when it grows.
  addSection(heading, blocks, more, tail = 0) {
    const kept = blocks.filter((b) => b && b.length);
    const section = { heading, blocks: kept, more, insertAt: Math.max(0, kept.length - tail) };
    this.sections.push(section);
    return section;
  }

  lineCount() {
    let count = this.frontMatter.length ? this.frontMatter.length + 1 : 0;
    for (const s of this.sections) {
      count += s.heading.length + 1;
      for (const b of s.blocks) count += b.length + 1;
    }
    return count - 1; // no blank line after the last block
  }

  // Add exactly `extra` lines (approximately when extra < 2).
  grow(extra) {
    const expandable = this.sections.filter((s) => s.more);
    if (!expandable.length || extra < 2) return;
    let remaining = extra;
    let turn = 0;
    while (remaining >= 16) {
      const section = expandable[turn++ % expandable.length];
      const block = section.more();
      if (block.length + 1 > remaining - 2) break;
      section.blocks.splice(section.insertAt++, 0, block);
      remaining -= block.length + 1;
    }
    // Finish with a paragraph of exactly the remaining size.
    const last = expandable[expandable.length - 1];
    if (remaining >= 2) {
      last.blocks.splice(last.insertAt++, 0, this.exactParagraph(remaining - 1));
    }
  }

  // One paragraph of exactly `lineCount` lines, ending at a full stop.
  exactParagraph(lineCount) {
    const sentences = [];
    let lines = [];
    while (lines.length <= lineCount) {
      sentences.push(this.prose.sentence('background'));
      lines = this.prose.wrap(sentences.join(' '));
    }
    const result = lines.slice(0, lineCount);
    const last = result[lineCount - 1];
    const stop = last.lastIndexOf('. ');
    result[lineCount - 1] = stop > 0 ? last.slice(0, stop + 1) : `${last.replace(/[,;:.]$/, '')}.`;
    return result;
  }

  render() {
    const out = [];
    if (this.frontMatter.length) out.push(...this.frontMatter, '');
    for (const s of this.sections) {
      out.push(...s.heading, '');
      for (const b of s.blocks) out.push(...b, '');
    }
    out.pop();
    return out.join('\n') + '\n';
  }
}

module.exports = { DocumentBuilder };
