// The prompt view's only script: buttons post what they are for, and the extension decides what to
// do. It reads nothing from the page but the buttons' data attributes.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  // Buttons are rendered disabled and come alive here, so nothing can be clicked before it works.
  for (const button of document.querySelectorAll('button[data-command]')) button.disabled = false;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-command]') : null;
    if (!target) return;
    event.preventDefault();
    const message = { type: target.getAttribute('data-command') };
    const index = target.getAttribute('data-index');
    if (index !== null) message.index = Number(index);
    vscode.postMessage(message);
  });
})();
