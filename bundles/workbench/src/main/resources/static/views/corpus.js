// Corpus view: the documents of the workspace, and importing (choosing files or dropping them on the window).
import { h, fill, debounce, ellipsis, formatDate, plural } from '../lib/dom.js';

const COLUMNS = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'date', label: 'Date' },
  { key: 'claims', label: 'Claims' },
];

// A corpus that fits in one page of the API is listed whole: sorted and filtered in the window, by any column.
// A larger one (up to millions) is paged by the server in its own orders and loaded as the list is scrolled.
const WHOLE_PAGE = 500;
const SCROLL_PAGE = 200;
const SERVER_SORTS = new Set(['imported', 'date', 'title']);

export default function mount(element, workbench) {
  let documents = [];
  let paged = null; // when the corpus is paged by the server: { total, next, loading }
  let current = null;
  let sort = workbench.storage.get('sort', { key: 'imported', descending: false });
  const imports = new Map(); // import id -> latest state
  let limit = 500; // rows drawn at a time

  const input = h('input', {
    type: 'file', id: 'import-input', multiple: true, class: 'visually-hidden', tabindex: '-1',
    'aria-label': 'Files to import',
    onchange: () => {
      startImport([...input.files]);
      input.value = '';
    },
  });
  const importButton = h('button', { type: 'button', class: 'button primary', id: 'import-button', onclick: () => input.click(),
    title: 'Import files: text, Markdown, HTML, JSON, JSON lines, zip archives (or drop them on the window)' }, 'Import…');
  const filter = h('input', { type: 'search', id: 'corpus-filter', class: 'grow', placeholder: 'Filter by title, outlet…', 'aria-label': 'Filter the documents' });
  const sortSelect = h('select', { 'aria-label': 'Sort the documents by', id: 'corpus-sort' },
    h('option', { value: 'imported' }, 'Imported'),
    ...COLUMNS.map((c) => h('option', { value: c.key }, c.label)));
  sortSelect.value = sort.key;
  const count = h('span', { class: 'muted nowrap', id: 'corpus-count' });
  const importBox = h('div', { class: 'import-box', id: 'import-box', hidden: true });
  const list = h('div', { class: 'document-list', role: 'list', 'aria-label': 'Documents' });
  const errors = h('div', { class: 'corpus-errors' });

  element.append(h('div', { class: 'toolbar' }, importButton, input, filter, sortSelect, count), errors, importBox, list);

  filter.addEventListener('input', debounce(renderList, 120));
  sortSelect.addEventListener('change', () => {
    sort = { key: sortSelect.value, descending: sortSelect.value === 'date' || sortSelect.value === 'claims' };
    workbench.storage.set('sort', sort);
    if (paged) load();
    else renderList();
  });

  const serverSort = () => (SERVER_SORTS.has(sort.key) ? sort.key : 'imported');
  const pageUrl = (limit, after) => `/api/documents?limit=${limit}&sort=${serverSort()}&desc=${sort.descending}`
    + (after ? `&after=${encodeURIComponent(after)}` : '');

  async function load() {
    try {
      const first = await workbench.api(pageUrl(WHOLE_PAGE));
      documents = first.documents;
      paged = first.next ? { total: first.total, next: first.next, loading: false } : null;
      workbench.showError(errors, null);
    } catch (error) {
      workbench.showError(errors, `The documents could not be listed: ${error.message}`);
    }
    adaptControls();
    renderList();
  }

  /** The next page of a corpus paged by the server, once the end of the list comes into view. */
  async function loadMore() {
    if (!paged || !paged.next || paged.loading) return;
    paged.loading = true;
    try {
      const page = await workbench.api(pageUrl(SCROLL_PAGE, paged.next));
      documents = documents.concat(page.documents);
      paged.next = page.next;
      renderList();
      requestAnimationFrame(endNear); // a short page may leave the end in view
    } catch (error) {
      workbench.showError(errors, `More documents could not be listed: ${error.message}`);
    } finally {
      paged.loading = false;
    }
  }

  // A large corpus: only the orders the server keeps, and no filter over documents not loaded (Search finds them).
  function adaptControls() {
    for (const option of sortSelect.options) option.disabled = !!paged && !SERVER_SORTS.has(option.value);
    filter.disabled = !!paged;
    filter.placeholder = paged ? 'A large corpus: find documents with Search' : 'Filter by title, outlet…';
    if (paged && filter.value) filter.value = '';
  }

  // The end of the list, and whether it is within a screen of coming into view: checked on every scroll of the
  // window's panes (scroll events do not bubble, so they are caught on the way down) and after each page drawn.
  const sentinel = h('div', { class: 'document-list-end', 'aria-hidden': 'true' });
  const endNear = () => {
    if (!paged || !sentinel.isConnected || !sentinel.offsetParent) return;
    if (sentinel.getBoundingClientRect().top < window.innerHeight * 2) loadMore();
  };
  document.addEventListener('scroll', endNear, true);

  function sorted(items) {
    if (paged) return items; // in the server's order
    const key = sort.key;
    const value = (d) => (key === 'imported' ? 0 : key === 'claims' ? (d.claims ?? 0) : String(d[key] ?? '').toLowerCase());
    const result = key === 'imported' ? [...items] : [...items].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return va < vb ? -1 : va > vb ? 1 : 0;
    });
    return sort.descending ? result.reverse() : result;
  }

  function renderList() {
    const words = filter.value.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/).filter(Boolean);
    const fold = (s) => String(s ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const shown = sorted(documents).filter((d) => {
      const hay = fold(`${d.title} ${d.outlet} ${d.path} ${d.language} ${d.id} ${author(d)} ${d.metadata?.type?.[0] ?? ''}`);
      return words.every((w) => hay.includes(w));
    });
    count.textContent = paged ? plural(paged.total, 'document')
      : shown.length === documents.length ? plural(documents.length, 'document') : `${shown.length} of ${documents.length}`;
    if (!documents.length) {
      fill(list, h('div', { class: 'empty-state' }, 'No documents yet. Import files, or drop them on the window.'));
      return;
    }
    if (paged) {
      fill(list, ...documents.map(row), sentinel);
      return;
    }
    fill(list, ...shown.slice(0, limit).map(row));
    if (shown.length > limit) {
      list.append(h('button', { type: 'button', class: 'button small search-more', id: 'corpus-more', onclick: () => { limit += 500; renderList(); } },
        `Show more (${shown.length - limit} not shown; filter to narrow)`));
    }
  }

  // The author, or an e-mail's sender, when the source names one.
  const author = (doc) => (doc.metadata?.author || doc.metadata?.from || []).join(', ');
  // `application/pdf` as `pdf`: enough to tell formats apart in a row.
  const shortType = (type) => type.replace(/^[^/]*\//, '').replace(/^vnd\.openxmlformats-officedocument\.[a-z]+ml\./, '').replace(/^(x-|vnd\.)/, '');

  function row(doc) {
    const title = doc.title || doc.path || doc.id;
    const by = author(doc);
    const type = doc.metadata?.type?.[0];
    return h('div', { class: `document-row${doc.id === current ? ' current' : ''}`, role: 'listitem', dataset: { docId: doc.id } },
      h('button', { type: 'button', class: 'document-title', title, onclick: () => workbench.openDocument(doc.id) }, title),
      h('div', { class: 'document-meta' },
        doc.outlet ? h('span', { class: 'outlet' }, doc.outlet) : h('span', { class: 'faint' }, 'no outlet'),
        doc.date ? h('time', { datetime: doc.date }, formatDate(doc.date)) : null,
        doc.language ? h('span', { class: 'chip', title: 'Language' }, doc.language) : null,
        by ? h('span', { class: 'author', title: `Author: ${by}` }, ellipsis(by, 40)) : null,
        type ? h('span', { class: 'chip', title: `Type: ${type}` }, ellipsis(shortType(type), 12)) : null,
        doc.parent ? h('span', { class: 'chip', title: `Attached to ${doc.parent}` }, 'attachment') : null,
        doc.duplicates?.length ? h('span', { class: 'chip', title: `Also at: ${doc.duplicates.join(', ')}` }, `+${doc.duplicates.length} paths`) : null,
        h('span', { class: 'spacer' }),
        h('span', { class: 'chip', title: 'Claims recorded on it', dataset: { count: 'claims' } }, plural(doc.claims ?? 0, 'claim')),
        doc.suggestions ? h('span', { class: 'chip', title: 'Suggested claims', dataset: { count: 'suggestions' } }, plural(doc.suggestions, 'suggestion')) : null,
        h('span', { class: 'row-actions' },
          h('button', { type: 'button', class: 'button link small', title: `Remove “${title}” from the corpus`, 'aria-label': `Remove ${title}`, onclick: () => remove(doc) }, 'Remove'))));
  }

  async function remove(doc) {
    if (!window.confirm(`Remove “${doc.title || doc.path}” from the corpus? Its claims are kept, flagged orphaned.`)) return;
    try {
      await workbench.api(`/api/documents/${encodeURIComponent(doc.id)}`, { method: 'DELETE' });
      documents = documents.filter((d) => d.id !== doc.id);
      if (paged) paged.total -= 1;
      renderList();
    } catch (error) {
      workbench.showError(errors, `“${doc.title || doc.path}” could not be removed: ${error.message}`);
    }
  }

  /* ---- importing */

  async function startImport(files) {
    if (!files.length) return;
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    importBox.hidden = false;
    fill(importBox,
      h('div', { class: 'import-status', id: 'import-status' }, `Sending ${plural(files.length, 'file')}…`),
      h('progress', { id: 'import-progress', 'aria-label': 'Import progress' }));
    try {
      const state = await workbench.api('/api/imports', { method: 'POST', body: form });
      if (state && state.id) {
        update(state);
        poll(state.id);
      }
    } catch (error) {
      fill(importBox, h('div', { class: 'import-status', id: 'import-status' }, 'The import was refused.'));
      workbench.showError(importBox, error.status === 413
        ? `The files are too large for the workbench to accept (${error.message}).`
        : `The files could not be imported: ${error.message}`);
    }
  }

  /** Events say how an import goes; polling too, in case an event is missed. */
  async function poll(id) {
    for (let delay = 500; ; delay = Math.min(2000, delay * 1.5)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const known = imports.get(id);
      if (!known || known.state !== 'running' || disposed) return;
      try {
        update(await workbench.api(`/api/imports/${encodeURIComponent(id)}`));
      } catch {
        /* the events may still tell */
      }
    }
  }

  function update(state) {
    if (!state || !state.id) return;
    const known = imports.get(state.id);
    if (known && known.state !== 'running') return; // ended already
    if (known && state.state === 'running' && (state.done ?? 0) < (known.done ?? 0)) return; // an older report
    imports.set(state.id, state);
    renderImport(state);
    if (state.state !== 'running') load();
  }

  function renderImport(state) {
    importBox.hidden = false;
    const total = state.total ?? 0;
    const done = state.done ?? 0;
    let text;
    if (state.state === 'running') {
      text = total ? `Importing ${done} of ${plural(total, 'file')}${state.file ? `: ${state.file}` : '…'}` : 'Importing…';
    } else if (state.state === 'failed') {
      text = `The import failed: ${state.error || 'no reason given'}`;
    } else {
      const parts = [`${state.imported ?? 0} imported`];
      if (state.unchanged) parts.push(`${state.unchanged} unchanged`);
      if (state.duplicates) parts.push(plural(state.duplicates, 'duplicate'));
      if (state.skipped) parts.push(`${state.skipped} skipped`);
      if (state.failed) parts.push(`${state.failed} failed`);
      text = `Import done: ${parts.join(', ')}.`;
    }
    const progress = h('progress', { id: 'import-progress', max: String(Math.max(total, 1)), value: String(state.state === 'running' ? done : Math.max(total, 1)), 'aria-label': 'Import progress' });
    if (state.state === 'running' && !total) progress.removeAttribute('value');
    const problems = (state.problems || []).map((p) => h('li', { class: 'import-problem', dataset: { failed: String(!!p.failed) } },
      h('strong', {}, p.source || 'a file'), `: ${p.failed ? 'failed' : 'skipped'}, ${p.reason || 'no reason given'}`));
    fill(importBox,
      h('div', { class: 'import-status', id: 'import-status', role: 'status', dataset: { state: state.state } }, text),
      state.state === 'running' ? progress : null,
      problems.length ? h('ul', { class: 'import-problems', 'aria-label': 'Files not imported' }, ...problems) : null,
      state.state !== 'running' ? h('div', {}, h('button', { type: 'button', class: 'button small', onclick: () => { importBox.hidden = true; } }, 'Close')) : null);
    if (state.state === 'failed') workbench.showError(importBox, `The import failed: ${state.error || 'no reason given'}`);
  }

  let disposed = false;
  workbench.on('import', update);
  workbench.on('import:files', startImport);
  workbench.on('documents', load);
  workbench.on('claims', debounce(load, 400));
  workbench.on('reconnect', load);
  workbench.on('document:shown', (doc) => {
    current = doc?.id ?? null;
    for (const r of list.querySelectorAll('.document-row')) r.classList.toggle('current', r.dataset.docId === current);
  });
  load();
  return {
    dispose() {
      disposed = true;
      document.removeEventListener('scroll', endNear, true);
    },
  };
}
