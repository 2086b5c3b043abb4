import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real documents in shared/seeds/, beside the repository (as in CI's checkout). Override
 * with SUJARIT_SEEDS=/path/to/seeds when the repository lives elsewhere. A fresh clone has no
 * seeds: the tests that read them are skipped, loudly, and every other test uses the fixtures
 * in test/fixtures/.
 */
export const SEEDS_DIR = process.env.SUJARIT_SEEDS ?? join(__dirname, '../../shared/seeds');

/** Every seed file a test reads; all of them, or the seed tests are skipped. */
const SEED_FILES = ['000_7a6659e46c76b2d7.txt', '001_5d9e9a4c8f2c7810.txt', '003_e4ac5d120ad28f13.txt', '004_f050b539a2a8bda1.txt'];

export const SEEDS_AVAILABLE = SEED_FILES.every((name) => existsSync(join(SEEDS_DIR, name)));

/** The seed's text; '' without seeds (the describe blocks that use it are then skipped). */
export function seedText(name: string): string {
  return SEEDS_AVAILABLE ? readFileSync(join(SEEDS_DIR, name), 'utf8') : '';
}

let warned = false;

/** `describe` for blocks that need the real documents: skipped, with a message, without them. */
export const describeWithSeeds: jest.Describe = SEEDS_AVAILABLE ? describe : skipWithMessage();

function skipWithMessage(): jest.Describe {
  if (!warned) {
    warned = true;
    // eslint-disable-next-line no-console
    console.warn(`SKIPPED: the seed documents are not at ${SEEDS_DIR} (set SUJARIT_SEEDS to run the tests that read them)`);
  }
  return describe.skip;
}
