/**
 * Generated manifests and model cards for the benchmark: three sizes, each also in a variant
 * heavy with anchors, aliases and merge keys. A fixed seed makes every run see the same text.
 */
import { catalogue } from '../server/src/core/index';

/** mulberry32: a small, well-known seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['model', 'dataset', 'prompt', 'configuration', 'pipeline', 'api', 'software', 'infrastructure'];
const STATUSES = ['implemented', 'implemented', 'implemented', 'planned', 'not-applicable', 'partial'];

export type Size = 'S' | 'M' | 'L';
export const ASSETS: Record<Size, number> = { S: 20, M: 200, L: 2000 };

export function manifest(size: Size, anchors: boolean, seed = 42): string {
  const r = rng(seed + (anchors ? 1000 : 0) + size.charCodeAt(0));
  const n = ASSETS[size];
  const hex = () => Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
  const lines = [
    `# Generated benchmark manifest: ${size}${anchors ? ', anchors and merge keys' : ''}.`,
    'version: 1',
    'system:',
    `  name: Benchmark system ${size}`,
    '  owner: platform@example.org',
    '  roles: [developer, system-operator, data-custodian]',
    '  lifecycle: maintenance',
    '  exposesApi: true',
    '  usesCloud: true',
    '  humanOversightIsRiskControl: true',
    '  transferringOwnership: false',
    '  integrations:',
    '    - { name: crm, permissions: [read], riskAssessment: https://example.org/ra/crm }',
    'assets:',
  ];
  for (let i = 0; i < n; i++) {
    const deps = [0, 1, 2].map(() => `asset-${Math.floor(r() * n)}`);
    if (anchors && i === 0) {
      lines.push(`  - &a0`, `    id: asset-0`, `    type: model`, `    version: "1.0.0"`, `    sha256: ${hex()}`, `    owner: team-0@example.org`, `    shared: false`, `    confidential: true`);
      lines.push(`    dependsOn: &deps0`, ...deps.map((d) => `      - ${d}`), `    notes: >`, `      Asset 0 of the benchmark inventory, with a note`, `      long enough to wrap over two lines.`);
      continue;
    }
    if (anchors) {
      lines.push(`  - <<: *a0`, `    id: asset-${i}`, `    type: ${TYPES[i % TYPES.length]}`, `    version: "${1 + (i % 7)}.${i % 10}.0"`, `    sha256: ${hex()}`, `    owner: team-${i % 17}@example.org`);
      lines.push(`    dependsOn: *deps0`, `    notes: >`, `      Asset ${i} of the benchmark inventory, with a note`, `      long enough to wrap over two lines.`, `    shared: false`, `    confidential: ${i % 3 === 0}`, `    public: false`);
      continue;
    }
    lines.push(`  - id: asset-${i}`, `    type: ${TYPES[i % TYPES.length]}`, `    version: "${1 + (i % 7)}.${i % 10}.0"`, `    sha256: ${hex()}`, `    owner: team-${i % 17}@example.org`, `    shared: false`, `    confidential: ${i % 3 === 0}`);
    lines.push(`    dependsOn:`, ...deps.map((d) => `      - ${d}`), `    notes: >`, `      Asset ${i} of the benchmark inventory, with a note`, `      long enough to wrap over two lines.`);
  }
  lines.push('provisions:');
  if (anchors) lines.push('  "1.1": &done { status: implemented, evidence: [https://example.org/evidence/1.1], reviewed: 2026-09-01 }');
  for (const p of catalogue().provisions) {
    if (anchors && p.id === '1.1') continue;
    const status = STATUSES[Math.floor(r() * STATUSES.length)]!;
    if (anchors && status === 'implemented' && !['1.2.1', '3.1', '6.5', '12.1', '6.4'].includes(p.id)) {
      lines.push(`  "${p.id}": *done`);
      continue;
    }
    const extra: Record<string, string> = {
      '1.2.1': ', channels: [bulletin, intranet]',
      '3.1': ', reviewed: 2026-09-01, attacks: [data-poisoning, model-inversion, membership-inference]',
      '6.5': ', incidentPlan: https://example.org/ir, recoveryPlan: https://example.org/rp, tested: 2026-05-01',
      '12.1': ', logs: [system, user]',
      '1.1': ', reviewed: 2026-09-01',
    };
    if (status === 'implemented') lines.push(`  "${p.id}": { status: implemented, evidence: [https://example.org/evidence/${p.id}]${extra[p.id] ?? ''} }`);
    else if (status === 'planned') lines.push(`  "${p.id}": { status: planned, owner: platform@example.org, due: 2027-03-01 }`);
    else if (status === 'partial') lines.push(`  "${p.id}": { status: partial, notes: Half done., due: 2027-03-01 }`);
    else lines.push(`  "${p.id}": { status: not-applicable, justification: The system has no such component to assess. }`);
  }
  return lines.join('\n') + '\n';
}

export function modelCard(i: number): string {
  return [
    '---',
    'license: apache-2.0',
    'datasets: [example/public-help]',
    'pipeline_tag: text-generation',
    '---',
    '',
    `# Model ${i}`,
    '',
    '## Intended use and limitations',
    '',
    'Answering questions about the help centre; not for advice on contracts.',
    '',
    '## Out-of-scope use',
    '',
    'Decisions about people.',
    '',
    '## Training data',
    '',
    '| source | URL | obtained |',
    '| --- | --- | --- |',
    '| help centre | https://example.org/help | 2026-03-02 |',
    '',
    '## Evaluation',
    '',
    'Accuracy 0.91 on the held-out set (2026-03-20).',
    '',
    '## Hashes',
    '',
    `| model.safetensors | ${'ab'.repeat(32)} |`,
    '',
  ].join('\n');
}

/**
 * Cards written to make a line-by-line checker slow, each about 1 MB: what a cloned repository
 * could hold. Each shape once cost the checks seconds (a caption's table scanned from every
 * caption; a sentence pattern retried at every word of a long line) and is kept to show it stays
 * near the Markdown parse.
 */
