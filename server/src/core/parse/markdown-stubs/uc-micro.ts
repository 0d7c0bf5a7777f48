/**
 * What the bundles have in place of uc.micro (esbuild.mjs aliases it here, see aliases.json):
 * its Unicode classes serve linkify-it and the inline rules that tell punctuation apart
 * (emphasis, smart quotes), none of which the model-card scanner (../markdown.ts) runs. Should
 * that change, a call here says so rather than answer wrongly.
 */
import { left } from './linkify-it';

const unreachable = { test: (): boolean => { throw left('uc.micro'); } };

/** Punctuation and symbols: markdown-it's utils read only these two. */
export const P = unreachable;
export const S = unreachable;
