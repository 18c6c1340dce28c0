/*
 * The Atelier workbench window: menus from CommandContributions, views from ViewContributions laid out around
 * an editor area, both followed live through GET /api/events. The module contract of a contributed view or
 * command is in docs/web-api.md ("Contributing a view").
 *
 * Selectors for end-to-end tests (stable; ids are unique in the page):
 *   window      #menubar, #menus .menu-button[data-menu="File"], .menu-item[data-command="search.focus"],
 *               #theme-toggle, html[data-theme="light"|"dark"], #statusbar, #status-connection[data-state="open"],
 *               #status-message, .splitter[data-splitter="left"|"right"|"bottom"], .area[data-area="LEFT"|...]
 *   views       .view-tab[data-view="ID"] (the tab: click to show), .view-panel[data-view="ID"] (its panel,
 *               [data-mounted] once drawn), .view-panel.active; built-in ids: corpus, search, document, claims,
 *               report, plugins. Any element [data-view="ID"] is the tab (first) or the panel of view ID.
 *   corpus      #import-input (input type=file multiple), #import-button, #import-progress (progress),
 *               #import-status, .import-problem (one per skipped or failed file), .document-row[data-doc-id]
 *               (.document-title is a button opening it), #corpus-filter
 *   search      #search-input, #search-form, #search-error (a 400, with .error-column), #search-total,
 *               .search-hit[data-doc-id] (.selected for the j/k selection), .search-hit mark, #search-more,
 *               .facet input[data-facet="source"|"lang"][value], #search-history .history-item
 *   document    #document-text (the article, escaped; mark = search match, .claim-span[data-claim-id],
 *               .suggestion-span[data-suggestion-id]), #document-title, #annotate-button, #claim-form with
 *               #claim-claimant, #claim-status, #claim-tags, #claim-note, #claim-save, #claim-form-error;
 *               .suggestion[data-suggestion-id] with .suggestion-accept and .suggestion-dismiss;
 *               .doc-claim[data-claim-id]; .corroboration (a button opening the other document at that claim)
 *   claims      .claim-row[data-claim-id] with .claim-status (select), .claim-claimant, .claim-tags (inputs),
 *               .claim-link-button; #claims-filter-status, #claims-filter-doc, #claims-filter-tag,
 *               #claims-filter-text; .claim-conflict (a 409: theirs vs yours) with .conflict-keep-mine and
 *               .conflict-take-theirs; #claims-error; .link-form with .link-type, .link-target, .link-save
 *   report      #report-scope, #report-doc, #report-status, #report-format, #report-preview (sandboxed iframe,
 *               or pre#report-text for text formats), #report-download (a[download]), #report-refresh
 *   plugins     #plugins-summary, .bundle-row[data-bundle], .component-row[data-component], #plugins-refresh
 * Keys: / focuses the search box; j/k move the selection in the results and Enter opens it; a annotates the
 * selection in the document; ? lists every key; F10 or Alt opens the menus.
 */
import { h, fill, clear, debounce, isEditable } from './lib/dom.js';

const LAYOUT_KEY = 'atelier.layout';
const THEME_KEY = 'atelier.theme';
const AREAS = ['LEFT', 'RIGHT', 'BOTTOM', 'EDITOR'];
const AREA_NAMES = { LEFT: 'Left', RIGHT: 'Right', BOTTOM: 'Bottom', EDITOR: 'Editor area' };
const DEFAULT_SIZES = { left: 300, right: 320, bottom: 210 };
const MENU_ORDER = ['File', 'Edit', 'View', 'Search', 'Navigate', 'Window', 'Help'];
const SERVER_EVENTS = ['contributions', 'documents', 'claims', 'import'];

/* ------------------------------------------------------------------------------------------------ API */

