// Document view: the text with every entity mention highlighted (a click opens that entity) and the
// reader-comment thread as a nested thread with authors and times. Text is inserted as text only.
import { api } from '../api/client.js';
import { el } from './dom.js';

export interface DocMention { entity: { id: string; name: string; type: string }; start: number; end: number }
export interface DocComment { id: string; author: string | null; postedAt: string | null; text: string; replies: DocComment[] }
export interface DocumentDetail { id: string; title: string; author: string | null; kind: string; text: string; mentions: DocMention[]; comments: DocComment[]; claims: { evidence: { start: number; end: number } }[] }

/** Text split into plain runs and highlighted mentions; nested or overlapping mentions keep the first. */
export function segments(text: string, mentions: DocMention[]): ({ text: string } | { text: string; mention: DocMention })[] {
  const out: ({ text: string } | { text: string; mention: DocMention })[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export async function showDocument(panel: HTMLElement, id: string, onSelect: (entity: string) => void): Promise<void> {
  panel.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  panel.hidden = false;
  try {
    const d = await api.document(id) as unknown as DocumentDetail;
    const body = el('div', { class: 'doc-text', id: 'doc-text' });
    for (const s of segments(d.text, d.mentions)) {
      if ('mention' in s) {
        const mark = el('mark', { class: `mention t-${s.mention.entity.type}`, 'data-entity': s.mention.entity.id, tabindex: '0', title: `${s.mention.entity.name} (${s.mention.entity.type})` }, s.text);
        mark.addEventListener('click', () => onSelect(s.mention.entity.id));
        mark.addEventListener('keydown', (e) => { if (e.key === 'Enter') onSelect(s.mention.entity.id); });
        body.append(mark);
      } else body.append(s.text);
    }
    panel.replaceChildren(...[
      el('h2', { id: 'panel-title' }, d.title),
      el('p', { class: 'muted' }, `${d.kind}${d.author ? ` · by ${d.author}` : ''} · ${d.mentions.length} mentions · ${d.claims.length} claims`),
      body,
      d.comments.length ? el('h3', {}, 'Comments') : null,
      thread(d.comments),
    ].filter((x): x is HTMLElement => x !== null));
    panel.dataset.document = id;
    delete panel.dataset.entity;
  } catch (e) {
    panel.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not load ${id}: ${(e as Error).message}`));
  }
}

function thread(comments: DocComment[]): HTMLElement {
  const ul = el('ul', { class: 'thread' });
  for (const c of comments) {
    ul.append(el('li', { class: 'comment' },
      el('p', { class: 'muted' }, `${c.author ?? 'anonymous'}${c.postedAt ? ` · ${c.postedAt.replace('T', ' ').slice(0, 16)}` : ''}`),
      el('p', { class: 'comment-text' }, c.text.split('\n').slice(1).join('\n').trim() || c.text),
      c.replies.length ? thread(c.replies) : null));
  }
  return ul;
}
