import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, parseDocument, parseSourceText, readSource } from './index.js';
import { decodeBytes } from './decode.js';
import { htmlToText } from './html.js';
import { parseTimestamp } from './timestamp.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
const seed = (name: string) => parseDocument(readSource(path.join(SEEDS, name)));

describe('comment threads in the seeds', () => {
  const news = seed('001_b25a08d3d9a2df66.txt');
  const opinion = seed('003_a0e81e5ce5b8d304.txt');

  it('finds every comment', () => {
    expect(news.comments).toHaveLength(49);
    expect(opinion.comments).toHaveLength(74);
  });

  it('reads authors, times and replies as the files show them', () => {
    const byHeader = (d: typeof news, author: string, at: string) =>
      d.comments.find((c) => c.author === author && c.postedAt === at)!;
    const mark = byHeader(news, 'Mark', '2021-12-07T14:43:00');
    const jo = byHeader(news, 'Jo', '2021-12-07T18:12:00');
    expect(jo.parent).toBe(mark.id);
    expect(mark.parent).toBeNull();
    const kim = byHeader(news, 'Kim', '2021-12-07T14:53:00');
    const dk = byHeader(news, 'dk', '2021-12-07T18:58:00');
    expect(dk.parent).toBe(kim.id);
    // Kim answers dk one level deeper.
    expect(byHeader(news, 'Kim', '2021-12-07T19:32:00').parent).toBe(dk.id);
    const del = byHeader(opinion, 'Del Toro', '2016-08-10T10:33:00');
    expect(byHeader(opinion, 'S E C', '2016-08-10T16:45:00').parent).toBe(del.id);
  });

  it('keeps spans that slice back: author names, bodies and whole comments', () => {
    for (const d of [news, opinion]) {
      for (const c of d.comments) {
        expect(d.text.slice(c.authorSpan!.start, c.authorSpan!.end)).toBe(c.author);
        expect(
          d.text
            .slice(c.start, c.end)
            .startsWith(d.text.slice(c.authorSpan!.start - 5, c.authorSpan!.start).trimStart()),
        ).toBe(true);
        expect(c.bodySpan.start).toBeGreaterThanOrEqual(c.start);
        expect(c.bodySpan.end).toBeLessThanOrEqual(c.end);
      }
      expect(d.article.end).toBeLessThanOrEqual(d.comments[0]!.start);
    }
    expect(news.text.slice(news.comments[1]!.bodySpan.start, news.comments[1]!.bodySpan.end)).toBe('Well said!!!');
  });

  it('reads title, byline and publisher', () => {
    expect(opinion.record).toMatchObject({
      title: 'Dear ministers, this is why social workers quit child protection',
      author: 'Sophie Ayers',
      publisher: 'Community Care',
      kind: 'opinion',
    });
    expect(opinion.text.slice(opinion.authorSpan!.start, opinion.authorSpan!.end)).toBe('Sophie Ayers');
    expect(news.record.kind).toBe('news');
    expect(seed('002_576cbf178d336da8.txt').record.kind).toBe('thread');
  });

  it('separates reader comments that have no author lines from the article', () => {
    const blog = seed('004_07e5a30e9200ec0b.txt');
    expect(blog.comments.length).toBeGreaterThan(20);
    expect(blog.text.slice(blog.comments[0]!.start, blog.comments[0]!.end)).toMatch(/^Well done you!!/);
    expect(blog.text.slice(blog.article.start, blog.article.end)).toMatch(/principles of the Children Act\.$/);
    expect(blog.comments.every((c) => c.author === null && c.parent === null)).toBe(true);
  });

  it('finds no comments in documents without a thread', () => {
    expect(seed('000_4240e2de5c7821ef.txt').comments).toEqual([]);
    expect(seed('002_576cbf178d336da8.txt').comments).toEqual([]);
  });
});

