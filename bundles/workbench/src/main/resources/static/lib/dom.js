// Small DOM helpers. Text always goes in as text nodes (textContent), never as markup: document text, titles,
// claimants and server messages are untrusted.

/**
 * Builds an element: h('button', {class: 'x', onclick: f, 'aria-label': 'Close', dataset: {view: 'corpus'}}, 'text', child).
 * Children may be strings (text nodes), nodes, arrays, or null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') {
      for (const [key, v] of Object.entries(value)) if (v !== null && v !== undefined) element.dataset[key] = v;
    }
    else if (name === 'style' && typeof value === 'object') Object.assign(element.style, value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child. */
export function clear(element) {
  element.replaceChildren();
  return element;
}

/** Replaces the children. */
export function fill(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

/** Calls fn at most once per `ms`, after the last call. */
export function debounce(fn, ms) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** 2025-03-14T10:00:00Z -> 14 Mar 2025; null -> ''. */
export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Shortens a text to n characters (code points), with an ellipsis. */
export function ellipsis(text, n) {
  if (!text) return '';
  const points = Array.from(text);
  return points.length <= n ? text : points.slice(0, n - 1).join('') + '…';
}

export function plural(n, one, many = one + 's') {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** Whether a key event comes from a field where typing means text. */
export function isEditable(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target.getAttribute('type') || 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
  }
  return false;
}

export const STATUSES = ['unverified', 'corroborated', 'disputed', 'refuted', 'verified'];
export const LINK_TYPES = ['corroborates', 'contradicts', 'same-as'];

/** "a, B ,c" -> ['a', 'b', 'c'] (tags are lower case). */
export function parseTags(text) {
  return [...new Set(String(text || '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
}