/** An answer of the server other than 2xx: `message` is its one line in plain words, `body` its JSON. */
export class ApiError extends Error {
  constructor(message, status, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

const STATUS_WORDS = {
  400: 'The request was refused as malformed.',
  401: 'Open the address printed at start, with its access token.',
  403: 'The workbench refused the request.',
  404: 'Not found: it may have been removed meanwhile.',
  409: 'It changed meanwhile.',
  413: 'Too large for the workbench to accept.',
  500: 'The workbench failed; its log (.atelier/atelier.log in the workspace) says why.',
  503: 'The service is not running (its bundle may be stopped).',
};

/**
 * fetch for the API: sends X-Atelier-Request (the server refuses state changes without it), JSON in and out;
 * throws an ApiError with the server's own message when the answer is not 2xx.
 * options: {method, body (object -> JSON; FormData, Blob or string as is), headers, signal, raw (the Response)}.
 */
export async function api(path, options = {}) {
  const { method = 'GET', body, headers = {}, signal, raw = false } = options;
  const init = {
    method,
    signal,
    credentials: 'same-origin',
    headers: { 'X-Atelier-Request': '1', Accept: 'application/json', ...headers },
  };
  if (body !== undefined && body !== null) {
    if (body instanceof FormData || body instanceof Blob || typeof body === 'string') {
      init.body = body;
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('The workbench does not answer: is it still running?', 0, null);
  }
  if (!response.ok) throw await errorOf(response);
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.text();
}

async function errorOf(response) {
  let body = null;
  let message = null;
  try {
    const text = await response.text();
    try {
      body = JSON.parse(text);
      message = body && typeof body.error === 'string' ? body.error : null;
    } catch {
      message = text && text.length < 300 && !text.trimStart().startsWith('<') ? text.trim() : null;
    }
  } catch {
    /* no body */
  }
  return new ApiError(message || STATUS_WORDS[response.status] || `The workbench answered ${response.status}.`, response.status, body);
}

/** Shows `message` (a string or an Error) as an alert at the top of `element`; null clears it. */
export function showError(element, message) {
  if (!element) return null;
  const existing = element.querySelector(':scope > .error-message');
  if (message === null || message === undefined || message === '') {
    existing?.remove();
    return null;
  }
  const text = message instanceof Error ? message.message : String(message);
  const box = existing || h('div', { class: 'error-message', role: 'alert' });
  fill(box, h('span', { class: 'error-text' }, text),
    h('button', { type: 'button', class: 'error-close', 'aria-label': 'Dismiss', title: 'Dismiss', onclick: () => box.remove() }, '×'));
  if (!existing) element.prepend(box);
  return box;
}

/* --------------------------------------------------------------------------------------------- events */

const handlers = new Map(); // name -> Set of handlers (server events and the window's own)
let source = null;
let sourceOpened = false;
let reconnectTimer = null;

function subscribe(name, handler) {
  if (!handlers.has(name)) handlers.set(name, new Set());
  handlers.get(name).add(handler);
  if (source && !SERVER_EVENTS.includes(name)) listenTo(source, name);
  return () => handlers.get(name)?.delete(handler);
}

function emit(name, detail) {
  for (const handler of [...(handlers.get(name) || [])]) {
    try {
      handler(detail);
    } catch (error) {
      console.error(`A handler of "${name}" failed`, error);
    }
  }
  return (handlers.get(name)?.size || 0) > 0;
}

function listenTo(eventSource, name) {
  eventSource.listened ||= new Set();
  if (eventSource.listened.has(name)) return;
  eventSource.listened.add(name);
  eventSource.addEventListener(name, (event) => {
    let data = null;
    try {
      data = event.data ? JSON.parse(event.data) : null;
    } catch {
      data = event.data;
    }
    emit(name, data);
  });
}

function connect() {
  clearTimeout(reconnectTimer);
  const connection = document.getElementById('status-connection');
  const eventSource = new EventSource('/api/events');
  source = eventSource;
  for (const name of new Set([...SERVER_EVENTS, ...handlers.keys()])) listenTo(eventSource, name);
  eventSource.addEventListener('open', () => {
    connection.dataset.state = 'open';
    connection.textContent = 'Connected';
    connection.title = 'Following the workbench live';
    if (sourceOpened) {
      // Events may have been missed while away: read everything again.
      loadContributions();
      emit('reconnect', null);
    }
    sourceOpened = true;
  });
  eventSource.addEventListener('error', () => {
    connection.dataset.state = 'closed';
    connection.textContent = 'Disconnected: reconnecting…';
    connection.title = 'The workbench does not answer; the window retries on its own';
    if (eventSource.readyState === EventSource.CLOSED) {
      reconnectTimer = setTimeout(connect, 3000);
    }
  });
}

/* ------------------------------------------------------------------------------------------- layout */

const defaultLayout = () => ({ sizes: { ...DEFAULT_SIZES }, placement: {}, order: {}, active: {}, closed: [], maximized: null });

function loadLayout() {
  try {
    const saved = JSON.parse(localStorage.getItem(LAYOUT_KEY));
    if (saved && typeof saved === 'object') {
      const layout = { ...defaultLayout(), ...saved };
      layout.sizes = { ...DEFAULT_SIZES, ...(saved.sizes || {}) };
      return layout;
    }
  } catch {
    /* a damaged layout: start again */
  }
  return defaultLayout();
}

let layout = loadLayout();
const saveLayout = debounce(() => {
  try {
    localStorage.setItem(LAYOUT_KEY, JSON.stringify(layout));
  } catch {
    /* storage full or refused: the layout lasts this page only */
  }
}, 200);

const views = new Map(); // id -> {contribution, area, tab, panel, state: 'idle'|'mounting'|'mounted', handle, facade, ready}
let contributions = { views: [], commands: [], formats: [] };
let dragged = null;

function areaElement(area) {
  return document.getElementById(`area-${area}`);
}

function areaOf(view) {
  const placed = layout.placement[view.contribution.id];
  return AREAS.includes(placed) ? placed : AREAS.includes(view.contribution.area) ? view.contribution.area : 'EDITOR';
}

function isOpen(id) {
  return !layout.closed.includes(id);
}

/** The views of an area in tab order: as the analyst arranged them, else by rank, then label. */
function viewsIn(area) {
  const order = layout.order[area] || [];
  return [...views.values()]
    .filter((v) => v.area === area && isOpen(v.contribution.id))
    .sort((a, b) => {
      const ia = order.indexOf(a.contribution.id);
      const ib = order.indexOf(b.contribution.id);
      if (ia >= 0 && ib >= 0) return ia - ib;
      if (ia >= 0 !== ib >= 0) return ia >= 0 ? -1 : 1;
      return (a.contribution.rank ?? 100) - (b.contribution.rank ?? 100) || a.contribution.label.localeCompare(b.contribution.label);
    });
}

function createView(contribution) {
  const id = contribution.id;
  const tab = h('div', {
    class: 'tab view-tab', role: 'tab', id: `tab-${id}`, tabindex: '-1', draggable: 'true',
    'aria-selected': 'false', 'aria-controls': `panel-${id}`, dataset: { view: id },
    title: `${contribution.label}${contribution.bundle ? ` (${contribution.bundle})` : ''}`,
  },
  h('span', { class: 'tab-label' }, contribution.label),
  h('button', { type: 'button', class: 'tab-close', tabindex: '-1', 'aria-label': `Close ${contribution.label}`, title: 'Close' }, '×'));
  const panel = h('div', { class: 'view-panel', role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, dataset: { view: id }, tabindex: '-1' });
  const view = { contribution, tab, panel, state: 'idle', handle: null, facade: null, ready: null, area: null };
  view.area = areaOf(view);

  tab.addEventListener('click', (event) => {
    if (event.target.closest('.tab-close')) closeView(id);
    else activate(id, { focus: false });
  });
  tab.addEventListener('auxclick', (event) => {
    if (event.button === 1) closeView(id);
  });
  tab.addEventListener('dblclick', (event) => {
    if (!event.target.closest('.tab-close')) toggleMaximize(view.area);
  });
  tab.addEventListener('keydown', (event) => tabKey(event, view));
  tab.addEventListener('contextmenu', (event) => {
    event.preventDefault();
    openTabMenu(view, event.clientX, event.clientY);
  });
  tab.addEventListener('dragstart', (event) => {
    dragged = id;
    event.dataTransfer.setData('application/x-atelier-view', id);
    event.dataTransfer.effectAllowed = 'move';
    document.body.classList.add('dragging-view');
  });
  tab.addEventListener('dragend', () => {
    dragged = null;
    document.body.classList.remove('dragging-view');
    document.querySelectorAll('.drop-target').forEach((e) => e.classList.remove('drop-target'));
  });
  views.set(id, view);
  return view;
}

function tabKey(event, view) {
  const tabs = viewsIn(view.area);
  const index = tabs.indexOf(view);
  let next = null;
  if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
  else if (event.key === 'ArrowLeft') next = tabs[(index - 1 + tabs.length) % tabs.length];
  else if (event.key === 'Home') next = tabs[0];
  else if (event.key === 'End') next = tabs[tabs.length - 1];
  else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    view.panel.focus();
    return;
  } else if (event.key === 'Delete') {
    event.preventDefault();
    closeView(view.contribution.id);
    return;
  } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
    event.preventDefault();
    const box = view.tab.getBoundingClientRect();
    openTabMenu(view, box.left, box.bottom);
    return;
  }
  if (next) {
    event.preventDefault();
    activate(next.contribution.id, { focus: false });
    next.tab.focus();
  }
}

/** Puts every tab and panel where the layout says, shows active ones, hides empty areas. */
function render() {
  for (const area of AREAS) {
    const element = areaElement(area);
    const tabs = element.querySelector('.tabs');
    const panels = element.querySelector('.panels');
    const list = viewsIn(area);
    let active = layout.active[area];
    if (!list.some((v) => v.contribution.id === active)) active = list[0]?.contribution.id ?? null;
    layout.active[area] = active;
    list.forEach((view, index) => {
      if (tabs.children[index] !== view.tab) tabs.insertBefore(view.tab, tabs.children[index] || null);
      if (view.panel.parentElement !== panels) panels.append(view.panel);
      const on = view.contribution.id === active;
      view.tab.setAttribute('aria-selected', String(on));
      view.tab.tabIndex = on ? 0 : -1;
      view.tab.classList.toggle('active', on);
      view.panel.classList.toggle('active', on);
      view.panel.hidden = !on;
      if (on) mount(view);
    });
    element.classList.toggle('empty', list.length === 0);
    if (area === 'EDITOR' && list.length === 0) {
      if (!panels.querySelector('.editor-empty')) {
        panels.append(h('div', { class: 'editor-empty' }, 'No editor open. Window ▸ Show view reopens a closed one.'));
      }
    } else {
      panels.querySelector('.editor-empty')?.remove();
    }
  }
  // closed views: out of the page, but kept mounted so reopening is instant
  for (const view of views.values()) {
    if (!isOpen(view.contribution.id)) {
      view.tab.remove();
      view.panel.remove();
    }
  }
  applySizes();
  renderWindowMenu();
  saveLayout();
}

function applySizes() {
  const workbench = document.getElementById('workbench');
  const left = !areaElement('LEFT').classList.contains('empty');
  const right = !areaElement('RIGHT').classList.contains('empty');
  const bottom = !areaElement('BOTTOM').classList.contains('empty');
  const editor = !areaElement('EDITOR').classList.contains('empty') || !bottom;
  const max = layout.maximized;
  workbench.dataset.maximized = max || '';
  const s = layout.sizes;
  workbench.style.gridTemplateColumns = max
    ? (max === 'LEFT' ? '1fr 0 0 0 0' : max === 'RIGHT' ? '0 0 0 0 1fr' : '0 0 1fr 0 0')
    : `${left ? `${s.left}px` : '0'} ${left ? 'var(--splitter)' : '0'} minmax(0, 1fr) ${right ? 'var(--splitter)' : '0'} ${right ? `${s.right}px` : '0'}`;
  const center = workbench.querySelector('.center');
  center.style.gridTemplateRows = max === 'EDITOR' ? '1fr 0 0' : max === 'BOTTOM' ? '0 0 1fr'
    : !bottom ? '1fr 0 0' : !editor ? '0 0 1fr' : `minmax(0, 1fr) var(--splitter) ${s.bottom}px`;
  document.querySelector('[data-splitter="left"]').hidden = !left || !!max;
  document.querySelector('[data-splitter="right"]').hidden = !right || !!max;
  document.querySelector('[data-splitter="bottom"]').hidden = !bottom || !editor || !!max;
  for (const area of AREAS) {
    areaElement(area).classList.toggle('maximized', max === area);
    areaElement(area).hidden = max ? max !== area : areaElement(area).classList.contains('empty') && !(area === 'EDITOR' && editor);
  }
}

function activate(id, { focus = true } = {}) {
  const view = views.get(id);
  if (!view) return null;
  layout.closed = layout.closed.filter((c) => c !== id);
  layout.active[view.area] = id;
  if (layout.maximized && layout.maximized !== view.area) layout.maximized = null;
  render();
  if (focus) view.panel.focus({ preventScroll: true });
  return view;
}

function closeView(id) {
  const view = views.get(id);
  if (!view) return;
  if (!layout.closed.includes(id)) layout.closed.push(id);
  if (layout.active[view.area] === id) layout.active[view.area] = null;
  render();
  status(`${view.contribution.label} closed: Window ▸ Show view reopens it.`);
}

function moveView(id, area, beforeId = null) {
  const view = views.get(id);
  if (!view || !AREAS.includes(area)) return;
  const from = view.area;
  view.area = area;
  layout.placement[id] = area;
  for (const a of new Set([from, area])) {
    layout.order[a] = viewsIn(a).map((v) => v.contribution.id).filter((v) => v !== id);
  }
  const order = layout.order[area];
  const at = beforeId ? order.indexOf(beforeId) : -1;
  order.splice(at >= 0 ? at : order.length, 0, id);
  activate(id, { focus: false });
}

function toggleMaximize(area) {
  layout.maximized = layout.maximized === area ? null : area;
  render();
}

function resetLayout() {
  layout = defaultLayout();
  for (const view of views.values()) view.area = areaOf(view);
  render();
  status('Layout reset.');
}

/* Dragging tabs between areas */
function setUpDropTargets() {
  for (const area of AREAS) {
    const element = areaElement(area);
    element.addEventListener('dragover', (event) => {
      if (!dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      element.classList.add('drop-target');
    });
    element.addEventListener('dragleave', (event) => {
      if (!element.contains(event.relatedTarget)) element.classList.remove('drop-target');
    });
    element.addEventListener('drop', (event) => {
      if (!dragged) return;
      event.preventDefault();
      element.classList.remove('drop-target');
      const before = event.target.closest('.view-tab');
      const beforeId = before && before.dataset.view !== dragged ? before.dataset.view : null;
      moveView(dragged, area, beforeId);
    });
  }
}

/* Splitters: drag with the pointer, or focus and use the arrow keys; double-click resets. */
function setUpSplitters() {
  const limits = () => ({
    left: [160, Math.max(200, window.innerWidth - layout.sizes.right - 320)],
    right: [180, Math.max(200, window.innerWidth - layout.sizes.left - 320)],
    bottom: [90, Math.max(120, window.innerHeight - 220)],
  });
  const set = (which, value) => {
    const [min, max] = limits()[which];
    layout.sizes[which] = Math.round(Math.min(max, Math.max(min, value)));
    applySizes();
    saveLayout();
  };
  for (const splitter of document.querySelectorAll('.splitter')) {
    const which = splitter.dataset.splitter;
    splitter.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      splitter.setPointerCapture(event.pointerId);
      splitter.classList.add('dragging');
      document.body.classList.add(which === 'bottom' ? 'resizing-rows' : 'resizing-columns');
      const start = { x: event.clientX, y: event.clientY, size: layout.sizes[which] };
      const move = (e) => {
        if (which === 'left') set(which, start.size + e.clientX - start.x);
        else if (which === 'right') set(which, start.size - (e.clientX - start.x));
        else set(which, start.size - (e.clientY - start.y));
      };
      const up = () => {
        splitter.classList.remove('dragging');
        document.body.classList.remove('resizing-rows', 'resizing-columns');
        splitter.removeEventListener('pointermove', move);
        splitter.removeEventListener('pointerup', up);
        splitter.removeEventListener('pointercancel', up);
      };
      splitter.addEventListener('pointermove', move);
      splitter.addEventListener('pointerup', up);
      splitter.addEventListener('pointercancel', up);
    });
    splitter.addEventListener('dblclick', () => set(which, DEFAULT_SIZES[which]));
    splitter.addEventListener('keydown', (event) => {
      const step = event.shiftKey ? 64 : 16;
      const grow = { left: 'ArrowRight', right: 'ArrowLeft', bottom: 'ArrowUp' }[which];
      const shrink = { left: 'ArrowLeft', right: 'ArrowRight', bottom: 'ArrowDown' }[which];
      if (event.key === grow) set(which, layout.sizes[which] + step);
      else if (event.key === shrink) set(which, layout.sizes[which] - step);
      else if (event.key === 'Home' || event.key === 'Enter') set(which, DEFAULT_SIZES[which]);
      else return;
      event.preventDefault();
    });
  }
  window.addEventListener('resize', debounce(() => applySizes(), 100));
}

