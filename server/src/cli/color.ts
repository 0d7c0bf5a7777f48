/**
 * Whether the text output is coloured, decided as chalk's supports-color decides it, so that the
 * variables a CI system or a user sets for every Node tool work here too:
 *
 * 1. FORCE_COLOR, when set, wins over everything, the command line's --no-color included
 *    (supports-color: "Trumps --no-color"): empty, `true` or 1, 2, 3 turn colour on (this output
 *    uses the 16 basic colours, so every level is the same), 0 or `false` turn it off. Another
 *    value (not a number) is ignored, as if unset.
 * 2. --color / --no-color.
 * 3. NO_COLOR set to anything but the empty string turns it off (no-color.org).
 * 4. TERM=dumb turns it off.
 * 5. Otherwise colour when writing to a terminal.
 */
export function useColor(flags: { color?: unknown; noColor?: unknown }, env: Record<string, string | undefined>, isTty: boolean): boolean {
  const forced = forceColorLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced > 0;
  if (flags.noColor === true) return false;
  if (flags.color === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTty;
}

/** FORCE_COLOR's level, 0 to 3, as supports-color reads it; undefined when unset or not a level. */
export function forceColorLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? undefined : Math.max(0, Math.min(n, 3));
}
