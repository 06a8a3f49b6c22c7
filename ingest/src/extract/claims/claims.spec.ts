// Claims' stance in context: what a statement's own words leave open, the text around it may settle.
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const claimsOf = (text: string) => {
  const parsed = parseSourceText('t.txt', text);
  return resolveDocument(parsed, extract(parsed)).claims;
};
const thread = (body: string) =>
  'Story\n\nBody text.\n\n1 Response to Story\n\n  1. Mark December 7, 2021 at 2:43 pm #\n\n    ' + body + '\n';

describe('stance of a comment’s statements', () => {
  it('makes a plain statement in a critical comment part of its criticism', () => {
    const claims = claimsOf(
      thread('Ofsted inspected the home twice in one year. The inspections were shambolic and the reports useless.'),
    );
    expect(claims.find((c) => c.text.startsWith('Ofsted inspected'))?.stance).toBe('critical');
  });

  it('leaves it neutral in a comment whose tone is only warm', () => {
    const claims = claimsOf(
      thread('Ofsted inspected the home twice in one year. Thanks for a wonderful, helpful article.'),
    );
    expect(claims.find((c) => c.text.startsWith('Ofsted inspected'))?.stance).toBe('neutral');
  });
});

describe('stance of the writer’s statements in opinion writing', () => {
  const facts = 'Ofsted inspected the home twice in one year.';
  const verdict = 'The inspections were shambolic, the reports useless and the whole process a disgrace.';

  it('makes a plain statement in a critical blog post part of its criticism', () => {
    const blog = `A post\n\nI have followed this for years. ${facts} ${verdict}\n`;
    expect(claimsOf(blog).find((c) => c.text.startsWith('Ofsted inspected'))?.stance).toBe('critical');
  });

  it('leaves a statement of figures in a critical post as it is', () => {
    const blog = `A post\n\nI have followed this for years. Ofsted inspected 42 homes in 2021. ${verdict}\n`;
    expect(claimsOf(blog).find((c) => c.text.startsWith('Ofsted inspected'))?.stance).toBe('neutral');
  });

  it('leaves a news report’s plain statement neutral', () => {
    const news =
      `News\n\n${facts} ${verdict} The council said it would appeal. A spokesman told reporters the ` +
      'home was safe. The minister said the rules would change.\n';
    expect(claimsOf(news).find((c) => c.text.startsWith('Ofsted inspected'))?.stance).toBe('neutral');
  });
});
