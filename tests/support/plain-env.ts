/**
 * Runs `f` with `process.env` replaced by a plain copy of it, then puts the real one back.
 *
 * The `yaml` package reads `process.env.LOG_TOKENS` for every token it lexes; Node's
 * `process.env` is an accessor of the real environment (about 1 µs a read), which made that
 * lookup alone about a third of a parse in the property tests. `f` must be synchronous (nothing
 * else runs before the environment is back) and must not change the environment.
 */
export function withPlainEnv<T>(f: () => T): T {
  const env = process.env;
  process.env = PLAIN_ENV;
  try {
    return f();
  } finally {
    process.env = env;
  }
}

/** The environment as a plain object, taken once (copying it per call costs as much as the lookups it saves). */
const PLAIN_ENV: NodeJS.ProcessEnv = { ...process.env };
