// Claims view: every claim, filtered by status, document, tag and text; status, claimant and tags edited in
// place, subject, note and hedged in a details row, each with PATCH + If-Match, a conflict (409) shown as theirs
// against yours instead of overwritten; links.
import { h, fill, debounce, ellipsis, parseTags, plural, STATUSES, LINK_TYPES } from '../lib/dom.js';

const EDITABLE = ['status', 'claimant', 'tags', 'statusNote', 'subject', 'hedged'];

export default function mount(element, workbench) {
  let claims = [];
  let documents = [];
  let request = 0;
  let refreshWaiting = false;
  const PAGE = 300; // rows drawn at a time: tens of thousands of claims stay quick to filter
  let shown = PAGE;
  const conflicts = new Map(); // claim id -> {mine: fields, theirs: claim}
  const linking = new Set(); // claim ids whose link form is open
  const detailed = new Set(); // claim ids whose details row is open
  const saving = new Map(); // claim id -> its save under way: the next waits for it, and sends the version it made

  const saved = workbench.storage.get('filters', {});
  const status = h('select', { id: 'claims-filter-status', 'aria-label': 'Status' },
    h('option', { value: '' }, 'Any status'), ...STATUSES.map((s) => h('option', { value: s }, s)));
  const docSelect = h('select', { id: 'claims-filter-doc', 'aria-label': 'Document', style: { maxWidth: '260px' } }, h('option', { value: '' }, 'Any document'));
  const tag = h('input', { type: 'search', id: 'claims-filter-tag', placeholder: 'tag', 'aria-label': 'Tag', style: { width: '100px' } });
  const textFilter = h('input', { type: 'search', id: 'claims-filter-text', placeholder: 'Text: quote, claimant, note…', 'aria-label': 'Text', class: 'grow', style: { maxWidth: '320px' } });
  const count = h('span', { class: 'muted nowrap', id: 'claims-count' });
  const errors = h('div', { id: 'claims-error' });
  const tbody = h('tbody');
  const table = h('table', { class: 'grid claims-table', id: 'claims-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Claim'), h('th', { scope: 'col' }, 'Quote'), h('th', { scope: 'col' }, 'Document'),
      h('th', { scope: 'col' }, 'Claimant'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Tags'),
      h('th', { scope: 'col' }, 'Links'), h('th', { scope: 'col', class: 'num' }, 'v'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    tbody);
  status.value = saved.status || '';
  tag.value = saved.tag || '';
  textFilter.value = saved.q || '';
  element.append(h('div', { class: 'toolbar' }, status, docSelect, tag, textFilter, h('span', { class: 'grow' }), count), errors,
    h('div', { class: 'table-scroll' }, table));

  const reload = debounce(() => load(), 250);
  for (const control of [status, docSelect]) control.addEventListener('change', () => load());
  for (const control of [tag, textFilter]) control.addEventListener('input', reload);

  function params() {
    const p = new URLSearchParams();
    if (status.value) p.set('status', status.value);
    if (docSelect.value) p.set('doc', docSelect.value);
    if (tag.value.trim()) p.set('tag', tag.value.trim().toLowerCase());
    if (textFilter.value.trim()) p.set('q', textFilter.value.trim());
    workbench.storage.set('filters', { status: status.value, doc: docSelect.value, tag: tag.value, q: textFilter.value });
    return p;
  }

  async function loadDocuments() {
    try {
      documents = await workbench.api('/api/documents');
    } catch {
      documents = [];
    }
    const chosen = docSelect.value || saved.doc || '';
    fill(docSelect, h('option', { value: '' }, 'Any document'),
      ...documents.map((d) => h('option', { value: d.id }, ellipsis(d.title || d.path || d.id, 70))));
    docSelect.value = documents.some((d) => d.id === chosen) ? chosen : '';
  }

  const titleOf = (id) => {
    const d = documents.find((x) => x.id === id);
    return d ? d.title || d.path : null;
  };

  async function load() {
    // an edit in progress is not swept away: the refresh waits for it
    if (tbody.contains(document.activeElement) && document.activeElement.matches('input, select, textarea')) {
      refreshWaiting = true;
      return;
    }
    refreshWaiting = false;
    const mine = ++request;
    try {
      const list = await workbench.api(`/api/claims?${params()}`);
      if (mine !== request) return;
      claims = list || [];
      if (mine > 1 && !refreshWaiting) shown = Math.max(PAGE, Math.min(shown, claims.length));
      workbench.showError(errors, null);
      render();
    } catch (error) {
      if (mine !== request) return;
      workbench.showError(errors, `The claims could not be listed: ${error.message}`);
    }
  }

  element.addEventListener('focusout', () => {
    setTimeout(() => {
      if (refreshWaiting && !(tbody.contains(document.activeElement) && document.activeElement.matches('input, select, textarea'))) load();
    }, 0);
  });

  function render() {
    count.textContent = plural(claims.length, 'claim');
    if (!claims.length) {
      fill(tbody, h('tr', {}, h('td', { colspan: '9', class: 'empty-state' }, 'No claim matches. Record one from a document: select words and press a.')));
      return;
    }
    const rows = [];
    for (const claim of claims.slice(0, shown)) {
      rows.push(row(claim));
      if (conflicts.has(claim.id)) rows.push(conflictRow(claim));
      if (detailed.has(claim.id)) rows.push(detailsRow(claim));
      if (linking.has(claim.id)) rows.push(linkRow(claim));
    }
    if (claims.length > shown) {
      rows.push(h('tr', {}, h('td', { colspan: '9' }, h('button', { type: 'button', class: 'button small', id: 'claims-more',
        onclick: () => { shown += PAGE; render(); } }, `Show ${Math.min(PAGE, claims.length - shown)} more (${claims.length - shown} not shown; filter to narrow)`))));
    }
    const refocus = focusedControl();
    fill(tbody, ...rows);
    refocus?.();
  }

  // A redraw keeps the keyboard where it was: on the same control of the same claim's row.
  function focusedControl() {
    const active = document.activeElement;
    const tr = tbody.contains(active) ? active.closest('tr[data-claim-id]') : null;
    const classes = tr ? [...active.classList].filter((c) => c !== 'saving' && c !== 'saved') : [];
    if (!classes.length) return null;
    const selector = `tr.${CSS.escape(tr.classList[0])}[data-claim-id="${CSS.escape(tr.dataset.claimId)}"] .${classes.map((c) => CSS.escape(c)).join('.')}`;
    return () => tbody.querySelector(selector)?.focus();
  }

  function quoteOf(claim) {
    return typeof claim.quote === 'string' ? claim.quote : claim.quote?.exact || '';
  }

  function row(claim) {
    const statusSelect = h('select', { class: 'claim-status', 'aria-label': `Status of ${claim.id}` }, ...STATUSES.map((s) => h('option', { value: s }, s)));
    statusSelect.value = claim.status;
    statusSelect.addEventListener('change', () => save(claim, { status: statusSelect.value }, statusSelect));
    const claimant = h('input', { type: 'text', class: 'claim-claimant', value: claim.claimant || '', placeholder: '—', 'aria-label': `Claimant of ${claim.id}` });
    const tags = h('input', { type: 'text', class: 'claim-tags', value: (claim.tags || []).join(', '), placeholder: '—', 'aria-label': `Tags of ${claim.id}` });
    for (const [input, field] of [[claimant, 'claimant'], [tags, 'tags']]) {
      const commit = () => {
        const value = field === 'tags' ? parseTags(input.value) : input.value.trim() || null;
        const before = field === 'tags' ? (claim.tags || []) : claim.claimant || null;
        if (JSON.stringify(value) !== JSON.stringify(before)) save(claim, { [field]: value }, input);
      };
      input.addEventListener('change', commit);
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          input.blur();
        } else if (event.key === 'Escape') {
          input.value = field === 'tags' ? (claim.tags || []).join(', ') : claim.claimant || '';
          input.blur();
        }
      });
    }
    const docTitle = titleOf(claim.docId) || claim.docPath || claim.docId;
    return h('tr', { class: 'claim-row', dataset: { claimId: claim.id, status: claim.status, version: String(claim.version) } },
      h('td', { class: 'mono nowrap' }, claim.id),
      h('td', { class: 'quote-cell' },
        h('button', { type: 'button', class: 'quote-button', title: 'Open the document at this claim',
          onclick: () => workbench.openDocument(claim.docId, { claim: claim.id, start: claim.position?.start, end: claim.position?.end }) }, quoteOf(claim)),
        claim.orphaned ? h('span', { class: 'orphaned' }, 'orphaned') : null,
        claim.subject || claim.hedged ? h('div', { class: 'claim-meta' },
          claim.subject ? h('span', { class: 'claim-subject-shown', title: 'Subject' }, claim.subject) : null,
          claim.hedged ? h('span', { class: 'chip faint claim-hedged-shown', title: 'Stated with reserve' }, 'hedged') : null) : null,
        claim.statusNote ? h('div', { class: 'claim-note-shown', title: claim.statusNote }, claim.statusNote) : null),
      h('td', { class: 'muted doc-cell', title: docTitle }, docTitle),
      h('td', {}, claimant),
      h('td', {}, statusSelect),
      h('td', {}, tags),
      h('td', {}, h('div', { class: 'link-list' },
        ...(claim.links || []).map((l) => h('button', { type: 'button', class: 'chip link-chip', title: `${l.type} ${l.target}`, onclick: () => openClaim(l.target) }, `${l.type} ${l.target}`)),
        claim.group ? h('span', { class: 'chip faint', title: 'Group of claims stating the same thing' }, claim.group) : null)),
      h('td', { class: 'num faint' }, String(claim.version ?? '')),
      h('td', { class: 'nowrap' },
        h('button', { type: 'button', class: 'button link small claim-details-button', 'aria-expanded': String(detailed.has(claim.id)),
          'aria-controls': detailsId(claim), 'aria-label': `Details of ${claim.id}`, onclick: () => toggleDetails(claim) }, 'Details…'),
        h('button', { type: 'button', class: 'button link small claim-link-button', 'aria-expanded': String(linking.has(claim.id)), onclick: () => toggleLink(claim) }, 'Link…'),
        h('button', { type: 'button', class: 'button link small claim-delete', 'aria-label': `Delete claim ${claim.id}`, onclick: () => remove(claim) }, 'Delete')));
  }

  async function openClaim(id) {
    try {
      const claim = claims.find((c) => c.id === id) || await workbench.api(`/api/claims/${encodeURIComponent(id)}`);
      workbench.openDocument(claim.docId, { claim: claim.id, start: claim.position?.start, end: claim.position?.end });
    } catch (error) {
      workbench.showError(errors, `Claim ${id} could not be opened: ${error.message}`);
    }
  }

  // Saves of one claim go one after the other, so a quick second edit is not a conflict with the first; once the
  // first met a conflict, the second joins "yours" in it instead of overwriting theirs.
  function save(claim, fields, control) {
    control.classList.add('saving');
    const next = (saving.get(claim.id) || Promise.resolve()).catch(() => {}).then(() => {
      const conflict = conflicts.get(claim.id);
      if (!conflict) return send(claim, fields, control);
      Object.assign(conflict.mine, fields);
      control.classList.remove('saving');
      render();
    });
    saving.set(claim.id, next);
    const done = () => {
      if (saving.get(claim.id) === next) saving.delete(claim.id);
    };
    next.then(done, done);
    return next;
  }

  async function send(claim, fields, control) {
    try {
      const updated = await workbench.api(`/api/claims/${encodeURIComponent(claim.id)}`, {
        method: 'PATCH', body: fields, headers: { 'If-Match': String(claim.version) },
      });
      Object.assign(claim, updated);
      conflicts.delete(claim.id);
      control.classList.remove('saving');
      replaceRow(claim, true);
      flash(control);
    } catch (error) {
      control.classList.remove('saving');
      if (error.status === 409) {
        const theirs = error.body?.current || null;
        conflicts.set(claim.id, { mine: fields, theirs, before: { ...claim }, message: error.message });
        if (theirs) Object.assign(claim, theirs);
        render();
      } else {
        workbench.showError(errors, `Claim ${claim.id} was not changed: ${error.message}`);
        render();
      }
    }
  }

  function replaceRow(claim, saved) {
    const old = tbody.querySelector(`tr.claim-row[data-claim-id="${CSS.escape(claim.id)}"]`);
    if (!old) return render();
    const fresh = row(claim);
    old.replaceWith(fresh);
    if (saved) fresh.querySelectorAll('input, select').forEach(flash);
    tbody.querySelector(`tr.claim-conflict[data-claim-id="${CSS.escape(claim.id)}"]`)?.remove();
    syncDetails(claim);
  }

  function flash(control) {
    control.classList.add('saved');
    setTimeout(() => control.classList.remove('saved'), 900);
  }

  function show(field, value) {
    if (value === null || value === undefined || value === '') return '—';
    return Array.isArray(value) ? value.join(', ') || '—' : String(value);
  }

  function conflictRow(claim) {
    const { mine, theirs, before } = conflicts.get(claim.id);
    // the fields I changed, and those they changed
    const fields = [...new Set([...Object.keys(mine), ...EDITABLE.filter((f) => theirs && JSON.stringify(before?.[f] ?? null) !== JSON.stringify(theirs[f] ?? null))])];
    const when = theirs?.updated ? new Date(theirs.updated).toLocaleString() : null;
    return h('tr', { class: 'claim-conflict', dataset: { claimId: claim.id } }, h('td', { colspan: '9' },
      h('div', { class: 'conflict', role: 'alert' },
        h('div', {}, h('strong', {}, `Claim ${claim.id} was changed meanwhile`),
          ` by someone else${when ? ` (${when}, now version ${theirs.version})` : ''}. Your change was not applied; nothing was overwritten.`),
        h('table', {},
          h('tr', {}, h('th', {}, ''), ...fields.map((f) => h('th', {}, f))),
          h('tr', {}, h('th', {}, 'Theirs'), ...fields.map((f) => h('td', { class: 'conflict-theirs' }, show(f, theirs?.[f])))),
          h('tr', {}, h('th', {}, 'Yours'), ...fields.map((f) => {
            const value = f in mine ? mine[f] : before?.[f];
            return h('td', { class: `conflict-mine${f in mine && JSON.stringify(value) !== JSON.stringify(theirs?.[f]) ? ' differs' : ''}` }, show(f, value));
          }))),
        h('div', { class: 'card-actions' },
          h('button', { type: 'button', class: 'button small primary conflict-keep-mine', onclick: (e) => save(claim, mine, e.currentTarget) }, 'Apply mine over theirs'),
          h('button', { type: 'button', class: 'button small conflict-take-theirs', onclick: () => { conflicts.delete(claim.id); render(); } }, 'Keep theirs')))));
  }

  const detailsId = (claim) => `claim-details-${claim.id}`;
  const detailsOf = (claim) => tbody.querySelector(`tr.claim-details[data-claim-id="${CSS.escape(claim.id)}"]`);

  function toggleDetails(claim) {
    const open = !detailed.has(claim.id);
    if (open) detailed.add(claim.id);
    else detailed.delete(claim.id);
    render();
    const focus = open ? detailsOf(claim)?.querySelector('.claim-subject')
      : tbody.querySelector(`tr.claim-row[data-claim-id="${CSS.escape(claim.id)}"] .claim-details-button`);
    focus?.focus();
  }

  // Subject, note and hedged, under the claim's row: each saved on its own as it changes (leaving a text field,
  // Ctrl+Enter in the note); Escape gives back the saved text, and on a field not changed closes the details.
  function detailsRow(claim) {
    const subject = h('input', { type: 'text', class: 'claim-subject', placeholder: 'what the claim is about', 'aria-label': `Subject of ${claim.id}` });
    const note = h('textarea', { class: 'claim-note', rows: '3', placeholder: 'why this status: sources checked, doubts…', 'aria-label': `Note of ${claim.id}` });
    const hedged = h('input', { type: 'checkbox', class: 'claim-hedged', checked: Boolean(claim.hedged) });
    hedged.addEventListener('change', () => save(claim, { hedged: hedged.checked }, hedged));
    for (const [control, field] of [[subject, 'subject'], [note, 'statusNote']]) {
      control.value = claim[field] || '';
      const commit = () => {
        const value = control.value.trim() || null;
        if (value !== (claim[field] || null)) save(claim, { [field]: value }, control);
      };
      control.addEventListener('change', commit);
      control.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (control === subject || event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          commit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          if (control.value !== (claim[field] || '')) control.value = claim[field] || '';
          else toggleDetails(claim);
        }
      });
    }
    return h('tr', { class: 'claim-details', id: detailsId(claim), dataset: { claimId: claim.id } }, h('td', { colspan: '9' },
      h('div', { class: 'claim-details-form' },
        h('label', { class: 'field' }, 'Subject', subject),
        h('label', { class: 'field claim-note-field' }, h('span', {}, 'Note ', h('span', { class: 'faint' }, '(Ctrl+Enter or leaving saves, Esc restores)')), note),
        h('label', { class: 'claim-hedged-field', title: 'The claim is stated with reserve (« selon », « pourrait »…)' }, hedged, ' Hedged'),
        h('button', { type: 'button', class: 'button small claim-details-close', onclick: () => toggleDetails(claim) }, 'Close'))));
  }

  // After a save, the details show what was saved, except in the field being typed in.
  function syncDetails(claim) {
    const row = detailsOf(claim);
    if (!row) return;
    for (const [selector, field] of [['.claim-subject', 'subject'], ['.claim-note', 'statusNote']]) {
      const control = row.querySelector(selector);
      if (control !== document.activeElement) control.value = claim[field] || '';
    }
    row.querySelector('.claim-hedged').checked = Boolean(claim.hedged);
  }

  function toggleLink(claim) {
    if (linking.has(claim.id)) linking.delete(claim.id);
    else linking.add(claim.id);
    render();
    tbody.querySelector(`tr.link-form[data-claim-id="${CSS.escape(claim.id)}"] .link-target`)?.focus();
  }

  function linkRow(claim) {
    const type = h('select', { class: 'link-type', 'aria-label': 'Link type' }, ...LINK_TYPES.map((t) => h('option', { value: t }, t)));
    const listId = `link-targets-${claim.id}`;
    const target = h('input', { type: 'text', class: 'link-target', placeholder: 'claim id, e.g. c2', 'aria-label': 'Target claim', list: listId, style: { width: '260px' } });
    const options = h('datalist', { id: listId }, ...claims.filter((c) => c.id !== claim.id).map((c) => h('option', { value: c.id }, `${c.id} · ${ellipsis(quoteOf(c), 60)}`)));
    const error = h('span', { class: 'inline-error', role: 'alert' });
    const form = h('form', { class: 'toolbar', style: { border: '0', background: 'none' } },
      h('span', { class: 'muted' }, `${claim.id}`), type, target, options,
      h('button', { type: 'submit', class: 'button small primary link-save' }, 'Link'),
      h('button', { type: 'button', class: 'button small', onclick: () => toggleLink(claim) }, 'Cancel'), error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const id = target.value.trim().split(/\s/)[0];
      if (!id) {
        error.textContent = 'Name the claim to link to.';
        return;
      }
      try {
        const updated = await workbench.api(`/api/claims/${encodeURIComponent(claim.id)}/links`, { method: 'POST', body: { target: id, type: type.value } });
        if (updated) Object.assign(claim, updated);
        linking.delete(claim.id);
        workbench.status(`${claim.id} ${type.value} ${id}.`);
        load();
      } catch (e) {
        error.textContent = `Not linked: ${e.message}`;
      }
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        toggleLink(claim);
      }
    });
    return h('tr', { class: 'link-form', dataset: { claimId: claim.id } }, h('td', { colspan: '9' }, form));
  }

  async function remove(claim) {
    if (!window.confirm(`Delete claim ${claim.id} « ${ellipsis(quoteOf(claim), 80)} »?`)) return;
    try {
      await workbench.api(`/api/claims/${encodeURIComponent(claim.id)}`, { method: 'DELETE' });
      claims = claims.filter((c) => c.id !== claim.id);
      render();
    } catch (error) {
      workbench.showError(errors, `Claim ${claim.id} was not deleted: ${error.message}`);
    }
  }

  workbench.on('claims', reload);
  workbench.on('documents', async () => {
    await loadDocuments();
    reload();
  });
  workbench.on('reconnect', () => loadDocuments().then(load));
  loadDocuments().then(load);
}
