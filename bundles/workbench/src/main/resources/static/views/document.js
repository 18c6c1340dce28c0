// Document view: the article's text (always as text nodes) with its search matches (<mark>), claims and
// suggested claims highlighted; select words and press a (or Annotate) to record a claim; suggestions in the
// margin with their reasons, to accept or dismiss; claims of other articles that corroborate one click away.
// Positions from the API count code points; they are cut here with Array.from, never with string indexes.
// Around the text: the document it is attached to, its attachments, the other paths of the same text, its
// metadata, and a marker where each page starts (drawn by CSS, so that it never counts in a selection).
import { h, fill, clear, debounce, formatDate, ellipsis, isEditable, parseTags, plural, STATUSES } from '../lib/dom.js';
import { codePoints, segments, selectionIn, span } from '../lib/text.js';

export default function mount(element, workbench) {
  let doc = null; // the document with its text
  let points = []; // its code points
  let claims = [];
  let suggestions = [];
  let matches = [];
  let pending = null; // {start, end, exact}: the selection being annotated
  let focusClaim = null;
  let request = 0;
  let back = [];
  let forward = [];
  let titles = new Map(); // doc id -> title
  const groupCache = new Map(); // group -> Promise<[claim]>
  const dismissed = new Set(workbench.storage.get('dismissed', []));
  let showDismissed = false;
  let showSuggestions = workbench.storage.get('showSuggestions', true);

  const backButton = h('button', { type: 'button', class: 'icon-button', title: 'Back', 'aria-label': 'Back', disabled: true, onclick: () => go(back, forward) }, '←');
  const forwardButton = h('button', { type: 'button', class: 'icon-button', title: 'Forward', 'aria-label': 'Forward', disabled: true, onclick: () => go(forward, back) }, '→');
  const title = h('h1', { id: 'document-title' }, 'No document open');
  const meta = h('div', { class: 'document-meta', id: 'document-meta' });
  const relations = h('div', { class: 'document-relations', id: 'document-relations' });
  const annotateButton = h('button', { type: 'button', class: 'button', id: 'annotate-button', title: 'Record the selected words as a claim (a)', disabled: true, onclick: () => annotate() }, 'Annotate', h('kbd', {}, 'a'));
  const suggestionToggle = h('input', { type: 'checkbox', id: 'show-suggestions', checked: showSuggestions });
  const legend = h('div', { class: 'legend', 'aria-hidden': 'true' },
    h('span', {}, h('span', { class: 'swatch', style: { background: 'var(--mark)' } }), 'match'),
    ...STATUSES.map((s) => h('span', {}, h('span', { class: 'swatch', style: { background: `var(--claim-${s})`, borderBottom: `2px solid var(--line-${s})` } }), s)),
    h('span', {}, h('span', { class: 'swatch', style: { borderBottom: '2px dotted var(--suggestion-line)' } }), 'suggested'));
  const head = h('div', { class: 'document-head' },
    h('div', { class: 'head-line' }, backButton, forwardButton, title),
    h('div', { class: 'head-line' }, meta, h('span', { class: 'grow' }), annotateButton,
      h('label', { class: 'nowrap muted suggestions-toggle' }, suggestionToggle, ' Suggestions')),
    relations);
  const text = h('div', { id: 'document-text', tabindex: '0', role: 'document', 'aria-label': 'Article text', lang: 'fr' });
  const scroll = h('div', { class: 'document-scroll' }, text);
  const formSection = h('section', { class: 'claim-form-section', hidden: true, 'aria-label': 'New claim' });
  const claimsSection = h('section', { id: 'document-claims', 'aria-label': 'Claims of this document' });
  const suggestionsSection = h('section', { id: 'document-suggestions', 'aria-label': 'Suggested claims' });
  const notice = h('div', { class: 'margin-notice' });
  const margin = h('aside', { class: 'margin', 'aria-label': 'Margin' }, notice, formSection, claimsSection, suggestionsSection, h('section', {}, legend));
  const body = h('div', { class: 'document-body' }, scroll, margin);
  const root = h('div', { class: 'document-view' }, head, body);
  element.append(root);
  fill(text, h('div', { class: 'empty-state' }, 'Open a document from the Corpus or from Search (press / to search).'));

  suggestionToggle.addEventListener('change', () => {
    showSuggestions = suggestionToggle.checked;
    workbench.storage.set('showSuggestions', showSuggestions);
    renderText();
    renderMargin();
  });
  document.addEventListener('selectionchange', onSelection);
  function onSelection() {
    annotateButton.disabled = !doc || !selectionIn(text, doc.text);
  }

  /* ---- opening */

  async function open({ id, start, end, matches: found, claim, suggestion, query } = {}, { record = true } = {}) {
    if (!id) return;
    const mine = ++request;
    if (record && doc && doc.id !== id) {
      back.push({ id: doc.id, scroll: scroll.scrollTop });
      forward = [];
    }
    try {
      const [loaded] = await Promise.all([
        doc && doc.id === id ? Promise.resolve(doc) : workbench.api(`/api/documents/${encodeURIComponent(id)}`),
        titles.size ? null : loadTitles(),
      ]);
      if (mine !== request) return;
      if (!doc || doc.id !== loaded.id) {
        doc = loaded;
        root.classList.add('has-document');
        points = codePoints(doc.text || '');
        pending = null;
        formSection.hidden = true;
      }
      matches = (found || []).map(span).filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end));
      if (query) {
        // The hit's snippets show a few matches; the view marks every one in the text.
        try {
          const all = await workbench.api(`/api/search/matches?q=${encodeURIComponent(query)}&doc=${encodeURIComponent(doc.id)}`);
          if (mine !== request) return;
          matches = all.matches.map(span).filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end));
        } catch {
          // the snippets' matches stay: a view with some marks beats none
        }
      }
      focusClaim = claim || null;
      workbench.storage.set('last', { id: doc.id });
      workbench.emit('document:shown', { id: doc.id, title: doc.title });
      renderHead(query);
      await loadAnnotations(mine);
      if (mine !== request) return;
      if (claim) {
        const c = claims.find((x) => x.id === claim);
        if (c) reveal(c.position?.start ?? start, { claim: c.id });
        else if (Number.isFinite(start)) reveal(start, { start, end });
      } else if (suggestion && text.querySelector(`.suggestion-span[data-suggestion-id="${CSS.escape(suggestion)}"]`)) {
        reveal(start, { suggestion });
        highlightCard(suggestion);
      } else if (Number.isFinite(start)) {
        reveal(start, { start, end });
      } else {
        scroll.scrollTop = 0;
      }
    } catch (error) {
      if (mine !== request) return;
      const gone = error.status === 404;
      workbench.showError(element, gone ? 'This document is no longer in the corpus.' : `The document could not be opened: ${error.message}`);
      if (gone) workbench.storage.set('last', null);
    } finally {
      backButton.disabled = !back.length;
      forwardButton.disabled = !forward.length;
    }
  }

  function go(from, to) {
    const target = from.pop();
    if (!target) return;
    if (doc) to.push({ id: doc.id, scroll: scroll.scrollTop });
    open({ id: target.id }, { record: false }).then(() => { scroll.scrollTop = target.scroll || 0; });
  }

  async function loadTitles() {
    try {
      const list = await workbench.api('/api/documents');
      titles = new Map(list.map((d) => [d.id, d.title || d.path || d.id]));
    } catch {
      /* titles are a nicety */
    }
  }

  async function loadAnnotations(mine = request) {
    if (!doc) return;
    const id = encodeURIComponent(doc.id);
    const [c, s] = await Promise.all([
      workbench.api(`/api/claims?doc=${id}`).catch((error) => { workbench.showError(element, `The claims could not be read: ${error.message}`); return []; }),
      workbench.api(`/api/suggestions?doc=${id}`).catch((error) => { workbench.showError(element, `The suggestions could not be read: ${error.message}`); return []; }),
    ]);
    if (mine !== request) return;
    claims = (c || []).filter((x) => x.docId === doc.id || !x.docId);
    suggestions = s || [];
    groupCache.clear();
    const top = scroll.scrollTop;
    renderText();
    renderMargin();
    scroll.scrollTop = top;
  }

  function renderHead(query) {
    title.textContent = doc.title || doc.path || doc.id;
    title.title = title.textContent;
    fill(meta,
      doc.outlet ? h('span', {}, doc.outlet) : null,
      doc.date ? h('time', { datetime: doc.date }, formatDate(doc.date)) : null,
      doc.language ? h('span', { class: 'chip' }, doc.language) : null,
      doc.url ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, 'source') : null,
      doc.pages ? h('span', { class: 'chip', title: 'Pages' }, plural(doc.pages, 'page')) : null,
      h('span', { class: 'faint mono', title: 'Source path and id' }, `${doc.path || ''} · ${doc.id}`),
      query ? h('span', { class: 'muted' }, `· matches of ${query}`) : null);
    renderRelations();
  }

  const METADATA_LABELS = { author: 'Author', from: 'From', to: 'To', cc: 'Cc', subject: 'Subject', type: 'Type', created: 'Created', modified: 'Modified', keywords: 'Keywords', extraction: 'Extraction' };

  /** A button that opens another document in this view, keeping the way back. */
  const documentLink = (id, label, tooltip) => h('button', { type: 'button', class: 'button link document-link', title: tooltip || label, onclick: () => open({ id }) }, label);

  function renderRelations() {
    const lines = [];
    if (doc.parent) {
      lines.push(h('div', { class: 'relation', id: 'document-parent' }, h('span', { class: 'muted' }, 'In '),
        documentLink(doc.parent, doc.parentTitle || doc.parent, `Open the document this one is attached to (${doc.parent})`)));
    }
    const children = doc.children || [];
    if (children.length) {
      const more = (doc.childCount || children.length) - children.length;
      lines.push(h('div', { class: 'relation', id: 'document-attachments' },
        h('span', { class: 'muted' }, `${plural(doc.childCount || children.length, 'attachment')}: `),
        ...children.map((c) => documentLink(c.id, attachmentName(c.path), `${c.title || c.path} (${c.id})`)),
        more > 0 ? h('span', { class: 'muted' }, ` and ${more} more`) : null));
    }
    const duplicates = doc.duplicates || [];
    if (duplicates.length) {
      lines.push(h('div', { class: 'relation', id: 'document-duplicates', title: 'The same text was found at these paths too' },
        h('span', { class: 'muted' }, 'Also at: '), h('span', { class: 'mono' }, duplicates.join(' · '))));
    }
    const metadata = Object.entries(doc.metadata || {}).sort(([a], [b]) => metadataRank(a) - metadataRank(b) || a.localeCompare(b));
    if (metadata.length) {
      lines.push(h('dl', { class: 'document-metadata', id: 'document-metadata' },
        ...metadata.flatMap(([key, values]) => [h('dt', {}, METADATA_LABELS[key] || key), h('dd', {}, values.join(', '))])));
    }
    fill(relations, ...lines);
    relations.hidden = !lines.length;
  }

  const metadataRank = (key) => { const i = Object.keys(METADATA_LABELS).indexOf(key); return i < 0 ? 99 : i; };
  // `tip.eml!/pièces/offre.pdf` is shown as `pièces/offre.pdf`: the part inside the parent's source.
  const attachmentName = (path) => (path && path.includes('!/') ? path.slice(path.lastIndexOf('!/') + 2) : path || '');

  /* ---- the text */

  const visibleSuggestions = () => (showSuggestions ? suggestions.filter((s) => !s.claim && !dismissed.has(s.id)) : []);

  function renderText() {
    if (!doc) return;
    const spans = [
      ...matches.map((m) => ({ ...m, kind: 'match' })),
      ...claims.filter((c) => c.position && !c.orphaned).map((c) => ({ start: c.position.start, end: c.position.end, kind: 'claim', claim: c })),
      ...visibleSuggestions().filter((s) => s.position).map((s) => ({ start: s.position.start, end: s.position.end, kind: 'suggestion', suggestion: s })),
      ...(pending ? [{ ...pending, kind: 'pending' }] : []),
    ];
    const pageStarts = doc.pageStarts || [];
    // Each page a span of its own, so that a segment begins where a page does and its marker goes before it.
    pageStarts.forEach((start, i) => spans.push({ start, end: i + 1 < pageStarts.length ? pageStarts[i + 1] : points.length, kind: 'page' }));
    const markers = new Map(); // code point -> the last page starting there (empty pages share a start)
    pageStarts.forEach((start, i) => markers.set(start, i + 1));
    const nodes = [];
    for (const segment of segments(points.length, spans)) {
      if (markers.has(segment.start)) {
        nodes.push(h('span', { class: 'page-marker', 'data-page': `p. ${markers.get(segment.start)}`, 'aria-hidden': 'true' }));
        markers.delete(segment.start);
      }
      let node = document.createTextNode(points.slice(segment.start, segment.end).join(''));
      const kinds = (k) => segment.spans.filter((s) => s.kind === k);
      if (kinds('match').length) node = wrap('mark', node);
      const suggestion = kinds('suggestion')[0];
      if (suggestion) {
        node = wrap('span', node, { class: 'suggestion-span', title: `Suggested claim (${Math.round((suggestion.suggestion.confidence || 0) * 100)}%)` });
        node.dataset.suggestionId = suggestion.suggestion.id;
      }
      const covering = kinds('claim').sort((a, b) => (a.end - a.start) - (b.end - b.start));
      if (covering.length) {
        const c = covering[0].claim;
        node = wrap('span', node, { class: 'claim-span', title: `Claim ${c.id} · ${c.status}${c.claimant ? ` · ${c.claimant}` : ''}` });
        node.dataset.claimId = c.id;
        node.dataset.claimIds = covering.map((x) => x.claim.id).join(' ');
        node.dataset.status = c.status;
      }
      if (kinds('pending').length) node = wrap('span', node, { class: 'pending-span span-hover' });
      if (node.nodeType === Node.TEXT_NODE) node = wrap('span', node);
      node.dataset.start = String(segment.start);
      node.dataset.end = String(segment.end);
      nodes.push(node);
    }
    text.replaceChildren(...nodes);
  }

  function wrap(tag, child, attrs = {}) {
    const element = h(tag, attrs);
    element.append(child);
    return element;
  }

  /** Scrolls to a code point and flashes a claim, a suggestion or a span. */
  function reveal(start, { claim, suggestion, end } = {}) {
    let targets = [];
    if (claim) targets = [...text.querySelectorAll('.claim-span')].filter((e) => e.dataset.claimIds.split(' ').includes(claim));
    else if (suggestion) targets = [...text.querySelectorAll(`.suggestion-span[data-suggestion-id="${CSS.escape(suggestion)}"]`)];
    else if (Number.isFinite(start)) {
      const stop = Number.isFinite(end) && end > start ? end : start + 1;
      targets = [...text.children].filter((e) => +e.dataset.start < stop && +e.dataset.end > start);
    }
    if (!targets.length) return;
    targets[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const t of targets) {
      t.classList.remove('flash');
      void t.offsetWidth;
      t.classList.add('flash');
    }
    if (claim) highlightCard(claim);
  }

  function highlightCard(id) {
    const card = margin.querySelector(`[data-claim-id="${CSS.escape(id)}"], [data-suggestion-id="${CSS.escape(id)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    card.classList.remove('flash');
    void card.offsetWidth;
    card.classList.add('flash');
  }

  function hover(kind, id, on) {
    const selector = kind === 'claim' ? '.claim-span' : `.suggestion-span[data-suggestion-id="${CSS.escape(id)}"]`;
    for (const e of text.querySelectorAll(selector)) {
      if (kind === 'claim' && !e.dataset.claimIds.split(' ').includes(id)) continue;
      e.classList.toggle('span-hover', on);
    }
  }

  text.addEventListener('click', (event) => {
    if (!window.getSelection().isCollapsed) return;
    const claimSpan = event.target.closest('.claim-span');
    if (claimSpan) {
      highlightCard(claimSpan.dataset.claimId);
      return;
    }
    const suggestionSpan = event.target.closest('.suggestion-span');
    if (suggestionSpan) highlightCard(suggestionSpan.dataset.suggestionId);
  });

  /* ---- the margin */

  function renderMargin() {
    if (!doc) return;
    const ordered = [...claims].sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0));
    fill(claimsSection, h('h2', {}, h('span', { class: 'grow' }, `Claims (${claims.length})`)),
      ordered.length ? ordered.map(claimCard) : h('p', { class: 'muted' }, 'None yet. Select words in the text and press a.'));
    const open = suggestions.filter((s) => !s.claim);
    const hidden = open.filter((s) => dismissed.has(s.id));
    const shown = showDismissed ? open : open.filter((s) => !dismissed.has(s.id));
    fill(suggestionsSection,
      h('h2', {}, h('span', { class: 'grow' }, `Suggestions (${open.length - hidden.length})`),
        hidden.length ? h('button', { type: 'button', class: 'button link small', id: 'toggle-dismissed', onclick: () => { showDismissed = !showDismissed; renderMargin(); } },
          showDismissed ? 'Hide dismissed' : `Show ${hidden.length} dismissed`) : null),
      !showSuggestions ? h('p', { class: 'muted' }, 'Hidden (tick Suggestions above).')
        : shown.length ? shown.sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0)).map(suggestionCard)
          : h('p', { class: 'muted' }, open.length ? 'All dismissed.' : 'No suggestion for this document.'));
  }

  function quoteOf(item) {
    const q = item.quote;
    return typeof q === 'string' ? q : q?.exact || '';
  }

  function claimCard(claim) {
    const related = h('div', { class: 'related' });
    const card = h('div', { class: 'card doc-claim', dataset: { claimId: claim.id, status: claim.status } },
      h('div', { class: 'quote', title: 'Show in the text', onclick: () => reveal(claim.position?.start, { claim: claim.id }) }, `« ${quoteOf(claim)} »`),
      h('div', { class: 'card-meta' },
        h('span', { class: 'mono' }, claim.id),
        h('span', { class: 'chip status-chip', dataset: { status: claim.status } }, claim.status),
        claim.claimant ? h('span', {}, claim.claimant) : null,
        claim.hedged ? h('span', { class: 'chip' }, 'hedged') : null,
        ...(claim.tags || []).map((t) => h('span', { class: 'chip' }, `#${t}`)),
        claim.orphaned ? h('span', { class: 'orphaned' }, 'orphaned: its text is gone from this version') : null),
      related);
    card.addEventListener('mouseenter', () => hover('claim', claim.id, true));
    card.addEventListener('mouseleave', () => hover('claim', claim.id, false));
    fillRelated(related, claim);
    return card;
  }

  function suggestionCard(s) {
    const isDismissed = dismissed.has(s.id);
    const related = h('div', { class: 'related' });
    const card = h('div', { class: `card suggestion${isDismissed ? ' dismissed' : ''}`, dataset: { suggestionId: s.id } },
      h('div', { class: 'quote', title: 'Show in the text', onclick: () => reveal(s.position?.start, { suggestion: s.id }) }, `« ${quoteOf(s)} »`),
      h('div', { class: 'card-meta' },
        h('span', { class: 'chip', title: 'Confidence' }, `${Math.round((s.confidence || 0) * 100)}%`),
        s.claimant ? h('span', {}, s.claimant) : null,
        s.hedged ? h('span', { class: 'chip' }, 'hedged') : null,
        s.suggester ? h('span', { class: 'faint' }, s.suggester) : null),
      (s.reasons || []).length ? h('details', { class: 'reasons' }, h('summary', {}, `Why (${s.reasons.length})`),
        h('ul', {}, ...s.reasons.map((r) => h('li', {}, r)))) : null,
      h('div', { class: 'card-actions' },
        h('button', { type: 'button', class: 'button small primary suggestion-accept', onclick: (e) => accept(s, e.currentTarget) }, 'Accept'),
        isDismissed
          ? h('button', { type: 'button', class: 'button small suggestion-restore', onclick: () => dismiss(s, false) }, 'Restore')
          : h('button', { type: 'button', class: 'button small suggestion-dismiss', onclick: () => dismiss(s, true) }, 'Dismiss')),
      related);
    card.addEventListener('mouseenter', () => hover('suggestion', s.id, true));
    card.addEventListener('mouseleave', () => hover('suggestion', s.id, false));
    if (s.group) fillRelated(related, { group: s.group, links: [] });
    return card;
  }

  let allSuggestions = null; // every document's suggestions, read once when a group needs them
  function groupSuggestions(group) {
    allSuggestions ||= workbench.api('/api/suggestions').catch(() => []);
    return allSuggestions.then((list) => (list || []).filter((s) => s.group === group && !s.claim));
  }

  function groupClaims(group) {
    if (!groupCache.has(group)) groupCache.set(group, workbench.api(`/api/claims?group=${encodeURIComponent(group)}`).catch(() => []));
    return groupCache.get(group);
  }

  /** Claims of other documents: those of the same group, and the linked ones. */
  async function fillRelated(box, claim) {
    const items = [];
    const seen = new Set();
    const mine = doc?.id;
    try {
      for (const link of claim.links || []) {
        const other = await workbench.api(`/api/claims/${encodeURIComponent(link.target)}`).catch(() => null);
        if (other && !seen.has(other.id)) {
          seen.add(other.id);
          items.push({ claim: other, type: link.type });
        }
      }
      if (claim.group) {
        for (const other of await groupClaims(claim.group)) {
          if (other.docId !== mine && !seen.has(other.id) && other.id !== claim.id) {
            seen.add(other.id);
            items.push({ claim: other, type: 'same group' });
          }
        }
        for (const other of await groupSuggestions(claim.group)) {
          if (other.docId !== mine && !seen.has(other.docId)) {
            seen.add(other.docId);
            items.push({ claim: other, type: 'suggested' });
          }
        }
      }
    } catch {
      return;
    }
    if (!items.length || doc?.id !== mine) return;
    const heading = { 'same group': 'Also claimed in', suggested: 'Also stated (suggested) in' };
    fill(box, ...items.map(({ claim: other, type }) => h('button', {
      type: 'button', class: 'corroboration', dataset: { link: type, claimId: type === 'suggested' ? null : other.id, docId: other.docId },
      title: type === 'suggested' ? 'Open that document at this passage' : 'Open that document at this claim',
      onclick: () => workbench.openDocument(other.docId, type === 'suggested'
        ? { start: other.position?.start, end: other.position?.end, suggestion: other.id }
        : { claim: other.id, start: other.position?.start, end: other.position?.end }),
    },
    h('div', { class: 'muted' }, `${heading[type] || `${type}:`} ${other.docId === mine ? 'this document'
      : titles.get(other.docId) ? ellipsis(titles.get(other.docId), 60) : other.docPath || other.docId}`),
    `« ${ellipsis(quoteOf(other), 140)} »`)));
  }

  async function accept(s, button) {
    button.disabled = true;
    try {
      const claim = await workbench.api(`/api/suggestions/${encodeURIComponent(s.id)}/accept`, { method: 'POST' });
      workbench.status(`Accepted as claim ${claim?.id ?? ''}.`);
      await loadAnnotations();
      if (claim?.id) reveal(claim.position?.start, { claim: claim.id });
    } catch (error) {
      button.disabled = false;
      workbench.showError(button.closest('.card'), `Not accepted: ${error.message}`);
    }
  }

  function dismiss(s, on) {
    if (on) dismissed.add(s.id);
    else dismissed.delete(s.id);
    workbench.storage.set('dismissed', [...dismissed]);
    renderText();
    renderMargin();
  }

  /* ---- annotating */

  function annotate() {
    if (!doc) return;
    const selection = selectionIn(text, doc.text);
    if (!selection) {
      workbench.showError(notice, 'Select the words of the claim in the text first, then press a.');
      return;
    }
    workbench.showError(notice, null);
    pending = selection;
    renderText();
    const claimant = h('input', { type: 'text', id: 'claim-claimant', placeholder: 'who asserts it (empty: the author)' });
    const statusSelect = h('select', { id: 'claim-status' }, ...STATUSES.map((s) => h('option', { value: s }, s)));
    const tags = h('input', { type: 'text', id: 'claim-tags', placeholder: 'comma-separated' });
    const note = h('textarea', { id: 'claim-note', rows: '2' });
    const error = h('div', { class: 'inline-error', id: 'claim-form-error', role: 'alert' });
    const save = h('button', { type: 'submit', class: 'button primary', id: 'claim-save' }, 'Save claim');
    const form = h('form', { class: 'claim-form', id: 'claim-form' },
      h('h2', {}, 'New claim'),
      h('blockquote', { id: 'claim-quote' }, pending.exact),
      h('label', { class: 'field' }, 'Claimant', claimant),
      h('label', { class: 'field' }, 'Status', statusSelect),
      h('label', { class: 'field' }, 'Tags', tags),
      h('label', { class: 'field' }, 'Note', note),
      error,
      h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'button', id: 'claim-cancel', onclick: cancel }, 'Cancel'), save));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      save.disabled = true;
      error.textContent = '';
      try {
        const claim = await workbench.api('/api/claims', {
          method: 'POST',
          body: {
            docId: doc.id, exact: pending.exact, start: pending.start, end: pending.end,
            claimant: claimant.value.trim() || null, status: statusSelect.value, tags: parseTags(tags.value),
            note: note.value.trim() || null,
          },
        });
        pending = null;
        formSection.hidden = true;
        clear(formSection);
        workbench.status(`Claim ${claim?.id ?? ''} recorded.`);
        await loadAnnotations();
        if (claim?.id) reveal(claim.position?.start, { claim: claim.id });
        text.focus({ preventScroll: true });
      } catch (e) {
        save.disabled = false;
        error.textContent = `Not recorded: ${e.message}`;
      }
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    fill(formSection, form);
    formSection.hidden = false;
    margin.scrollTop = 0;
    claimant.focus();
  }

  function cancel() {
    pending = null;
    formSection.hidden = true;
    clear(formSection);
    renderText();
    text.focus({ preventScroll: true });
  }

  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    if (event.key === 'a') {
      event.preventDefault();
      annotate();
    }
  });

  /* ---- live */

  const reload = debounce(() => loadAnnotations(), 250);
  workbench.on('document:open', (options) => open(options));
  workbench.on('document:annotate', () => annotate());
  workbench.on('claims', () => {
    allSuggestions = null;
    if (doc) reload();
  });
  workbench.on('documents', (change) => {
    allSuggestions = null;
    loadTitles();
    if (doc && change?.removed?.includes(doc.id)) {
      workbench.showError(element, 'This document was removed from the corpus (another version may have replaced it).');
    }
  });
  workbench.on('reconnect', () => doc && reload());

  const last = workbench.storage.get('last', null);
  if (last?.id) open({ id: last.id }, { record: false });

  return {
    dispose() {
      document.removeEventListener('selectionchange', onSelection);
    },
  };
}
