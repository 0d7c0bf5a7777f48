// UI checks in code-server with Playwright: what a person sees. Each check leaves the editor in
// a state worth a screenshot (the runner takes it). Waits poll with deadlines; nothing sleeps.
import { readFileSync } from 'node:fs';

const WALKTHROUGH = 'Check an AI system against the Code of Practice';
const QUOTE_6_4 = 'Developers and System Operators shall implement and publish a clear and accessible vulnerability disclosure policy.';

async function openManifest(page) {
  // Close whatever a previous check left open (a hover, a menu, a quick pick).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'ai-security.yaml' }).first();
  await row.waitFor({ timeout: 120_000 });
  await row.click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 120_000 });
}

async function goToLine(page, line) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function textOf(page, selector) {
  return (await page.locator(selector).allInnerTexts()).join('\n');
}

export const checks = [
  {
    id: 'problems-panel',
    title: 'the Problems panel lists the example\u2019s findings',
    async run(page, { shot }) {
      await openManifest(page);
      await page.locator('.squiggly-error').first().waitFor({ timeout: 120_000 });
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('published vulnerability disclosure policy'), null, { timeout: 120_000 });
      const text = await textOf(page, '.markers-panel');
      for (const expected of ['has no evaluations', 'Log analysis for anomalies', 'still planned', 'Did you mean "justification"?']) {
        if (!text.includes(expected)) throw new Error(`the Problems panel does not show "${expected}":\n${text.slice(0, 2000)}`);
      }
      await shot();
    },
  },
  {
    id: 'hover',
    title: 'hovering a provision number shows the Code\u2019s words in the hover widget',
    async run(page, { shot }) {
      await openManifest(page);
      await goToLine(page, 121);
      const token = page.locator('.monaco-editor .view-lines span span', { hasText: /^"?6\.4"?$/ }).first();
      await token.waitFor({ timeout: 20_000 });
      await token.hover();
      await page.waitForFunction((q) => [...document.querySelectorAll('.monaco-hover')].some((h) => h.textContent?.includes(q)), QUOTE_6_4, { timeout: 120_000 });
      const text = await textOf(page, '.monaco-hover');
      if (!text.includes('Open Government Licence v3.0')) throw new Error('the hover lacks the attribution');
      await shot();
    },
  },
  {
    id: 'quick-fix',
    title: 'the lightbulb\u2019s quick fix adds a missing provision',
    async run(page, { shot }) {
      await page.keyboard.press('Escape');
      await openManifest(page);
      await goToLine(page, 60);
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .action-item, .action-widget .monaco-list-row', { hasText: 'Add 12.2 as planned' }).first();
      await item.waitFor({ timeout: 120_000 });
      // The widget is keyboard-driven: move the focus to the fix and accept it.
      for (let i = 0; i < 10 && !(await item.evaluate((e) => e.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('"12.2":'), null, { timeout: 20_000 });
      // The Problems panel catches up: the gap is gone, the other findings stay.
      await page.waitForFunction(
        () => {
          const t = document.querySelector('.markers-panel')?.textContent ?? '';
          return !t.includes('Log analysis for anomalies (recommendation) applies') && t.includes('published vulnerability disclosure policy');
        },
        null,
        { timeout: 120_000 },
      );
      await shot();
      await page.keyboard.press('Escape');
    },
  },
  {
    id: 'coverage-report',
    title: 'Show coverage report opens the rendered report beside the manifest, with its numbers and working evidence links',
    async run(page, { shot }) {
      await openManifest(page);
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type('AI Security: Show coverage report');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show coverage report' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      // The Markdown preview is a webview: its text is in a nested frame. Poll the frames.
      const deadline = Date.now() + 120_000;
      let text = '';
      let reportFrame;
      for (;;) {
        for (const frame of page.frames()) {
          const t = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (t.includes('Coverage report: Code of Practice')) [text, reportFrame] = [t, frame];
        }
        if (/all applicable provisions\s+60\s+65\s+92 %/.test(text)) break;
        if (Date.now() > deadline) throw new Error(`the rendered report does not show 60 of 65 addressed:\n${text.slice(0, 1500)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      for (const expected of ['requirements (shall)', 'Gaps', '6.4 Published vulnerability disclosure policy', 'Open Government Licence v3.0']) {
        if (!text.includes(expected)) throw new Error(`the rendered report lacks "${expected}"`);
      }
      // Beside the manifest: two editor groups, the manifest still open in the first.
      const groups = await page.locator('.editor-group-container').count();
      if (groups < 2) throw new Error(`the report did not open beside the manifest (${groups} editor group)`);
      // Show the numbers in the screenshot, not only the title.
      await reportFrame.evaluate(() => [...document.querySelectorAll('h3')].find((h) => h.textContent === 'Coverage')?.scrollIntoView());
      await shot();
      // Evidence links open the workspace file they name.
      let link;
      for (const frame of page.frames()) {
        const l = frame.locator('a', { hasText: 'docs/security-training.md#by-role' }).first();
        if (await l.count().catch(() => 0)) link = l;
      }
      if (!link) throw new Error('the rendered report has no link to docs/security-training.md#by-role');
      await link.click();
      await page.locator('.tabs-container .tab', { hasText: 'security-training.md' }).first().waitFor({ timeout: 20_000 });
      // ... beside the report, which stays open (a Markdown preview replaced itself with the
      // file), with the cursor on the heading the link's fragment names.
      const heading = readFileSync(new URL('../../examples/docs/security-training.md', import.meta.url), 'utf8').split('\n').indexOf('## By role') + 1;
      await page.waitForFunction((ln) => document.querySelector('[id="status.editor.selection"]')?.textContent?.includes(`Ln ${ln},`), heading, { timeout: 20_000 });
      if ((await page.locator('.tabs-container .tab', { hasText: 'coverage' }).count()) === 0) throw new Error('the report closed when its evidence link opened');
      if ((await page.locator('.editor-group-container').count()) < 3) throw new Error('the evidence did not open beside the report');
      // Showing another Markdown file (the model card) leaves the report as it is.
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type('models/support-llm/README.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'README.md' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: 'README.md' }).first().waitFor({ timeout: 20_000 });
      if ((await page.locator('.tabs-container .tab', { hasText: 'coverage' }).count()) === 0) throw new Error('the report closed when a Markdown file was shown');
      const stillThere = await Promise.all(page.frames().map((f) => f.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
      if (!stillThere.some((t) => t.includes('Coverage report: Code of Practice'))) throw new Error('the report no longer shows the report');
      await shot();
      // Leave one editor group for the checks that follow.
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type('View: Close All Editor Groups');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Close All Editor Groups' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
    },
  },
  {
    id: 'status-item',
    title: 'the language status item shows the manifest\u2019s coverage',
    async run(page, { shot }) {
      await openManifest(page);
      const status = page.locator('[id="status.languageStatus"]');
      await status.waitFor({ timeout: 20_000 });
      // In a window 640 pixels wide its hover, and the link to the report, still fit: the
      // hover's line does not wrap, and a long text pushed the link off-screen.
      const size = page.viewportSize();
      await page.setViewportSize({ width: 640, height: size.height });
      try {
        await status.hover();
        await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover, .context-view')].some((h) => /(?<!\d)\d+\/\d+ addressed/.test(h.textContent ?? '')), null, { timeout: 120_000 });
        const link = page.locator('.monaco-hover a, .context-view a', { hasText: 'Show coverage report' }).first();
        await link.waitFor({ timeout: 10_000 });
        const box = await link.boundingBox();
        if (!box || box.x < 0 || box.x + box.width > 640) throw new Error(`the "Show coverage report" link is off-screen: ${JSON.stringify(box)} in a window 640 pixels wide`);
        await shot();
      } finally {
        await page.setViewportSize(size);
      }
    },
  },
  {
    id: 'walkthrough',
    title: 'the walkthrough opens from the Welcome page’s list and shows its three steps, with their pages',
    async run(page, { shot }) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type('Welcome: Open Walkthrough');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH }).first().waitFor({ timeout: 20_000 });
      await page.keyboard.type(WALKTHROUGH);
      await page.keyboard.press('Enter');
      for (const step of ['What the manifest is', 'Create a manifest', 'Read the coverage report']) {
        await page.locator('.gettingStartedContainer .getting-started-step', { hasText: step }).first().waitFor({ timeout: 20_000 });
      }
      // The first step's page, a Markdown file in the package, renders in a webview beside the
      // steps. VS Code opens a walkthrough at its first step not yet done, and a step with no
      // completion events is done once it has been shown (the extension-host suite opened this
      // walkthrough already): select the first step, as a user would.
      await page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'What the manifest is' }).first().click();
      const deadline = Date.now() + 120_000;
      for (;;) {
        const texts = await Promise.all(page.frames().map((f) => f.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
        if (texts.some((t) => t.includes('one file per AI system'))) break;
        if (Date.now() > deadline) throw new Error('the walkthrough’s first page (media/walkthrough/manifest.md) did not render');
        await new Promise((r) => setTimeout(r, 250));
      }
      await shot();
    },
  },
];
