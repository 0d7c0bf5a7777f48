/** `ai-security init [folder]`: a starter manifest, never written over an existing one. */
import * as path from 'node:path';
import { starterManifest } from '../../core/index';
import { LIFECYCLES, ROLES, type Lifecycle, type Role } from '../../core/schema';
import { entryAt, kindAt } from '../../host/files';
import { terminalText } from '../formatters/escape';
import { UsageError, type Io } from '../io';
import type { Values } from '../options';
import { todayOption, writeOut } from '../workspace';

export function init(values: Values, positionals: string[], io: Io): number {
  if (positionals.length > 1) throw new UsageError('init takes at most one folder');
  const roles = String(values.roles)
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || bad.length) throw new UsageError(`--roles must be a comma-separated list of ${ROLES.join(', ')}${bad.length ? `, not "${bad.join(', ')}"` : ''}`);
  const lifecycle = String(values.lifecycle);
  if (!(LIFECYCLES as readonly string[]).includes(lifecycle)) throw new UsageError(`--lifecycle must be one of ${LIFECYCLES.join(', ')}, not "${lifecycle}"`);
  const today = todayOption(values.today);
  const folder = path.resolve(io.cwd, positionals[0] ?? '.');
  if (kindAt(folder) !== 'directory') throw new UsageError(`${positionals[0] ?? '.'} is not a folder`);
  for (const name of ['ai-security.yaml', 'ai-security.yml']) {
    if (entryAt(path.join(folder, name)) !== 'missing') throw new UsageError(`${path.join(positionals[0] ?? '.', name)} already exists; init never overwrites a manifest`);
  }
  const target = path.join(folder, 'ai-security.yaml');
  const text = starterManifest({ name: String(values.name ?? path.basename(folder)), owner: String(values.owner ?? ''), roles: roles as Role[], lifecycle: lifecycle as Lifecycle, today });
  // Exclusive: fail rather than overwrite, should a manifest appear between the check and the write.
  writeOut(path.relative(io.cwd, target) || target, target, text, [io.cwd], true);
  io.stdout(`Wrote ${terminalText(path.relative(io.cwd, target) || target)}: ${text.split('\n').filter((l) => l.includes('status: planned')).length} requirements as planned. Fill in each owner and due date, and state the system's facts.\n`);
  return 0;
}
