// Document view: the text with every entity mention highlighted (a click opens that entity) and the
// reader-comment thread as a nested thread with authors and times. Text is inserted as text only.
import { api } from '../api/client.js';
import { el } from './dom.js';
import { claimCard } from './claim-card.js';
import { loadInPanel } from './panel-load.js';

export interface DocMention {
  entity: { id: string; name: string; type: string };
  start: number;
  end: number;
}
export interface DocComment {
  id: string;
  author: string | null;
  postedAt: string | null;
  start: number;
  text: string;
  replies: DocComment[];
}
export interface DocClaim {
  id: string;
  stance: string;
  speaker: { id: string; name: string; displayName?: string };
  about: { name: string }[];
  evidence: { start: number; end: number; quote: string };
}
export interface DocumentDetail {
  id: string;
  title: string;
  author: string | null;
  kind: string;
  text: string;
  mentions: DocMention[];
  comments: DocComment[];
  claims: DocClaim[];
}

export interface Segment {
  text: string;
  start: number;
  mention?: DocMention;
  claim?: DocClaim;
  /** Inside the quote asked for (a claim or edge opened at its words). */
  focus?: boolean;
}

/**
 * The text cut at every mention and claim boundary: each piece knows the mention and the (first)
 * claim covering it, so mentions stay clickable inside highlighted claims. Overlapping mentions keep the first.
 */
export function segments(
  text: string,
  mentions: DocMention[],
  claims: DocClaim[] = [],
  focus: { start: number; end: number } | null = null,
): Segment[] {
  const kept: DocMention[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end))
    if (m.start >= at) {
      kept.push(m);
      at = m.end;
    }
  const cuts = new Set([0, text.length]);
  for (const x of [...kept, ...claims.map((c) => c.evidence), ...(focus ? [focus] : [])]) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const mention = kept.find((m) => m.start <= start && end <= m.end);
    const claim = claims.find((c) => c.evidence.start <= start && end <= c.evidence.end);
    const inFocus = focus !== null && focus.start <= start && end <= focus.end;
    out.push({
      text: text.slice(start, end),
      start,
      ...(mention ? { mention } : {}),
      ...(claim ? { claim } : {}),
      ...(inFocus ? { focus: true } : {}),
    });
  }
  return out;
}

export async function showDocument(
  panel: HTMLElement,
  id: string,
  onSelect: (entity: string) => void,
  at: { start: number; end: number } | null = null,
): Promise<void> {
  await loadInPanel(
    panel,
    id,
    async (signal) => (await api.document(id, signal)) as unknown as DocumentDetail,
    (d) => {
      drawDocument(panel, id, d, onSelect, at);
    },
  );
}

/** The reader: the title, the text with its mentions and claims, and the comment thread. */
function drawDocument(
  panel: HTMLElement,
  id: string,
  d: DocumentDetail,
  onSelect: (entity: string) => void,
  at: { start: number; end: number } | null,
): void {
  const body = el('div', { class: 'doc-text', id: 'doc-text' });
  // The "who says it" box opens in the flow right after the claim clicked, so it never covers the text.
  const claimBox = el('div', { class: 'claim-box', id: 'claim-box', role: 'status' });
  const showClaim = (c: DocClaim, at: HTMLElement) => {
    claimBox.replaceChildren(claimCard(c));
    const parts = body.querySelectorAll(`[data-claim="${CSS.escape(c.id)}"]`);
    (parts[parts.length - 1] ?? at).after(claimBox);
  };
  const reader = incremental(body, d, onSelect, showClaim, at);
  panel.replaceChildren(
    ...[
      el('h2', { id: 'panel-title' }, d.title),
      el(
        'p',
        { class: 'muted' },
        `${d.kind}${d.author ? ` · by ${d.author}` : ''} · ${d.mentions.length} mentions · ` +
          `${d.claims.length} claims (underlined; click one for who says it)`,
      ),
      focusButton(id),
      body,
      d.comments.length ? el('h3', {}, 'Comments') : null,
      thread(d.comments, body, reader.reveal),
    ].filter((x): x is HTMLElement => x !== null),
  );
  reader.start(panel.closest('#side'));
  // Opened at a quote: draw on to its words, then bring them into view.
  if (at) reader.reveal('.quote-focus')?.scrollIntoView({ block: 'center' });
  panel.dataset.document = id;
  delete panel.dataset.entity;
}

/** Focuses the canvas on what this document mentions (the explorer listens for the event). */
function focusButton(id: string): HTMLElement {
  const b = el('button', { type: 'button', id: 'focus-document' }, 'Focus the canvas on this document');
  b.addEventListener('click', () =>
    b.dispatchEvent(new CustomEvent('focus-canvas', { detail: { focusDoc: id }, bubbles: true })),
  );
  return el('p', {}, b);
}

