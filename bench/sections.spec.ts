import { describe, expect, it } from 'vitest';
import { mergeSections } from './sections.js';

describe('mergeSections', () => {
  const file = '# Benchmarks\n\nIntro.\n\n## Load\n\nold load\n\n## Render\n\nold render\n';

  it('replaces the section measured and keeps the others and the preamble', () => {
    const out = mergeSections(file, ['## Render\n\nnew render\n']);
    expect(out).toBe('# Benchmarks\n\nIntro.\n\n## Load\n\nold load\n\n## Render\n\nnew render\n');
  });

  it('appends a section the file does not have yet', () => {
    const out = mergeSections(file, ['## Cache\n\nfigures\n']);
    expect(out.endsWith('## Render\n\nold render\n\n## Cache\n\nfigures\n')).toBe(true);
    expect(out).toContain('## Load\n\nold load');
  });

  it('starts a file from nothing', () => {
    expect(mergeSections('# Benchmarks\n\n', ['## A\n\nx\n'])).toBe('# Benchmarks\n\n## A\n\nx\n');
  });
});
