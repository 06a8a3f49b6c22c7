/**
 * A name as a hashtag or handle spells it: lower case, "&" as "and", apostrophes and every other
 * character but letters and digits dropped ("Children's Commissioner" → "childrenscommissioner").
 */
export const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