/** Characters of text put on the page at a time: a long document is drawn as the reader scrolls towards its end. */
export const CHUNK = 12_000;

/**
 * The document text, drawn a chunk at a time: the first at once, the next when a sentinel at the end comes
 * near the visible part of the scroller. `reveal` draws on until an element exists (a comment's anchor).
 */
function incremental(
  body: HTMLElement,
  d: DocumentDetail,
  onSelect: (entity: string) => void,
  onClaim: (c: DocClaim, at: HTMLElement) => void,
  focus: { start: number; end: number } | null,
) {
  const segs = segments(d.text, d.mentions, d.claims, focus);
  // Each comment's words are shown once, in the text; the thread below is an index of who replied to whom.
  const starts = flatten(d.comments).sort((a, b) => a.start - b.start);
  let nextSeg = 0;
  let nextComment = 0;
  const sentinel = el('span', { class: 'more-text', 'aria-hidden': 'true' });
  let observer: IntersectionObserver | null = null;
  const chunk = () => {
    sentinel.remove();
    let chars = 0;
    while (nextSeg < segs.length && chars < CHUNK) {
      const seg = segs[nextSeg++]!;
      while (nextComment < starts.length && starts[nextComment]!.start <= seg.start + seg.text.length - 1)
        body.append(el('span', { class: 'comment-anchor', id: anchorId(starts[nextComment++]!.id) }));
      body.append(segmentNode(seg, onSelect, onClaim));
      chars += seg.text.length;
    }
    if (nextSeg < segs.length) {
      body.append(sentinel);
      // Observing afresh reports the sentinel's position now, even if it never left the margin.
      observer?.unobserve(sentinel);
      observer?.observe(sentinel);
    } else {
      while (nextComment < starts.length)
        body.append(el('span', { class: 'comment-anchor', id: anchorId(starts[nextComment++]!.id) }));
      observer?.disconnect();
    }
  };
  chunk();
  return {
    start: (scroller: Element | null) => {
      if (nextSeg >= segs.length) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) chunk();
        },
        { root: scroller, rootMargin: '1500px 0px' },
      );
      observer.observe(sentinel);
    },
    reveal: (selector: string): HTMLElement | null => {
      let found = body.querySelector<HTMLElement>(selector);
      while (!found && nextSeg < segs.length) {
        chunk();
        found = body.querySelector<HTMLElement>(selector);
      }
      return found;
    },
  };
}

function segmentNode(
  seg: Segment,
  onSelect: (entity: string) => void,
  onClaim: (c: DocClaim, at: HTMLElement) => void,
): Node {
  let node: Node = document.createTextNode(seg.text);
  if (seg.mention) {
    const m = seg.mention;
    const mark = el(
      'mark',
      {
        class: `mention t-${m.entity.type}`,
        'data-entity': m.entity.id,
        tabindex: '0',
        title: `${m.entity.name} (${m.entity.type})`,
      },
      seg.text,
    );
    mark.addEventListener('click', (e) => {
      e.stopPropagation();
      onSelect(m.entity.id);
    });
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') onSelect(m.entity.id);
    });
    node = mark;
  }
  if (seg.claim) {
    const c = seg.claim;
    const span = el('span', { class: `claim-text ${c.stance}`, 'data-claim': c.id, tabindex: '-1' });
    span.append(node);
    span.addEventListener('click', () => {
      onClaim(c, span);
    });
    node = span;
  }
  if (seg.focus) node = el('mark', { class: 'quote-focus' }, node);
  return node;
}

const anchorId = (commentId: string) => `at-${commentId.replace(/[^\w-]/g, '_')}`;

function flatten(comments: DocComment[]): DocComment[] {
  return comments.flatMap((c) => [c, ...flatten(c.replies)]);
}

/** Who wrote which comment and whom they answered; a click scrolls the text to that comment. */
function thread(
  comments: DocComment[],
  body: HTMLElement,
  reveal: (selector: string) => HTMLElement | null,
): HTMLElement {
  const ul = el('ul', { class: 'thread' });
  for (const c of comments) {
    const go = el(
      'button',
      { type: 'button', class: 'link comment-link', 'data-comment': c.id },
      `${c.author ?? 'anonymous'}${c.postedAt ? ` · ${c.postedAt.replace('T', ' ').slice(0, 16)}` : ''}`,
    );
    go.addEventListener('click', () => {
      reveal(`#${anchorId(c.id)}`)?.scrollIntoView({ block: 'start' });
    });
    ul.append(el('li', { class: 'comment' }, go, c.replies.length ? thread(c.replies, body, reveal) : null));
  }
  return ul;
}
