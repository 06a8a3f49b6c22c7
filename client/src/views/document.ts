// Document view: the text with every entity mention highlighted (a click opens that entity) and the
// reader-comment thread as a nested thread with authors and times. Text is inserted as text only.
import { api, speakerName } from '../api/client.js';
import { el } from './dom.js';
import { takeTurn } from '../state/turns.js';

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
}

/**
 * The text cut at every mention and claim boundary: each piece knows the mention and the (first)
 * claim covering it, so mentions stay clickable inside highlighted claims. Overlapping mentions keep the first.
 */
export function segments(text: string, mentions: DocMention[], claims: DocClaim[] = []): Segment[] {
  const kept: DocMention[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end))
    if (m.start >= at) {
      kept.push(m);
      at = m.end;
    }
  const cuts = new Set([0, text.length]);
  for (const x of [...kept, ...claims.map((c) => c.evidence)]) {
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
    out.push({ text: text.slice(start, end), start, ...(mention ? { mention } : {}), ...(claim ? { claim } : {}) });
  }
  return out;
}

export async function showDocument(panel: HTMLElement, id: string, onSelect: (entity: string) => void): Promise<void> {
  const current = takeTurn(panel);
  panel.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  panel.hidden = false;
  try {
    const d = (await api.document(id)) as unknown as DocumentDetail;
    if (!current()) return;
    const body = el('div', { class: 'doc-text', id: 'doc-text' });
    const claimBox = el('div', { class: 'claim-box', id: 'claim-box', role: 'status' });
    const showClaim = (c: DocClaim) => {
      claimBox.replaceChildren(
        el(
          'div',
          { class: `claim ${c.stance}` },
          el('blockquote', { class: 'evidence' }, c.evidence.quote),
          el(
            'p',
            { class: 'muted' },
            `${c.stance} · said by ${speakerName(c.speaker)} · about ${c.about.map((a) => a.name).join(', ')}`,
          ),
        ),
      );
    };
    // Each comment's words are shown once, in the text; the thread below is an index of who replied to whom.
    const starts = flatten(d.comments).sort((a, b) => a.start - b.start);
    let nextComment = 0;
    for (const seg of segments(d.text, d.mentions, d.claims)) {
      while (nextComment < starts.length && starts[nextComment]!.start <= seg.start + seg.text.length - 1) {
        body.append(el('span', { class: 'comment-anchor', id: anchorId(starts[nextComment]!.id) }));
        nextComment++;
      }
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
          showClaim(c);
        });
        node = span;
      }
      body.append(node);
    }
    panel.replaceChildren(
      ...[
        el('h2', { id: 'panel-title' }, d.title),
        el(
          'p',
          { class: 'muted' },
          `${d.kind}${d.author ? ` · by ${d.author}` : ''} · ${d.mentions.length} mentions · ${d.claims.length} claims (underlined; click one for who says it)`,
        ),
        claimBox,
        body,
        d.comments.length ? el('h3', {}, 'Comments') : null,
        thread(d.comments, body),
      ].filter((x): x is HTMLElement => x !== null),
    );
    panel.dataset.document = id;
    delete panel.dataset.entity;
  } catch (e) {
    if (!current()) return;
    panel.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not load ${id}: ${(e as Error).message}`));
  }
}

const anchorId = (commentId: string) => `at-${commentId.replace(/[^\w-]/g, '_')}`;

function flatten(comments: DocComment[]): DocComment[] {
  return comments.flatMap((c) => [c, ...flatten(c.replies)]);
}

/** Who wrote which comment and whom they answered; a click scrolls the text to that comment. */
function thread(comments: DocComment[], body: HTMLElement): HTMLElement {
  const ul = el('ul', { class: 'thread' });
  for (const c of comments) {
    const go = el(
      'button',
      { type: 'button', class: 'link comment-link', 'data-comment': c.id },
      `${c.author ?? 'anonymous'}${c.postedAt ? ` · ${c.postedAt.replace('T', ' ').slice(0, 16)}` : ''}`,
    );
    go.addEventListener('click', () => {
      body.querySelector(`#${anchorId(c.id)}`)?.scrollIntoView({ block: 'start' });
    });
    ul.append(el('li', { class: 'comment' }, go, c.replies.length ? thread(c.replies, body) : null));
  }
  return ul;
}
