// Quality gate: the extractor keeps the measured targets on the hand-annotated seeds.
import { describe, expect, it } from 'vitest';
import { evaluateSeeds } from './run.js';

describe('extraction quality on the seeds', () => {
  const { result } = evaluateSeeds();
  it('typed entities F1 ≥ 0.85', () => {
    expect(result.typed.score.f1).toBeGreaterThanOrEqual(0.85);
  });
  it('commentators and reply edges F1 ≥ 0.98', () => {
    expect(result.commentators.score.f1).toBeGreaterThanOrEqual(0.98);
    expect(result.comments.replies.f1).toBeGreaterThanOrEqual(0.98);
  });
  it('relations precision ≥ 0.7 at recall ≥ 0.5', () => {
    expect(result.relations.score.precision).toBeGreaterThanOrEqual(0.7);
    expect(result.relations.score.recall).toBeGreaterThanOrEqual(0.5);
  });
  it('claims recall ≥ 0.6 with speaker accuracy ≥ 0.9', () => {
    expect(result.claims.recall).toBeGreaterThanOrEqual(0.6);
    expect(result.claims.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