/* ------------------------------------------------------------------------------ mounting the views */

const moduleVersions = new Map(); // module path -> times it came back after being removed (defeats the module cache)

/**
 * A contribution's module. A plugin registers its view and the resource serving the module as two services, one
 * after the other, so the module may be served a moment after the view is announced: a failed import is tried
 * again a few times, under a new address each time, as the browser remembers a failed module import for good.
 */
async function importModule(path) {
  for (let attempt = 0; ; attempt++) {
    const url = moduleUrl(path);
    try {
      return await import(attempt ? `${url}${url.includes('?') ? '&' : '?'}attempt=${attempt}` : url);
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
    }
  }
}

function moduleUrl(path) {
  const n = moduleVersions.get(path) || 0;
  return n ? `${path}${path.includes('?') ? '&' : '?'}r=${n}` : path;
}

function facadeFor(id) {
  const subscriptions = [];
  const prefix = `atelier.view.${id}.`;
  return {
    api,
    showError,
    openDocument,
    showView,
    emit,
    status,
    importFiles,
    toggleTheme,
    get contributions() {
      return contributions;
    },
    on(name, handler) {
      const off = subscribe(name, handler);
      subscriptions.push(off);
      return off;
    },
    storage: {
      get(key, fallback = null) {
        try {
          const value = localStorage.getItem(prefix + key);
          return value === null ? fallback : JSON.parse(value);
        } catch {
          return fallback;
        }
      },
      set(key, value) {
        try {
          if (value === undefined || value === null) localStorage.removeItem(prefix + key);
          else localStorage.setItem(prefix + key, JSON.stringify(value));
        } catch {
          /* storage refused */
        }
      },
    },
    dispose() {
      subscriptions.splice(0).forEach((off) => off());
    },
  };
}

