// Search view: the query (syntax of docs/search.md), ranked hits with highlighted snippets, facets, paging by
// cursor, history. Keys: / focuses the box (a command); j/k or ↓/↑ move the selection, Enter opens it.
import { h, fill, clear, isEditable, plural } from '../lib/dom.js';
import { appendHighlighted, span, codePoints } from '../lib/text.js';

const PAGE = 20;
const HISTORY = 20;
// While the index is being built, the results are searched again this often, so that they fill in.
const REFRESH_WHILE_INDEXING_MS = 3000;
const SYNTAX = [
  ['puces nvidia', 'both words'],
  ['puces OR processeurs', 'either word'],
  ['puces -Huawei', 'without Huawei'],
  ['"puces électroniques"', 'a phrase'],
  ['"Alibaba ByteDance"~2', 'words at most 2 apart'],
  ['électroni*  Tenc?nt', 'wildcards'],
  ['Huawey~1', 'one edit away'],
  ['title:puce  text:…  exact:Puces', 'fields'],
  ['source:"Le Monde"  lang:fr', 'outlet, language'],
  ['date:2025-03  date:[2024-01-01 TO *]', 'dates'],
  ['(a OR b) AND c', 'grouping'],
];

export default function mount(element, workbench) {
  let query = '';
  let filters = { source: [], lang: [] };
  let hits = [];
  let next = null;
  let total = 0;
  let indexing = null;
  let refreshTimer = null;
  let selected = -1;
  let request = 0;
  let history = workbench.storage.get('history', []);

  const input = h('input', {
    type: 'search', id: 'search-input', name: 'q', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'puces nvidia, "États-Unis", title:puce…', 'aria-label': 'Search the corpus', 'aria-describedby': 'search-error',
    list: 'search-history-list',
  });
  const datalist = h('datalist', { id: 'search-history-list' });
  const errorBox = h('div', { class: 'search-error', id: 'search-error', 'aria-live': 'polite' });
  const form = h('form', { class: 'search-form', id: 'search-form', role: 'search' },
    h('div', { class: 'search-line' }, input, datalist, h('button', { type: 'submit', class: 'button primary' }, 'Search')),
    errorBox,
    h('details', { class: 'syntax-help' }, h('summary', {}, 'Query syntax'),
      h('table', {}, ...SYNTAX.map(([q, what]) => h('tr', {}, h('td', {}, h('code', {}, q)), h('td', {}, what))))));
  const facets = h('div', { class: 'facets', id: 'search-facets', hidden: true });
  const summary = h('div', { class: 'search-summary', id: 'search-total', 'aria-live': 'polite' });
  const results = h('div', { class: 'search-results', id: 'search-results', role: 'listbox', tabindex: '0', 'aria-label': 'Search results' });
  const historyBox = h('div', { class: 'history', id: 'search-history' });
  element.append(form, facets, summary, results);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filters = { source: [], lang: [] };
    run(input.value.trim());
  });
  input.addEventListener('keydown', (event) => {
    // ↓ from the box of the query just run goes to its results (Tab does too)
    if (event.key === 'ArrowDown' && hits.length && input.value.trim() === query) {
      event.preventDefault();
      results.focus();
      select(Math.max(0, selected));
    } else if (event.key === 'Escape' && !input.value) {
      event.preventDefault();
      results.focus();
    }
  });

  // j/k/Enter work from the results, from the view, or from nowhere in particular (the page body)
  const onKey = (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    if (!element.classList.contains('active') || element.hidden) return;
    const inside = element.contains(event.target);
    const nowhere = event.target === document.body || event.target === document.documentElement;
    if (!inside && !nowhere) return;
    if (event.key === 'j' || event.key === 'ArrowDown') {
      if (!hits.length) return;
      event.preventDefault();
      select(Math.min(hits.length - 1, selected + 1));
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      select(Math.max(0, selected - 1));
    } else if (event.key === 'Enter' && selected >= 0 && (event.target === results || nowhere || event.target.closest?.('.search-hit'))) {
      event.preventDefault();
      open(hits[selected]);
    }
  };
  document.addEventListener('keydown', onKey);

  function remember(q) {
    if (!q) return;
    history = [q, ...history.filter((x) => x !== q)].slice(0, HISTORY);
    workbench.storage.set('history', history);
  }

  function renderHistory() {
    fill(datalist, ...history.map((q) => h('option', { value: q })));
    if (!history.length) {
      fill(historyBox, h('p', { class: 'muted' }, 'Type a query and press Enter. Press / anywhere to come back here.'));
      return;
    }
    fill(historyBox, h('h3', {}, 'Recent searches'),
      ...history.map((q) => h('button', { type: 'button', class: 'history-item', title: 'Search again', onclick: () => { input.value = q; run(q); } }, q)),
      h('button', { type: 'button', class: 'button link small', onclick: () => { history = []; workbench.storage.set('history', []); renderHistory(); } }, 'Clear history'));
  }

  function url(q, after) {
    const params = new URLSearchParams({ q, limit: String(PAGE), facets: 'true' });
    if (after) params.set('after', after);
    for (const v of filters.source) params.append('source', v);
    for (const v of filters.lang) params.append('lang', v);
    return `/api/search?${params}`;
  }

  async function run(q, { keepSelection = false } = {}) {
    query = q;
    clearTimeout(refreshTimer);
    clear(errorBox);
    input.removeAttribute('aria-invalid');
    if (!q) {
      hits = [];
      next = null;
      facets.hidden = true;
      summary.textContent = '';
      fill(results, historyBox);
      renderHistory();
      return;
    }
    const mine = ++request;
    if (!keepSelection) summary.textContent = 'Searching…';
    try {
      const page = await workbench.api(url(q, null));
      if (mine !== request) return;
      remember(q);
      renderHistory();
      hits = page.hits || [];
      next = page.next || null;
      total = page.total ?? hits.length;
      indexing = page.indexing || null;
      if (indexing) refreshTimer = setTimeout(() => run(q, { keepSelection: true }), REFRESH_WHILE_INDEXING_MS);
      const keep = keepSelection ? selected : -1;
      selected = -1;
      renderFacets(page.facets || {});
      renderResults();
      if (keep >= 0 && hits.length) select(Math.min(keep, hits.length - 1), false);
      workbench.storage.set('last', { q, filters });
    } catch (error) {
      if (mine !== request) return;
      summary.textContent = '';
      showQueryError(q, error);
    }
  }

  function showQueryError(q, error) {
    input.setAttribute('aria-invalid', 'true');
    const column = error.body && Number.isInteger(error.body.column) ? error.body.column : null;
    const message = error.status === 400 ? error.message : `The search failed: ${error.message}`;
    const parts = [h('div', { role: 'alert' }, column && !/column/i.test(message) ? `Column ${column}: ${message}` : message)];
    if (column) {
      const points = codePoints(q);
      const at = Math.min(Math.max(column - 1, 0), points.length);
      parts.push(h('div', { class: 'query-echo', 'aria-hidden': 'true' },
        points.slice(0, at).join(''), h('span', { class: 'error-column' }, points[at] ?? ' '), points.slice(at + 1).join('')));
      // put the caret where the mistake is (input positions count UTF-16 units)
      const units = points.slice(0, at).join('').length;
      input.focus();
      input.setSelectionRange(units, units + (points[at]?.length ?? 0));
    }
    fill(errorBox, ...parts);
  }

  async function more() {
    if (!next) return;
    clearTimeout(refreshTimer); // searching again would take the pages read away
    const mine = ++request;
    const button = results.querySelector('#search-more');
    if (button) button.disabled = true;
    try {
      const page = await workbench.api(url(query, next));
      if (mine !== request) return;
      const start = hits.length;
      hits = hits.concat(page.hits || []);
      next = page.next || null;
      renderResults();
      select(start, true);
    } catch (error) {
      if (button) button.disabled = false;
      workbench.showError(results, `More results could not be read: ${error.message}`);
    }
  }

  function renderFacets(all) {
    const groups = [];
    for (const [name, label] of [['source', 'Outlet'], ['lang', 'Language']]) {
      let values = all[name] || [];
      if (!Array.isArray(values)) values = Object.entries(values).map(([value, count]) => ({ value, count }));
      const chosen = filters[name];
      for (const value of chosen) if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
      if (!values.length) continue;
      groups.push(h('div', { class: 'facet-group', role: 'group', 'aria-label': label }, h('strong', {}, label),
        ...values.map((v) => h('label', { class: 'facet' },
          h('input', {
            type: 'checkbox', value: v.value, checked: chosen.includes(v.value), dataset: { facet: name },
            onchange: (event) => {
              filters[name] = event.target.checked ? [...chosen, v.value] : chosen.filter((x) => x !== v.value);
              run(query);
            },
          }), v.value || '(none)', h('span', { class: 'count' }, String(v.count))))));
    }
    facets.hidden = !groups.length;
    fill(facets, ...groups);
  }

  function renderResults() {
    const filtered = filters.source.length || filters.lang.length ? ' (filtered)' : '';
    fill(summary, total === 0 ? `No document matches${filtered}.` : `${plural(total, 'document')}${filtered}`,
      hits.length < total ? h('span', { class: 'faint' }, `· showing ${hits.length}`) : null,
      indexing ? h('span', { class: 'faint', id: 'search-indexing' },
        `· indexing ${indexing.done.toLocaleString()} of ${indexing.of.toLocaleString()}; results so far`) : null);
    fill(results, ...hits.map(hitElement));
    if (next) results.append(h('button', { type: 'button', class: 'button search-more', id: 'search-more', onclick: more }, `More results (${total - hits.length} left)`));
    results.removeAttribute('aria-activedescendant');
  }

  function hitElement(hit, index) {
    const snippets = (hit.snippets || []).map((s) => appendHighlighted(
      h('div', { class: 'snippet' }, s.page ? h('span', { class: 'snippet-page' }, `p. ${s.page} `) : null), s.text, s.start, s.matches));
    return h('div', {
      class: 'search-hit', role: 'option', id: `search-hit-${index}`, 'aria-selected': 'false', dataset: { docId: hit.id, index: String(index) },
      onclick: () => { select(index, false); open(hit); },
    },
    h('div', { class: 'hit-title' }, hit.title || hit.path || hit.id),
    h('div', { class: 'hit-meta' }, h('span', {}, hit.path || ''), h('span', { title: 'Score' }, hit.score != null ? Number(hit.score).toFixed(2) : '')),
    ...snippets);
  }

  function select(index, scroll = true) {
    const items = results.querySelectorAll('.search-hit');
    if (!items.length) return;
    selected = Math.max(0, Math.min(items.length - 1, index));
    items.forEach((item, i) => {
      item.classList.toggle('selected', i === selected);
      item.setAttribute('aria-selected', String(i === selected));
    });
    results.setAttribute('aria-activedescendant', items[selected].id);
    if (scroll) items[selected].scrollIntoView({ block: 'nearest' });
  }

  function open(hit) {
    if (!hit) return;
    const matches = (hit.snippets || []).flatMap((s) => (s.matches || []).map(span));
    const first = matches[0];
    workbench.openDocument(hit.id, { start: first?.start, end: first?.end, matches, query });
  }

  workbench.on('search:focus', () => {
    if (document.activeElement === input) return;
    input.focus();
    input.select();
  });
  workbench.on('documents', () => {
    if (query) run(query, { keepSelection: true });
  });

  const last = workbench.storage.get('last', null);
  if (last && last.q) {
    input.value = last.q;
    filters = { source: [], lang: [], ...(last.filters || {}) };
    run(last.q);
  } else {
    run('');
  }
  return {
    dispose() {
      clearTimeout(refreshTimer);
      document.removeEventListener('keydown', onKey);
    },
  };
}
