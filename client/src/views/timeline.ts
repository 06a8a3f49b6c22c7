// The timeline under the canvas: comments and claims per day or month, and a brush that chooses a time window
// (drag across the bars, or the two sliders by keyboard). The window is state (in the URL); the focus filters
// the canvas to what was written or posted in it.
import { el } from './dom.js';
import { errorText } from '../api/client.js';
import { investigation, type Timeline } from '../api/investigation.js';
import type { AppState, Store } from '../state/store.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attrs: Record<string, string | number>) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

/** A bucket's first and last day (a month bucket is "YYYY-MM"). */
export function bucketDays(start: string): { first: string; last: string } {
  if (start.length === 10) return { first: start, last: start };
  const [y, m] = start.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${start}-01`, last: `${start}-${String(last).padStart(2, '0')}` };
}

/** Every bucket from the first to the last, empty ones included, so the bars stand on an even time axis. */
export function denseBuckets(t: Timeline): Timeline['buckets'] {
  const first = t.buckets[0];
  const last = t.buckets.at(-1);
  if (!first || !last) return [];
  const have = new Map(t.buckets.map((b) => [b.start, b]));
  const out: Timeline['buckets'] = [];
  const at = new Date(`${bucketDays(first.start).first}T00:00:00Z`);
  // Capped: a span of decades in days would be more bars than the strip has pixels.
  while (out.length < 5000) {
    const start = at.toISOString().slice(0, t.unit === 'month' ? 7 : 10);
    out.push(have.get(start) ?? { start, comments: 0, claims: 0 });
    if (start === last.start) break;
    if (t.unit === 'month') at.setUTCMonth(at.getUTCMonth() + 1);
    else at.setUTCDate(at.getUTCDate() + 1);
  }
  return out;
}

/** The buckets a window covers, as indices (the whole range when there is no window). */
export function windowIndices(starts: string[], from: string | null | undefined, to: string | null | undefined) {
  const days = starts.map(bucketDays);
  let a = from ? days.findIndex((d) => d.last >= from) : 0;
  let b = to ? days.length - 1 - [...days].reverse().findIndex((d) => d.first <= to) : days.length - 1;
  if (b === days.length) b = -1;
  if (a < 0) a = days.length - 1;
  if (b < 0) b = 0;
  return { a: Math.min(a, b), b: Math.max(a, b) };
}

export function mountTimeline(host: HTMLElement, store: Store): void {
  const chart = svg('svg', { class: 'timeline-chart', role: 'presentation', preserveAspectRatio: 'none' });
  const fromInput = el('input', { type: 'range', id: 'timeline-from', min: '0', step: '1' });
  const toInput = el('input', { type: 'range', id: 'timeline-to', min: '0', step: '1' });
  const fromLabel = el('label', { for: 'timeline-from' }, 'From');
  const toLabel = el('label', { for: 'timeline-to' }, 'To');
  const clear = el('button', { type: 'button', id: 'timeline-clear' }, 'All time');
  const summary = el('span', { class: 'muted', id: 'timeline-summary' }, 'Loading the timeline…');
  host.replaceChildren(
    el('div', { class: 'timeline-head' }, el('h2', {}, 'Timeline'), summary, clear),
    chart,
    el('div', { class: 'timeline-keys' }, fromLabel, fromInput, toLabel, toInput),
  );
  let data: Timeline | null = null;
  const starts = () => data?.buckets.map((b) => b.start) ?? [];
  const choose = (a: number, b: number) => {
    const s = starts();
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    if (lo === 0 && hi === s.length - 1) store.dispatch({ type: 'window', from: null, to: null });
    else store.dispatch({ type: 'window', from: bucketDays(s[lo]!).first, to: bucketDays(s[hi]!).last });
  };
  const brush = svg('rect', { class: 'brush', y: 0, height: 100 });
  const draw = (s: AppState) => {
    if (!data?.buckets.length) return;
    const n = data.buckets.length;
    const { a, b } = windowIndices(starts(), s.from, s.to);
    const windowed = Boolean(s.from || s.to);
    brush.setAttribute('x', String((a / n) * 1000));
    brush.setAttribute('width', String(((b - a + 1) / n) * 1000));
    brush.style.display = windowed ? '' : 'none';
    fromInput.value = String(a);
    toInput.value = String(b);
    const from = bucketDays(data.buckets[a]!.start).first;
    const to = bucketDays(data.buckets[b]!.start).last;
    fromInput.setAttribute('aria-valuetext', from);
    toInput.setAttribute('aria-valuetext', to);
    fromLabel.textContent = `From ${from}`;
    toLabel.textContent = `to ${to}`;
    const inWindow = data.buckets.slice(a, b + 1);
    const sum = (k: 'comments' | 'claims') => inWindow.reduce((t, x) => t + x[k], 0);
    summary.textContent =
      `${windowed ? `${from} to ${to}` : 'All time'}: ${sum('comments')} comments, ${sum('claims')} claims, ` +
      `per ${data.unit}`;
    clear.disabled = !windowed;
    host.dataset.from = s.from ?? '';
    host.dataset.to = s.to ?? '';
  };
  const bars = (t: Timeline) => {
    const n = t.buckets.length;
    const top = Math.max(1, ...t.buckets.map((b) => b.comments + b.claims));
    chart.setAttribute('viewBox', '0 0 1000 100');
    chart.replaceChildren(
      ...t.buckets.flatMap((b, i) => {
        const w = (1000 / n) * 0.8;
        const x = (i / n) * 1000 + w * 0.125;
        const hc = (b.comments / top) * 95;
        const hk = (b.claims / top) * 95;
        const title = svg('title', {});
        title.textContent = `${b.start}: ${b.comments} comments, ${b.claims} claims`;
        const g = svg('g', { 'data-start': b.start });
        g.append(
          title,
          svg('rect', { class: 'bar comments', x, width: w, y: 100 - hc, height: hc }),
          svg('rect', { class: 'bar claims', x, width: w, y: 100 - hc - hk, height: hk }),
        );
        return [g];
      }),
      brush,
    );
    for (const input of [fromInput, toInput]) input.max = String(n - 1);
  };
  // Drag across the bars: the buckets under the pointer from press to release become the window.
  const indexAt = (x: number) => {
    const r = chart.getBoundingClientRect();
    const n = data?.buckets.length ?? 1;
    return Math.max(0, Math.min(n - 1, Math.floor(((x - r.left) / r.width) * n)));
  };
  let pressed: number | null = null;
  chart.addEventListener('pointerdown', (e) => {
    pressed = indexAt(e.clientX);
    chart.setPointerCapture(e.pointerId);
  });
  chart.addEventListener('pointermove', (e) => {
    if (pressed === null || !data) return;
    const n = data.buckets.length;
    const [a, b] = [Math.min(pressed, indexAt(e.clientX)), Math.max(pressed, indexAt(e.clientX))];
    brush.style.display = '';
    brush.setAttribute('x', String((a / n) * 1000));
    brush.setAttribute('width', String(((b - a + 1) / n) * 1000));
  });
  chart.addEventListener('pointerup', (e) => {
    if (pressed === null) return;
    choose(pressed, indexAt(e.clientX));
    pressed = null;
  });
  // By keyboard: each slider moves one end of the window.
  fromInput.addEventListener('change', () => {
    choose(Number(fromInput.value), Math.max(Number(fromInput.value), Number(toInput.value)));
  });
  toInput.addEventListener('change', () => {
    choose(Math.min(Number(fromInput.value), Number(toInput.value)), Number(toInput.value));
  });
  clear.addEventListener('click', () => {
    store.dispatch({ type: 'window', from: null, to: null });
  });
  store.subscribe((s, prev) => {
    if (s.from !== prev.from || s.to !== prev.to) draw(s);
  });
  investigation.timeline().then(
    (t) => {
      data = { ...t, buckets: denseBuckets(t) };
      if (!t.buckets.length) {
        summary.textContent = 'No dated comments or documents.';
        return;
      }
      bars(data);
      draw(store.get());
      host.dataset.buckets = String(data.buckets.length);
    },
    (e: unknown) => {
      summary.textContent = `Could not load the timeline: ${errorText(e)}`;
    },
  );
}