function mount(view) {
  if (view.state !== 'idle') return view.ready;
  view.state = 'mounting';
  view.facade = facadeFor(view.contribution.id);
  view.panel.classList.add('loading');
  view.ready = (async () => {
    try {
      const module = await importModule(view.contribution.module);
      if (typeof module.default !== 'function') throw new Error('its module exports no default mount function');
      if (view.state !== 'mounting') return view; // removed meanwhile
      view.handle = (await module.default(view.panel, view.facade)) || null;
      view.state = 'mounted';
      view.panel.dataset.mounted = '';
    } catch (error) {
      console.error(`The view ${view.contribution.id} failed to start`, error);
      view.state = 'failed';
      showError(view.panel, `The view “${view.contribution.label}” could not start: ${error.message}`);
    } finally {
      view.panel.classList.remove('loading');
    }
    return view;
  })();
  return view.ready;
}

function unmount(view) {
  try {
    view.handle?.dispose?.();
  } catch (error) {
    console.error(`The view ${view.contribution.id} failed to stop`, error);
  }
  view.facade?.dispose();
  view.state = 'idle';
  view.handle = null;
  view.ready = null;
  delete view.panel.dataset.mounted;
  clear(view.panel);
}

/** Draws the open views not shown yet, once the window is idle: switching to them, or a key for them, is then instant. */
function mountInBackground() {
  const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 200));
  idle(() => {
    for (const view of views.values()) {
      if (view.state === 'idle' && isOpen(view.contribution.id)) mount(view);
    }
  });
}

