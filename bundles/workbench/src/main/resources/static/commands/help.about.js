// Help ▸ About Atelier: the version and the workspace.
import { h } from '../lib/dom.js';

export default async function run(workbench) {
  let status = {};
  try {
    status = await workbench.api('/api/status');
  } catch (error) {
    status = { error: error.message };
  }
  const dialog = h('dialog', { id: 'about-dialog', 'aria-labelledby': 'about-title' },
    h('header', { id: 'about-title' }, 'Atelier'),
    h('div', { class: 'dialog-body' },
      h('p', {}, 'A research workbench for analysts who study a body of news articles.'),
      status.error ? h('p', { class: 'inline-error' }, status.error) : h('table', { class: 'keys-table' },
        h('tr', {}, h('td', { class: 'muted' }, 'Version'), h('td', {}, status.version || '')),
        h('tr', {}, h('td', { class: 'muted' }, 'Workspace'), h('td', { class: 'mono' }, status.workspace || '')),
        h('tr', {}, h('td', { class: 'muted' }, 'Bundles'), h('td', {}, String((status.bundles || []).length))))),
    h('footer', {}, h('button', { type: 'button', class: 'button primary', onclick: () => dialog.close() }, 'Close')));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
