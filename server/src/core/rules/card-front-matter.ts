/**
 * A model card's front matter: its YAML syntax, and the shape of the Hugging Face metadata keys
 * the Hub and other tools read (the table in cards/front-matter.ts says which, and what shape).
 */
import { FRONT_MATTER_KEYS, type FrontMatterShape } from '../cards/front-matter';
import { entry, get, str, type Offsets, type YNode } from '../parse/yaml';
import type { CardFindingData } from '../types';
import type { CardRule } from './rule';

const isText = (n: YNode) => n.kind === 'scalar' && typeof n.value === 'string' && n.value.trim() !== '';
const isTextList = (n: YNode) => n.kind === 'seq' && n.items.length > 0 && n.items.every(isText);
const SHAPES: Record<Exclude<FrontMatterShape, 'model-index'>, (n: YNode) => boolean> = {
  text: isText,
  list: isTextList,
  'text-or-list': (n) => isText(n) || isTextList(n),
};

export const cardFrontMatterRule: CardRule = {
  id: 'card-front-matter',
  codes: [
    { code: 'front-matter-syntax', severity: 'error', summary: 'A model card\u2019s front matter that does not parse (ranges are lines of the Markdown file).' },
    { code: 'hf-metadata', severity: 'warning', summary: 'A Hugging Face metadata key with the wrong shape (license, datasets, model-index, …).' },
  ],
  check(ctx) {
    const fm = ctx.card.frontMatter;
    if (!fm) return;
    if (!fm.closed) {
      ctx.report({
        code: 'front-matter-syntax',
        severity: 'error',
        message: 'The front matter that starts on line 1 is never closed. End it with a line of three dashes (---).',
        at: [0, 3],
        data: { kind: 'front-matter-unclosed' },
      });
      return;
    }
    // After the first syntax error the parser's further errors mostly follow from it (an unclosed
    // quote makes every later line look wrong): one finding, at the first, says how many follow.
    const errors = fm.problems.filter((p) => p.code === 'yaml-syntax' && p.severity === 'error');
    for (const p of fm.problems) {
      if (p !== errors[0] && errors.includes(p)) continue;
      let message = p.message.replace(/^YAML syntax error: /, 'Front matter: ').replace(/^The key/, 'Front matter: the key');
      if (p === errors[0] && errors.length > 1) message += ` (${errors.length - 1} more syntax error${errors.length > 2 ? 's' : ''} follow${errors.length > 2 ? '' : 's'} in the front matter, most likely from this one.)`;
      ctx.report({ code: 'front-matter-syntax', severity: p.severity, message, at: p.range, data: { kind: p.code } as CardFindingData });
    }
    const root = fm.root;
    if (!root || root.kind !== 'map') return;
    let modelIndex = false;
    for (const [key, info] of Object.entries(FRONT_MATTER_KEYS)) {
      if (!info.shape) continue;
      if (info.shape.is === 'model-index') {
        modelIndex = true;
        continue;
      }
      const e = entry(root, key);
      if (e && !SHAPES[info.shape.is](e.value)) {
        ctx.report({
          code: 'hf-metadata',
          severity: 'warning',
          message: `Hugging Face metadata: "${key}" should be ${info.shape.expected}. The Hub and tools that read model cards expect that shape.`,
          at: e.value.range[1] > e.value.range[0] ? e.value.range : e.keyRange,
          data: { kind: 'hf-metadata', path: [key] },
        });
      }
    }
    const mi = modelIndex ? entry(root, 'model-index') : undefined;
    if (mi) {
      const problem = modelIndexProblem(mi.value);
      if (problem) {
        const at: Offsets = problem.node && problem.node.range[1] > problem.node.range[0] ? problem.node.range : mi.keyRange;
        ctx.report({
          code: 'hf-metadata',
          severity: 'warning',
          message: `Hugging Face metadata: model-index ${problem.message}. The Hub's format is ${FRONT_MATTER_KEYS['model-index']!.shape!.expected}.`,
          at,
          data: { kind: 'hf-metadata', path: ['model-index'] },
        });
      }
    }
  },
};

/** What is wrong with a model-index, and the node at fault. */
function modelIndexProblem(n: YNode): { message: string; node?: YNode } | undefined {
  if (n.kind !== 'seq' || n.items.length === 0) return { message: 'should be a list of models', node: n };
  for (const m of n.items) {
    if (m.kind !== 'map' || !str(get(m, 'name'))) return { message: 'entries need a name', node: m };
    const results = get(m, 'results');
    if (!results || results.kind !== 'seq') {
      const e = entry(m, 'results');
      return { message: 'entries need a list of results', node: e ? { kind: 'scalar', range: e.keyRange, value: null, source: '', quoted: false, block: false } : m };
    }
    for (const r of results.items) {
      if (!str(get(get(r, 'task'), 'type'))) return { message: 'results need task.type', node: r };
      const ds = get(r, 'dataset');
      if (!str(get(ds, 'name')) || !str(get(ds, 'type'))) return { message: 'results need dataset.name and dataset.type', node: ds ?? r };
      const metrics = get(r, 'metrics');
      if (!metrics || metrics.kind !== 'seq' || metrics.items.some((x) => !str(get(x, 'type')) || get(x, 'value') === undefined)) return { message: 'results need a list of metrics with type and value', node: metrics ?? r };
    }
  }
  return undefined;
}
