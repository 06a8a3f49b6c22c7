// Calendar-date query parameters (from/to windows), checked for real: 2024-02-30 is refused.
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a calendar date');

/** An optional from/to window whose ends, when both given, are in order. */
export const dateWindow = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((w) => !w.from || !w.to || w.from <= w.to, 'from must not be after to');