/** Shows a view (reopening it if closed); resolves with its mounted handle, or null if there is no such view. */
async function showView(id, options = {}) {
  const view = activate(id, options);
  if (!view) return null;
  await mount(view);
  return view.handle;
}

async function openDocument(id, options = {}) {
  const view = views.get('document');
  if (!view) {
    status('No document view is installed to open the document in.', true);
    return;
  }
  await showView('document', { focus: false });
  emit('document:open', { id, ...options });
}

async function importFiles(files) {
  const list = [...(files || [])];
  if (!list.length) return;
  if (!views.has('corpus')) {
    status('No corpus view is installed to import with.', true);
    return;
  }
  await showView('corpus', { focus: false });
  emit('import:files', list);
}

/* -------------------------------------------------------------------------------------- contributions */

async function loadContributions() {
  try {
    applyContributions(await api('/api/contributions'));
  } catch (error) {
    status(`The window could not read its views and commands: ${error.message}`, true);
    setTimeout(loadContributions, 5000);
  }
}

function applyContributions(next) {
  contributions = {
    views: Array.isArray(next?.views) ? next.views : [],
    commands: Array.isArray(next?.commands) ? next.commands : [],
    formats: Array.isArray(next?.formats) ? next.formats : [],
  };
  const incoming = new Map(contributions.views.filter((v) => v && v.id && v.module).map((v) => [v.id, v]));
  const added = [];
  const removed = [];
  for (const [id, view] of [...views]) {
    const now = incoming.get(id);
    if (!now || now.module !== view.contribution.module || now.bundle !== view.contribution.bundle) {
      unmount(view);
      view.tab.remove();
      view.panel.remove();
      views.delete(id);
      moduleVersions.set(view.contribution.module, (moduleVersions.get(view.contribution.module) || 0) + 1);
      if (!now) removed.push(view.contribution.label);
    } else if (now.label !== view.contribution.label || now.area !== view.contribution.area || now.rank !== view.contribution.rank) {
      view.contribution = now;
      view.tab.querySelector('.tab-label').textContent = now.label;
      view.area = areaOf(view);
    }
  }
  for (const [id, contribution] of incoming) {
    if (!views.has(id)) {
      createView(contribution);
      if (document.body.dataset.ready === 'true') added.push(contribution.label);
    }
  }
  render();
  renderMenus();
  for (const command of contributions.commands) if (command.module) loadCommand(command).catch(() => {});
  mountInBackground();
  if (added.length) status(`Added: ${added.join(', ')}.`);
  if (removed.length) status(`Removed: ${removed.join(', ')}.`);
}

