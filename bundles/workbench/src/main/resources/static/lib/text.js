// Offsets. Atelier counts Unicode code points of the stored text (an emoji beyond the BMP is one); JavaScript
// strings count UTF-16 units (the same emoji is two). Every conversion between the two happens here.

/** The code points of a text, one string each. */
export function codePoints(text) {
  return Array.from(text || '');
}

/** The number of code points in the first `units` UTF-16 units of `text`. */
export function unitsToPoints(text, units) {
  let points = 0;
  for (let i = 0; i < units && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (i + 1 < units) i++;
      }
    }
    points++;
  }
  return points;
}

/** A match as the API gives it: {start, end} or [start, end]. */
export function span(match) {
  return Array.isArray(match) ? { start: match[0], end: match[1] } : { start: match.start, end: match.end };
}

/**
 * Cuts [0, length) at every span boundary: [{start, end, spans: [covering spans]}], in order, covering it all.
 * Spans are {start, end, ...} in code points; empty and out-of-range ones are ignored.
 */
export function segments(length, spans) {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(length, s.start)), end: Math.max(0, Math.min(length, s.end)), source: s }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    result.push({ start, end, spans: valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.source) });
  }
  return result;
}

/**
 * Appends `text` (whose first code point is at `offset` of the document) to `parent`, with every range of
 * `matches` (document code points) wrapped in <mark>. Text nodes only: nothing is read as markup.
 */
export function appendHighlighted(parent, text, offset, matches) {
  const points = codePoints(text);
  const local = (matches || []).map(span).map((m) => ({ start: m.start - offset, end: m.end - offset }));
  for (const segment of segments(points.length, local)) {
    const piece = points.slice(segment.start, segment.end).join('');
    if (segment.spans.length) {
      const mark = document.createElement('mark');
      mark.textContent = piece;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(piece));
    }
  }
  return parent;
}

/**
 * Where a DOM position (node, offset) falls in `container`'s text, in UTF-16 units from its start. The container's
 * text nodes, in order, must be the document text and nothing else.
 */
export function unitOffset(container, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(container);
  try {
    range.setEnd(node, offset);
  } catch {
    return 0;
  }
  return range.toString().length;
}

/**
 * The current selection inside `container` as code points of `text` ({start, end, exact}), trimmed of white
 * space at both ends; null when nothing is selected there.
 */
export function selectionIn(container, text) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== container) {
    // partly outside: keep the part inside
    if (!range.intersectsNode(container)) return null;
  }
  let startUnits = container.contains(range.startContainer) ? unitOffset(container, range.startContainer, range.startOffset) : 0;
  let endUnits = container.contains(range.endContainer) ? unitOffset(container, range.endContainer, range.endOffset) : text.length;
  if (endUnits <= startUnits) return null;
  let start = unitsToPoints(text, startUnits);
  let end = unitsToPoints(text, endUnits);
  const points = codePoints(text);
  while (start < end && /\s/u.test(points[start])) start++;
  while (end > start && /\s/u.test(points[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, exact: points.slice(start, end).join('') };
}
