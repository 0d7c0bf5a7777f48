/**
 * What the bundles have in place of linkify-it (esbuild.mjs aliases it here, see aliases.json).
 * markdown-it makes a LinkifyIt when it is constructed, and uses it only with its `linkify`
 * option, which the model-card scanner (../markdown.ts) leaves off. Should that change, a call
 * here says so rather than find no links.
 */
export class LinkifyIt {
  test(): boolean {
    throw left('linkify-it');
  }

  pretest(): boolean {
    throw left('linkify-it');
  }

  match(): null {
    throw left('linkify-it');
  }

  matchAtStart(): null {
    throw left('linkify-it');
  }
}

export function left(name: string): Error {
  return new Error(`${name} is left out of the bundle: the Markdown scanner was not to reach it (see server/src/core/parse/markdown-stubs)`);
}
