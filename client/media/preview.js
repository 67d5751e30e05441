// The preview's only script (allowed by nonce): swaps in re-rendered HTML
// without losing the scroll position, asks the extension to open references
// to other documents, and scrolls with the editor both ways, as VS Code's
// Markdown preview does. In-page references are plain anchors.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');

  // A hidden preview's page is dropped and built again from the first render
  // when it is shown: put back the latest one, which the state keeps.
  const saved = vscode.getState();
  if (saved && typeof saved.html === 'string') content.innerHTML = saved.html;

  /**
   * The blocks that say which line of the document they start at, top to
   * bottom. A list or a table is skipped for its items and rows, and a code
   * block is measured by its <pre> (markdown-it marks the <code> inside it).
   */
  function blocks() {
    const found = [];
    for (const element of content.querySelectorAll('.code-line')) {
      const line = Number(element.getAttribute('data-line'));
      if (!Number.isFinite(line) || /^(UL|OL|TABLE|THEAD|TBODY)$/.test(element.tagName)) continue;
      const measured = element.tagName === 'CODE' && element.parentElement ? element.parentElement : element;
      found.push({ element: measured, line });
    }
    return found;
  }

  /** Where a block's top is, in the page's scroll coordinates. */
  function topOf(block) {
    return block.element.getBoundingClientRect().top + window.scrollY;
  }

  /** The page offset of `line`: its block's top, or between the tops of the blocks around it. */
  function offsetOfLine(line) {
    const all = blocks();
    let previous;
    let next;
    for (const block of all) {
      if (block.line <= line) previous = block;
      else {
        next = block;
        break;
      }
    }
    // The first block's line and above: the top of the page, margins and all.
    if (!previous || (previous === all[0] && line <= previous.line)) return 0;
    const top = topOf(previous);
    if (!next || next.line === previous.line) return top;
    return top + ((line - previous.line) / (next.line - previous.line)) * (topOf(next) - top);
  }

  /** The document line at page offset `offset`: the reverse of offsetOfLine, to the line. */
  function lineAtOffset(offset) {
    const all = blocks();
    let previous;
    let next;
    for (const block of all) {
      if (topOf(block) <= offset) previous = block;
      else {
        next = block;
        break;
      }
    }
    if (!previous) return next ? next.line : 0;
    const top = topOf(previous);
    if (!next || topOf(next) <= top) return previous.line;
    return Math.floor(previous.line + ((offset - top) / (topOf(next) - top)) * (next.line - previous.line));
  }

  // A scroll the editor asked for must not be sent back to it as the reader's.
  let ownScrolls = 0;
  function scrollTo(offset) {
    const before = window.scrollY;
    window.scrollTo(0, Math.max(0, Math.round(offset)));
    if (window.scrollY !== before) ownScrolls++;
  }

  /** Marks the block of the editor's cursor, and brings it into view if it is out of it. */
  function markActiveLine(line) {
    for (const marked of content.querySelectorAll('.cr-active-line')) marked.classList.remove('cr-active-line');
    let active;
    for (const block of blocks()) if (block.line <= line) active = block;
    if (!active) return;
    active.element.classList.add('cr-active-line');
    const top = topOf(active);
    if (top < window.scrollY || top > window.scrollY + window.innerHeight) scrollTo(top);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message) return;
    if (message.type === 'scroll' && typeof message.line === 'number') scrollTo(offsetOfLine(message.line));
    if (message.type === 'select' && typeof message.line === 'number') markActiveLine(message.line);
    if (message.type !== 'update' || typeof message.html !== 'string') return;
    content.innerHTML = message.html;
    if (tooltip) tooltip.hidden = true;
    vscode.setState({ html: message.html });
  });

  let scrollReported = false;
  window.addEventListener('scroll', () => {
    if (ownScrolls > 0) {
      ownScrolls--;
      return;
    }
    // One report a frame, however fast the reader scrolls.
    if (scrollReported) return;
    scrollReported = true;
    requestAnimationFrame(() => {
      scrollReported = false;
      vscode.postMessage({ type: 'reveal', line: lineAtOffset(window.scrollY) });
    });
  });

  // Opened beside an editor: start where the editor is.
  const initialLine = Number(document.body && document.body.getAttribute('data-initial-line'));
  if (initialLine > 0) window.addEventListener('load', () => scrollTo(offsetOfLine(initialLine)));

  // A reference's title, shown in the editor's hover colours as the reader
  // points at it (or tabs to it), in place of the browser's own tooltip,
  // which ignores the theme. The title moves to data-tooltip while shown.
  let tooltip;
  function showTooltip(event) {
    const reference = event.target instanceof Element ? event.target.closest('.cr-reference[title]') : null;
    if (!reference) return;
    reference.dataset.tooltip = reference.getAttribute('title');
    reference.removeAttribute('title');
    if (!tooltip) {
      tooltip = document.createElement('div');
      tooltip.id = 'cr-tooltip';
      tooltip.setAttribute('role', 'tooltip');
      document.body.appendChild(tooltip);
    }
    tooltip.textContent = reference.dataset.tooltip;
    tooltip.classList.toggle('cr-tooltip-broken', reference.classList.contains('cr-broken'));
    reference.setAttribute('aria-describedby', 'cr-tooltip');
    const box = reference.getBoundingClientRect();
    tooltip.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - tooltip.offsetWidth - 4)) + window.scrollX}px`;
    tooltip.style.top = `${box.bottom + 6 + window.scrollY}px`;
    tooltip.hidden = false;
  }
  function hideTooltip(event) {
    const reference = event.target instanceof Element ? event.target.closest('.cr-reference') : null;
    if (!reference) return;
    if (reference.dataset.tooltip !== undefined) {
      reference.setAttribute('title', reference.dataset.tooltip);
      delete reference.dataset.tooltip;
      reference.removeAttribute('aria-describedby');
    }
    if (tooltip) tooltip.hidden = true;
  }
  document.addEventListener('mouseover', showTooltip);
  document.addEventListener('focusin', showTooltip);
  document.addEventListener('mouseout', hideTooltip);
  document.addEventListener('focusout', hideTooltip);

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.cr-external') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'follow', line: Number(link.dataset.line), character: Number(link.dataset.character) });
  });
})();
