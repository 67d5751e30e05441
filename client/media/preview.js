// The preview's only script (allowed by nonce): swaps in re-rendered HTML
// without losing the scroll position, and asks the extension to open
// references to other documents. In-page references are plain anchors.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');

  // A hidden preview's page is dropped and built again from the first render
  // when it is shown: put back the latest one, which the state keeps.
  const saved = vscode.getState();
  if (saved && typeof saved.html === 'string') content.innerHTML = saved.html;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    content.innerHTML = message.html;
    vscode.setState({ html: message.html });
  });

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.cr-external') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'follow', line: Number(link.dataset.line), character: Number(link.dataset.character) });
  });
})();