describe('decoding', () => {
  const text = 'Ofsted’s report\nsaid so.\n';
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE', () => {
    const utf8 = Buffer.from(text, 'utf8');
    expect(decodeBytes(utf8)).toBe(text);
    expect(parseSourceText('a.txt', decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).text).toBe(
      text,
    );
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });
  it('refuses empty, binary and invalid UTF-8 input with a ParseError', () => {
    expect(() => decodeBytes(Buffer.alloc(0))).toThrow(ParseError);
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toThrow(/binary/);
    expect(() => decodeBytes(Buffer.from([0x41, 0xff, 0xfe, 0x41]))).toThrow(/UTF-8/);
    expect(() => parseSourceText('a.txt', ' \n\t ')).toThrow(/empty/);
  });
  it('normalises CRLF and CR line ends', () => {
    expect(parseSourceText('a.txt', 'A\r\nB\rC').text).toBe('A\nB\nC');
  });
  it('turns HTML into its visible text', () => {
    const t = htmlToText(
      '<html><head><title>x</title><script>bad()</script></head><body><p>A &amp; B</p><!-- no ' +
        '--><p>C&rsquo;s</p></body></html>',
    );
    expect(t).toBe('A & B\n\nC’s\n');
  });
});

describe('timestamps', () => {
  it.each([
    ['December 7, 2021 at 2:43 pm', '2021-12-07T14:43:00'],
    ['August 10, 2016 at 12:05 am', '2016-08-10T00:05:00'],
    ['10 August 2016 at 13:05', '2016-08-10T13:05:00'],
    ['07/12/2021 09:30', '2021-12-07T09:30:00'],
  ])('%s → %s', (s, iso) => {
    expect(parseTimestamp(s)).toBe(iso);
  });
  it.each(['Febtember 31, 2021 at 25:61 pm', 'February 30, 2021 at 1:00 pm', 'not a date'])('%s → null', (s) => {
    expect(parseTimestamp(s)).toBeNull();
  });
});

describe('comment headers', () => {
  it('handles a thread with malformed timestamps without losing comments', () => {
    const d = parseDocument({
      source: 'bad.txt',
      text: readFileSync(
        path.resolve(import.meta.dirname, '../../../test/fixtures/bad/malformed-timestamps.txt'),
        'utf8',
      ),
    });
    expect(d.comments.map((c) => [c.author, c.postedAt])).toEqual([
      ['Alex Doe', null],
      ['Sam Roe', null],
      ['Pat Smith', '2021-12-07T14:43:00'],
    ]);
    expect(d.comments[1]!.parent).toBe(d.comments[0]!.id);
  });
  it('reads "Name says:" headers', () => {
    const d = parseDocument({
      source: 's.txt',
      text:
        'Title\n\nBody text here.\n\nComments\n\nAnne Smith says:\nGood piece.\n\nBob Jones on 7 December ' +
        '2021 at 14:03 said:\nI disagree.\n',
    });
    expect(d.comments.map((c) => [c.author, c.postedAt])).toEqual([
      ['Anne Smith', null],
      ['Bob Jones', '2021-12-07T14:03:00'],
    ]);
  });
});

describe('HTML to text at scale', () => {
  const time = (html: string) => {
    const t0 = performance.now();
    htmlToText(html);
    return performance.now() - t0;
  };
  it('reads unclosed comment openers in time linear in their number', () => {
    // A quadratic stripper took seconds here; eight times the input must not take much more than eight times as long.
    const small = time('<body>' + '<!--'.repeat(5_000));
    const large = time('<body>' + '<!--'.repeat(40_000));
    expect(large).toBeLessThan(500);
    expect(large).toBeLessThan(Math.max(small, 5) * 30);
  });
  it('keeps the text of a body after an unclosed head, and drops hidden elements', () => {
    expect(htmlToText('<html><head><title>T</title><body><p>Seen</p><script>x<y</script><nav>menu</nav>')).toBe(
      'Seen\n',
    );
  });
});

