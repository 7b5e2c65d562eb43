// The Debrief view's only script: every change of a rating posts the choices as a draft (kept if the
// view closes), Save posts them to be written into the answer, and the extension answers with a
// status line; a "line N" link or a quote asks the extension to show that line of the answer. It
// reads nothing from the page but the form and the links' line numbers.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const form = document.getElementById('ratings');
  const status = document.getElementById('status');
  const chosen = () => {
    const ratings = {};
    for (const input of form.querySelectorAll('input[type=radio]:checked')) ratings[input.name] = Number(input.value);
    return ratings;
  };
  form.addEventListener('change', () => vscode.postMessage({ type: 'draft', ratings: chosen() }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    vscode.postMessage({ type: 'save', ratings: chosen() });
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.line') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'revealLine', line: Number(link.getAttribute('data-line')) });
  });
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'status' && typeof event.data.text === 'string') status.textContent = event.data.text;
  });
})();
