// Durations as documents and policies speak of them: natural days, working days (工作日) or months.
import { z } from 'zod';

export const DurationUnitSchema = z.enum(['days', 'workingDays', 'months']);
export type DurationUnit = z.infer<typeof DurationUnitSchema>;

export const DurationSchema = z.object({
  amount: z.number().int().nonnegative(),
  unit: DurationUnitSchema,
});
export type Duration = z.infer<typeof DurationSchema>;

export const days = (amount: number): Duration => ({ amount, unit: 'days' });
export const months = (amount: number): Duration => ({ amount, unit: 'months' });