/* ---------------------------------------------------------------------------------- menus and keys */

function parseKeys(keys) {
  if (!keys) return null;
  const parts = keys === '+' ? ['+'] : keys.split('+').map((p) => p.trim());
  if (keys.endsWith('++')) parts.splice(parts.length - 2, 2, '+');
  const key = parts.pop();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    key,
    ctrl: mods.has('ctrl') || mods.has('control') || mods.has('cmd') || mods.has('meta') || mods.has('mod'),
    alt: mods.has('alt') || mods.has('option'),
    shift: mods.has('shift'),
  };
}

function matchesKeys(binding, event) {
  if (!binding) return false;
  if (binding.ctrl !== (event.ctrlKey || event.metaKey)) return false;
  if (binding.alt !== event.altKey) return false;
  const letter = /^[a-z]$/i.test(binding.key);
  if (letter || binding.key.length > 1 || binding.shift) {
    if (binding.shift !== event.shiftKey) return false;
    return event.key.toLowerCase() === binding.key.toLowerCase();
  }
  return event.key === binding.key;
}

function keyLabel(keys) {
  return keys ? keys.replace(/\bCtrl\b/g, navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl') : '';
}

const commandModules = new Map(); // module url -> Promise of the module: loaded ahead, so a key runs at once

function loadCommand(command) {
  const url = moduleUrl(command.module);
  if (!commandModules.has(url)) {
    const loading = importModule(command.module);
    loading.catch(() => commandModules.delete(url));
    commandModules.set(url, loading);
  }
  return commandModules.get(url);
}

async function runCommand(command) {
  closeMenus();
  try {
    const module = await loadCommand(command);
    if (typeof module.default !== 'function') throw new Error('its module exports no default run function');
    await module.default(commandFacade);
  } catch (error) {
    console.error(`The command ${command.id} failed`, error);
    status(`${command.label}: ${error.message}`, true);
  }
}

const commandFacade = facadeFor('commands');

function menuNames() {
  const names = new Set(contributions.commands.map((c) => c.menu).filter(Boolean));
  names.add('Window');
  return [...names].sort((a, b) => {
    const ia = MENU_ORDER.indexOf(a);
    const ib = MENU_ORDER.indexOf(b);
    if (a === 'Help' || b === 'Help') return a === 'Help' ? 1 : -1;
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 !== ib >= 0) return ia >= 0 ? -1 : 1;
    return a.localeCompare(b);
  });
}