describe('more comment header shapes', () => {
  it('reads a numbered name with its date on the next line as a comment header', () => {
    const text = [
      'Foster carers wait months for a decision',
      '',
      'The article body says something about the county council and its panel.',
      '',
      '2 thoughts on this',
      '',
      '  1. Maria',
      '    March 3, 2019 at 9:05 am',
      '',
      '    The panel kept us waiting for a year.',
      '',
      '  2. Tom Baker',
      '    March 4, 2019 at 10:15 pm',
      '',
      '    Ours was quick.',
      '',
    ].join('\n');
    const d = parseDocument({ source: 'n.txt', text });
    expect(d.comments.map((c) => [c.author, c.postedAt, c.parent])).toEqual([
      ['Maria', '2019-03-03T09:05:00', null],
      ['Tom Baker', '2019-03-04T22:15:00', null],
    ]);
    const [first] = d.comments;
    expect(text.slice(first!.bodySpan.start, first!.bodySpan.end)).toBe('The panel kept us waiting for a year.');
    expect(text.slice(first!.authorSpan!.start, first!.authorSpan!.end)).toBe('Maria');
  });

  it('does not take a numbered list in an article for comments', () => {
    const text = 'Three steps\n\n  1. Ask the council\n  2. Write to the MP\n\nThat is all.\n';
    expect(parseDocument({ source: 'l.txt', text }).comments).toEqual([]);
  });

  it('reads a forum post header, even a single one', () => {
    const text = [
      'Help with a child protection plan',
      '',
      'Post by Jo, Parent Adviser » Mon Feb 03, 2020 8:15 pm',
      '',
      'Dear member, you can ask the social worker for the assessment.',
      '',
    ].join('\n');
    const d = parseDocument({ source: 'f.txt', text });
    expect(d.comments.map((c) => [c.author, c.postedAt])).toEqual([['Jo, Parent Adviser', '2020-02-03T20:15:00']]);
  });
});

describe('title, byline and date from the opening lines', () => {
  const meta = (text: string) => parseDocument({ source: 'm.txt', text }).record;

  it('skips browser and cookie notices and a short section label before the headline', () => {
    const text = [
      'Your browser is out of date',
      '',
      'We use cookies to give you the best experience on our website.',
      '',
      'North East',
      '',
      'Council apologises after missed visits to children in care',
      '',
      'A council has apologised after an inspection found that visits to children in care were missed.',
    ].join('\n');
    expect(meta(text).title).toBe('Council apologises after missed visits to children in care');
  });

  it('reads a name and a date alone on a line as the byline and the date', () => {
    const text = 'Priya Shah 4 March 2021\n\nAdoption orders fall again\n\nFigures show a fall in orders this year.\n';
    expect(meta(text)).toMatchObject({ title: 'Adoption orders fall again', author: 'Priya Shah', date: '2021-03-04' });
  });

  it('takes no author from a dated line that names no one', () => {
    const text = 'Updated 4 March 2021\n\nAdoption orders fall again\n\nFigures show a fall in orders this year.\n';
    expect(meta(text)).toMatchObject({ author: null, date: '2021-03-04' });
  });

  it('never takes a byline for the title, even with no headline', () => {
    const about = 'The author of this post is a foster carer who asked not to be named.';
    const body = 'Last winter three children arrived at our door with one bag between them and no paperwork.';
    expect(meta(`${about}\n\n${body}\n`).title).toBe(`${body.slice(0, 77).trimEnd()}…`);
    expect(meta(`Author: a duty social worker in the Midlands\n\n${body}\n`).title).not.toMatch(/^Author/);
    expect(meta('By Dana Okafor\n\nThe panel met twice.\n').title).toBe('The panel met twice.');
    expect(meta(`${about}\n`).title).toBe('Untitled');
  });

  it('reads "The author of this post is" only when a name follows', () => {
    expect(meta('Title here please\n\nThe author of this post is Sam Lee.\n\nText.\n').author).toBe('Sam Lee');
    expect(meta('Title here please\n\nThe author of this post is a social worker.\n\nText.\n').author).toBeNull();
  });
});
