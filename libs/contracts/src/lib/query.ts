import { z } from 'zod';

/** A query parameter that lists values as `a,b,c` (or repeats the parameter). */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value;
    return Array.isArray(parts)
      ? parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '')
      : parts;
  }, z.array(item));
}

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