function renderMenus() {
  const bar = document.getElementById('menus');
  const open = bar.querySelector('.menu-button[aria-expanded="true"]')?.dataset.menu;
  clear(bar);
  for (const name of menuNames()) {
    const button = h('button', {
      type: 'button', class: 'menu-button', role: 'menuitem', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      id: `menu-${name.replace(/\W+/g, '-')}`, dataset: { menu: name }, tabindex: '-1',
    }, name);
    const menu = h('div', { class: 'menu', role: 'menu', 'aria-label': name, hidden: true });
    const items = contributions.commands.filter((c) => c.menu === name)
      .sort((a, b) => a.label.localeCompare(b.label));
    for (const command of items) {
      menu.append(h('button', {
        type: 'button', class: 'menu-item', role: 'menuitem', tabindex: '-1', dataset: { command: command.id },
        onclick: () => runCommand(command),
      }, h('span', { class: 'menu-label' }, command.label), h('kbd', { class: 'menu-keys' }, keyLabel(command.keys))));
    }
    if (name === 'Window') {
      if (items.length) menu.append(h('div', { class: 'menu-separator', role: 'separator' }));
      menu.append(h('div', { class: 'menu-heading', 'aria-hidden': 'true' }, 'Show view'));
      menu.append(h('div', { class: 'window-views' }));
      menu.append(h('div', { class: 'menu-separator', role: 'separator' }));
      menu.append(h('button', { type: 'button', class: 'menu-item', role: 'menuitem', tabindex: '-1', dataset: { action: 'maximize' },
        onclick: () => { closeMenus(); const a = activeArea(); if (a) toggleMaximize(a); } },
      h('span', { class: 'menu-label' }, 'Maximize or restore area'), h('kbd', { class: 'menu-keys' }, 'Double-click tab')));
    }
    const wrapper = h('div', { class: 'menu-wrapper' }, button, menu);
    bar.append(wrapper);
  }
  bar.firstElementChild?.querySelector('.menu-button')?.setAttribute('tabindex', '0');
  renderWindowMenu();
  if (open) openMenu(bar.querySelector(`.menu-button[data-menu="${CSS.escape(open)}"]`), false);
}

function renderWindowMenu() {
  const box = document.querySelector('#menus .window-views');
  if (!box) return;
  clear(box);
  const all = [...views.values()].sort((a, b) => a.contribution.label.localeCompare(b.contribution.label));
  for (const view of all) {
    const open = isOpen(view.contribution.id);
    box.append(h('button', {
      type: 'button', class: 'menu-item', role: 'menuitemcheckbox', 'aria-checked': String(open), tabindex: '-1',
      dataset: { showView: view.contribution.id },
      onclick: () => { closeMenus(); showView(view.contribution.id); },
    }, h('span', { class: 'menu-check', 'aria-hidden': 'true' }, open ? '✓' : ''), h('span', { class: 'menu-label' }, view.contribution.label),
    h('kbd', { class: 'menu-keys' }, AREA_NAMES[view.area])));
  }
}

function activeArea() {
  const focused = document.activeElement?.closest?.('.area');
  return focused?.dataset.area || 'EDITOR';
}

function menuButtons() {
  return [...document.querySelectorAll('#menus .menu-button')];
}

function openMenu(button, focusFirst = true) {
  if (!button) return;
  closeMenus(false);
  button.setAttribute('aria-expanded', 'true');
  const menu = button.nextElementSibling;
  menu.hidden = false;
  document.getElementById('menubar').classList.add('open');
  if (focusFirst) menu.querySelector('.menu-item')?.focus();
}

function closeMenus(restore = false) {
  let was = null;
  for (const button of menuButtons()) {
    if (button.getAttribute('aria-expanded') === 'true') was = button;
    button.setAttribute('aria-expanded', 'false');
    button.nextElementSibling.hidden = true;
  }
  document.getElementById('menubar').classList.remove('open');
  document.querySelectorAll('.context-menu').forEach((m) => m.remove());
  if (restore && was) was.focus();
}