export function hostileCards(): Record<string, string> {
  const head = '# Router\n\nA classifier that sorts insurance claims into queues.\n\n';
  return {
    // A caption before every line of a table that never closes.
    'captions over an unclosed table': head + '<table>\n' + 'Results\n<tr><td>router</td><td>0.9</td></tr>\n'.repeat(25_000),
    // One line of 1 MB made of the words the sentence patterns start on.
    'one long line of key words': head + 'The model was trained on the data and may not be used for research only, '.repeat(14_000) + '\n',
    // Headings, each a synonym of a checked section, each with a line under it.
    'thousands of headings': head + Array.from({ length: 20_000 }, (_, i) => `## ${['Limitations', 'Training data', 'Evaluation', 'Out-of-scope use', 'Uses'][i % 5]} ${i}\n\nText ${i}.\n`).join('\n'),
    // A results table of 40,000 rows under a header that names a metric.
    'a table of 40,000 rows': head + '| Model | Accuracy |\n| --- | --- |\n' + Array.from({ length: 40_000 }, (_, i) => `| router-${i} | n/a |\n`).join(''),
    // Tables of results still to fill, one after another: each is set aside and the next read.
    'tables of results still to fill': head + '| Metric | Accuracy |\n| --- | --- |\n| router | XX.XX % |\n\n'.repeat(20_000),
    // Rows of figures each over a delimiter row, so that every row reads as a table's header whose
    // caption is looked for under the rows that follow it (6.5 s before 5e89d70, 2.8 s after).
    'figure rows over delimiter rows': head + '| r1 | 0.9 | 0.8 |\n| --- | --- | --- |\n'.repeat(20_000) + '\nThe queues each router sends claims to.\n',
    // Bold labels nested in lists twenty deep, over and over.
    'deep lists of labels': head + Array.from({ length: 2_000 }, () => Array.from({ length: 20 }, (_, d) => `${'  '.repeat(d)}- **Intended use:** sorting`).join('\n')).join('\n\n') + '\n',
  };
}
