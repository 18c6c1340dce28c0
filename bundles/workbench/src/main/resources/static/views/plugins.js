// Plugins view: the bundles and components of the running workbench (GET /api/status), refreshed whenever a
// contribution comes or goes; what is wrong first.
import { h, fill, debounce } from '../lib/dom.js';

const GOOD_BUNDLE = new Set(['ACTIVE', 'RESOLVED', 'STARTING', 'FRAGMENT']);
const GOOD_COMPONENT = new Set(['ACTIVE', 'SATISFIED', 'REGISTERED']);

export default function mount(element, workbench) {
  element.classList.add('plugins-view');
  const filter = h('input', { type: 'search', id: 'plugins-filter', class: 'grow', placeholder: 'Filter bundles and components', 'aria-label': 'Filter', style: { maxWidth: '320px' } });
  const onlyProblems = h('input', { type: 'checkbox', id: 'plugins-problems-only' });
  const refresh = h('button', { type: 'button', class: 'button', id: 'plugins-refresh' }, 'Refresh');
  const summary = h('span', { class: 'muted', id: 'plugins-summary' });
  const errors = h('div', { id: 'plugins-error' });
  const scroll = h('div', { class: 'scroll' });
  element.append(h('div', { class: 'toolbar' }, filter, h('label', { class: 'nowrap muted' }, onlyProblems, ' Problems only'), h('span', { class: 'grow' }), summary, refresh), errors, scroll);
  let status = null;

  async function load() {
    try {
      status = await workbench.api('/api/status');
      workbench.showError(errors, null);
      render();
    } catch (error) {
      workbench.showError(errors, `The state of the workbench could not be read: ${error.message}`);
    }
  }

  function render() {
    if (!status) return;
    const words = filter.value.trim().toLowerCase();
    const match = (...fields) => !words || fields.join(' ').toLowerCase().includes(words);
    const bundles = (status.bundles || []).filter((b) => match(b.id, b.symbolicName, b.version, b.state, b.location))
      .filter((b) => !onlyProblems.checked || !GOOD_BUNDLE.has(String(b.state).toUpperCase()));
    const components = (status.components || []).filter((c) => match(c.name, c.bundle, c.state, ...(c.unsatisfied || [])))
      .filter((c) => !onlyProblems.checked || c.satisfied === false || !GOOD_COMPONENT.has(String(c.state).toUpperCase()));
    const problems = status.problems || [];
    summary.textContent = `Atelier ${status.version || ''} · ${(status.bundles || []).length} bundles · ${(status.components || []).length} components`;
    summary.title = status.workspace ? `Workspace: ${status.workspace}` : '';
    fill(scroll,
      problems.length ? h('ul', { class: 'problems', role: 'alert', 'aria-label': 'Problems' }, ...problems.map((p) => h('li', {}, typeof p === 'string' ? p : p.message || JSON.stringify(p)))) : null,
      h('h2', {}, `Bundles (${bundles.length})`),
      h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, h('th', { class: 'num' }, 'Id'), h('th', {}, 'Symbolic name'), h('th', {}, 'Version'), h('th', {}, 'State'), h('th', {}, 'Location'))),
        h('tbody', {}, ...bundles.map((b) => h('tr', { class: 'bundle-row', dataset: { bundle: b.symbolicName, state: b.state } },
          h('td', { class: 'num' }, String(b.id)), h('td', {}, b.symbolicName), h('td', { class: 'mono' }, b.version),
          h('td', {}, h('span', { class: 'state', dataset: { ok: String(GOOD_BUNDLE.has(String(b.state).toUpperCase())) } }, b.state)),
          h('td', { class: 'faint', title: b.location }, shorten(b.location)))))),
      h('h2', {}, `Components (${components.length})`),
      h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Component'), h('th', {}, 'Bundle'), h('th', {}, 'State'), h('th', {}, 'Missing'))),
        h('tbody', {}, ...components.map((c) => {
          const ok = c.satisfied !== false && GOOD_COMPONENT.has(String(c.state).toUpperCase());
          return h('tr', { class: 'component-row', dataset: { component: c.name, state: c.state } },
            h('td', { class: 'mono' }, c.name), h('td', { class: 'muted' }, String(c.bundle ?? '')),
            h('td', {}, h('span', { class: 'state', dataset: { ok: String(ok) } }, c.state)),
            h('td', { class: 'muted' }, (c.unsatisfied || []).join(', ')));
        }))));
  }

  const shorten = (location) => {
    if (!location) return '';
    const parts = String(location).split(/[\\/]/);
    return parts.slice(-2).join('/');
  };

  filter.addEventListener('input', debounce(render, 120));
  onlyProblems.addEventListener('change', render);
  refresh.addEventListener('click', load);
  const later = debounce(load, 300);
  workbench.on('contributions', later);
  workbench.on('reconnect', later);
  load();
}