function setUpMenus() {
  const bar = document.getElementById('menus');
  bar.addEventListener('click', (event) => {
    const button = event.target.closest('.menu-button');
    if (!button) return;
    if (button.getAttribute('aria-expanded') === 'true') closeMenus();
    else openMenu(button, event.detail === 0);
  });
  bar.addEventListener('pointerover', (event) => {
    const button = event.target.closest('.menu-button');
    if (button && document.getElementById('menubar').classList.contains('open') && button.getAttribute('aria-expanded') !== 'true') {
      openMenu(button, false);
    }
  });
  bar.addEventListener('keydown', (event) => {
    const buttons = menuButtons();
    const button = event.target.closest('.menu-wrapper')?.querySelector('.menu-button');
    const index = buttons.indexOf(button);
    const inMenu = event.target.classList.contains('menu-item');
    if (event.key === 'Escape') {
      event.preventDefault();
      closeMenus(true);
      if (!inMenu) document.activeElement.blur();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
      if (inMenu || button.getAttribute('aria-expanded') === 'true') openMenu(next);
      else next.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!inMenu) {
        openMenu(button);
        return;
      }
      const items = [...button.nextElementSibling.querySelectorAll('.menu-item')];
      const i = items.indexOf(event.target);
      items[(i + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      closeMenus();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!event.target.closest('#menus') && !event.target.closest('.context-menu')) closeMenus();
  });
}

function openTabMenu(view, x, y) {
  closeMenus();
  const id = view.contribution.id;
  const item = (label, action, disabled = false) => h('button', {
    type: 'button', class: 'menu-item', role: 'menuitem', tabindex: '-1', disabled,
    onclick: () => { closeMenus(); action(); view.tab.focus(); },
  }, h('span', { class: 'menu-label' }, label));
  const menu = h('div', { class: 'menu context-menu', role: 'menu', 'aria-label': `${view.contribution.label} view` },
    ...AREAS.map((area) => item(`Move to ${AREA_NAMES[area].toLowerCase()}`, () => moveView(id, area), area === view.area)),
    h('div', { class: 'menu-separator', role: 'separator' }),
    item(layout.maximized === view.area ? 'Restore' : 'Maximize', () => toggleMaximize(view.area)),
    item('Close', () => closeView(id)));
  menu.addEventListener('keydown', (event) => {
    const items = [...menu.querySelectorAll('.menu-item:not(:disabled)')];
    const i = items.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(i + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      closeMenus();
      view.tab.focus();
    }
  });
  document.body.append(menu);
  menu.style.left = `${Math.min(x, window.innerWidth - menu.offsetWidth - 4)}px`;
  menu.style.top = `${Math.min(y, window.innerHeight - menu.offsetHeight - 4)}px`;
  menu.querySelector('.menu-item:not(:disabled)')?.focus();
}

function setUpKeys() {
  let altAlone = false;
  document.addEventListener('keydown', (event) => {
    altAlone = event.key === 'Alt' && !event.ctrlKey && !event.shiftKey && !event.metaKey;
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === 'F10' && !event.shiftKey) {
      event.preventDefault();
      const first = menuButtons()[0];
      if (document.getElementById('menubar').classList.contains('open')) closeMenus(true);
      else first?.focus();
      return;
    }
    if (event.key === 'Escape' && layout.maximized && !document.querySelector('dialog[open]')) {
      if (!isEditable(event.target)) {
        layout.maximized = null;
        render();
        return;
      }
    }
    if (document.querySelector('dialog[open]') || document.getElementById('menubar').classList.contains('open')) return;
    if (document.querySelector('.context-menu')) return;
    const typing = isEditable(event.target);
    for (const command of contributions.commands) {
      const binding = parseKeys(command.keys);
      if (!binding || !matchesKeys(binding, event)) continue;
      if (typing && !binding.ctrl && !binding.alt) continue;
      event.preventDefault();
      runCommand(command);
      return;
    }
  });
  document.addEventListener('keyup', (event) => {
    if (event.key === 'Alt' && altAlone && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      menuButtons()[0]?.focus();
    }
    altAlone = false;
  });
}

/* ------------------------------------------------------------------------------ theme, status, drop */

function currentTheme() {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function toggleTheme(theme) {
  const next = theme === 'light' || theme === 'dark' ? theme : currentTheme() === 'dark' ? 'light' : 'dark';
  document.documentElement.dataset.theme = next;
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    /* remembered for this page only */
  }
  showTheme();
  emit('theme', next);
  return next;
}

function showTheme() {
  const button = document.getElementById('theme-toggle');
  const dark = currentTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
}

let statusTimer = null;
/** A line in the status bar; errors stay until the next message. */
function status(message, isError = false) {
  const element = document.getElementById('status-message');
  element.textContent = message;
  element.classList.toggle('error', isError);
  clearTimeout(statusTimer);
  if (!isError) statusTimer = setTimeout(() => { element.textContent = ''; }, 8000);
}

function setUpDrop() {
  const overlay = document.getElementById('drop-overlay');
  let depth = 0;
  const hasFiles = (event) => [...(event.dataTransfer?.types || [])].includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    importFiles(event.dataTransfer.files);
  });
}

function setUpImportStatus() {
  const element = document.getElementById('status-import');
  subscribe('import', (state) => {
    if (!state) return;
    if (state.state === 'running') {
      element.textContent = `Importing ${state.done ?? 0} of ${state.total ?? '?'}…`;
    } else {
      element.textContent = state.state === 'failed' ? 'Import failed' : `Imported ${state.imported ?? 0}`;
      setTimeout(() => { element.textContent = ''; }, 6000);
    }
  });
}

/* ------------------------------------------------------------------------------------------- start */

function start() {
  document.getElementById('theme-toggle').addEventListener('click', () => toggleTheme());
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', showTheme);
  showTheme();
  setUpSplitters();
  setUpDropTargets();
  setUpMenus();
  setUpKeys();
  setUpDrop();
  setUpImportStatus();
  subscribe('contributions', (next) => applyContributions(next));
  subscribe('workbench:reset-layout', resetLayout);
  connect();
  loadContributions().then(() => {
    document.body.dataset.ready = 'true';
  });
}

start();
