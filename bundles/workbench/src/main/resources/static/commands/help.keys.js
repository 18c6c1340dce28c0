// Help ▸ Keyboard shortcuts (?): the keys of the window, of the views, and of every command installed.
import { h } from '../lib/dom.js';

const WINDOW_KEYS = [
  ['/', 'Search the corpus'],
  ['j  k  or  ↓  ↑', 'Next or previous search result'],
  ['Enter', 'Open the selected result'],
  ['a', 'Annotate the words selected in the document'],
  ['Ctrl+Enter', 'Save the claim form'],
  ['Esc', 'Cancel a form, close a menu, restore a maximized area'],
  ['F10 or Alt', 'Go to the menus (then arrows, Enter)'],
  ['← → on a tab', 'Next or previous view; Delete closes it; Shift+F10 moves it'],
  ['Double-click a tab', 'Maximize or restore its area'],
  ['Arrows on a splitter', 'Resize (Shift: faster; Home: default size)'],
];

export default function run(workbench) {
  const commands = (workbench.contributions.commands || []).filter((c) => c.keys);
  const rows = [...WINDOW_KEYS, ...commands.map((c) => [c.keys, c.label])];
  const seen = new Set();
  const dialog = h('dialog', { id: 'keys-dialog', 'aria-labelledby': 'keys-dialog-title' },
    h('header', { id: 'keys-dialog-title' }, 'Keyboard shortcuts'),
    h('div', { class: 'dialog-body' }, h('table', { class: 'keys-table' },
      ...rows.filter(([k, label]) => !seen.has(k + label) && seen.add(k + label)).map(([k, label]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, label))))),
    h('footer', {}, h('button', { type: 'button', class: 'button primary', onclick: () => dialog.close() }, 'Close')));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
