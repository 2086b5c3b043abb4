import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real documents in shared/seeds/, beside the repository (as in CI's checkout). Override
 * with SUJARIT_SEEDS=/path/to/seeds when the repository lives elsewhere.
 */
export const SEEDS_DIR = process.env.SUJARIT_SEEDS ?? join(__dirname, '../../shared/seeds');

export function seedText(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
