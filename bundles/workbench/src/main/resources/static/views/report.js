// Report view: the claims in scope (all, one document, one status) as a report in any installed format
// (the formats follow the contributions live); HTML previewed in a sandboxed frame, every format downloadable.
import { h, fill, debounce, ellipsis, STATUSES } from '../lib/dom.js';

export default function mount(element, workbench) {
  const saved = workbench.storage.get('choice', {});
  const scope = h('select', { id: 'report-scope', 'aria-label': 'Scope' },
    h('option', { value: 'all' }, 'All claims'), h('option', { value: 'doc' }, 'One document'), h('option', { value: 'status' }, 'One status'));
  const docSelect = h('select', { id: 'report-doc', 'aria-label': 'Document', style: { maxWidth: '240px' } });
  const statusSelect = h('select', { id: 'report-status', 'aria-label': 'Status' }, ...STATUSES.map((s) => h('option', { value: s }, s)));
  const format = h('select', { id: 'report-format', 'aria-label': 'Format' });
  const download = h('a', { id: 'report-download', class: 'button primary', download: '', href: '#' }, 'Download');
  const refresh = h('button', { type: 'button', class: 'button', id: 'report-refresh', title: 'Preview again' }, 'Refresh');
  const note = h('div', { class: 'report-note', id: 'report-note' });
  const stage = h('div', { class: 'report-stage', style: { flex: '1', minHeight: '0', display: 'flex', flexDirection: 'column' } });
  const errors = h('div', { id: 'report-error' });
  element.classList.add('report-view');
  element.append(h('div', { class: 'toolbar' },
    h('label', {}, 'Scope', scope), docSelect, statusSelect, h('span', { class: 'sep' }),
    h('label', {}, 'Format', format), h('span', { class: 'grow' }), refresh, download), errors, note, stage);

  scope.value = saved.scope || 'all';
  statusSelect.value = saved.status || 'unverified';
  let previewToken = 0;

  function formats() {
    return (workbench.contributions.formats || []).filter((f) => f && f.id);
  }

  function renderFormats() {
    const chosen = format.value || saved.format || 'html';
    const list = formats();
    fill(format, ...list.map((f) => h('option', { value: f.id }, f.label ? `${f.label} (.${f.extension || f.id})` : f.id)));
    if (!list.length) format.append(h('option', { value: '' }, 'No format installed'));
    format.value = list.some((f) => f.id === chosen) ? chosen : list.find((f) => f.id === 'html')?.id || list[0]?.id || '';
    format.disabled = !list.length;
  }

  async function loadDocuments() {
    const chosen = docSelect.value || saved.doc || '';
    try {
      const documents = await workbench.api('/api/documents');
      fill(docSelect, ...documents.map((d) => h('option', { value: d.id }, ellipsis(d.title || d.path || d.id, 60))));
      if (documents.some((d) => d.id === chosen)) docSelect.value = chosen;
    } catch (error) {
      workbench.showError(errors, `The documents could not be listed: ${error.message}`);
    }
  }

  function query(fmt, inline) {
    const p = new URLSearchParams({ format: fmt });
    if (scope.value === 'doc' && docSelect.value) p.set('doc', docSelect.value);
    if (scope.value === 'status') p.set('status', statusSelect.value);
    if (inline) p.set('inline', 'true');
    return `/api/reports?${p}`;
  }

  // A report of every claim may be long to write: preview only while the view is shown.
  let stale = false;
  new MutationObserver(() => {
    if (!element.hidden && stale) update();
  }).observe(element, { attributes: true, attributeFilter: ['hidden'] });

  function update() {
    if (element.hidden) {
      stale = true;
      return;
    }
    stale = false;
    docSelect.hidden = scope.value !== 'doc';
    statusSelect.hidden = scope.value !== 'status';
    workbench.storage.set('choice', { scope: scope.value, doc: docSelect.value, status: statusSelect.value, format: format.value });
    const f = formats().find((x) => x.id === format.value);
    if (!f) {
      download.removeAttribute('href');
      download.setAttribute('aria-disabled', 'true');
      fill(stage, h('div', { class: 'empty-state' }, 'No report format is installed.'));
      note.hidden = true;
      return;
    }
    download.href = query(f.id, false);
    download.setAttribute('download', `atelier-report.${f.extension || f.id}`);
    download.removeAttribute('aria-disabled');
    download.title = `Download the report as ${f.label || f.id}`;
    preview(f);
  }

  const isText = (f) => !f.binary && /^(text\/|application\/(json|ld\+json|xml|csv)|.*\+json)/.test(f.mediaType || '') && !/html/.test(f.mediaType || '');

  async function preview(f) {
    const token = ++previewToken;
    workbench.showError(errors, null);
    if (isText(f)) {
      note.hidden = true;
      try {
        const body = await workbench.api(query(f.id, true), { raw: true }).then((r) => r.text());
        if (token !== previewToken) return;
        fill(stage, h('pre', { class: 'report-text', id: 'report-text', tabindex: '0', 'aria-label': 'Report preview' }, body));
      } catch (error) {
        if (token !== previewToken) return;
        fill(stage);
        workbench.showError(errors, `The report could not be written: ${error.message}`);
      }
      return;
    }
    const html = formats().find((x) => x.id === 'html');
    note.hidden = f.id === 'html' || (f.mediaType || '').includes('html');
    note.textContent = html ? `The preview shows the HTML report; Download gives ${f.label || f.id}.` : `No HTML format to preview with; Download gives ${f.label || f.id}.`;
    const shown = (f.mediaType || '').includes('html') ? f : html;
    if (!shown) {
      fill(stage);
      return;
    }
    // Read it here (one request), to say in words why it failed rather than show an error page in the frame.
    const url = query(shown.id, true);
    let page;
    try {
      page = await workbench.api(url, { raw: true }).then((r) => r.text());
    } catch (error) {
      if (token !== previewToken) return;
      fill(stage);
      workbench.showError(errors, `The report could not be written: ${error.message}`);
      return;
    }
    if (token !== previewToken) return;
    // sandbox without allow-scripts or allow-same-origin: the report is shown, nothing in it runs
    const frame = h('iframe', { id: 'report-preview', class: 'report-preview', title: 'Report preview', sandbox: '', referrerpolicy: 'no-referrer', dataset: { src: url } });
    frame.srcdoc = page;
    fill(stage, frame);
  }

  const later = debounce(update, 300);
  for (const control of [scope, docSelect, statusSelect, format]) control.addEventListener('change', update);
  refresh.addEventListener('click', update);
  workbench.on('contributions', () => {
    const before = format.value;
    renderFormats();
    if (format.value !== before) update();
  });
  workbench.on('claims', later);
  workbench.on('documents', () => loadDocuments().then(later));
  renderFormats();
  loadDocuments().then(update);
}
