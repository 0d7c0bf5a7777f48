// UI checks in code-server with Playwright: what a person sees. Each check leaves the editor in
// a state worth a screenshot (the runner takes it). Waits poll with deadlines; nothing sleeps.
// Every deadline is the same generous one: it only stops a hang. A CI run on a loaded machine
// failed on a 20-second wait that a quiet machine meets in under one, and a loop of these checks
// beside three busy processes missed 10- and 20-second waits in four of eight rounds.
import { readFileSync } from 'node:fs';

const PATIENCE = 120_000;

const WALKTHROUGH = 'Check an AI system against the Code of Practice';
const QUOTE_6_4 = 'Developers and System Operators shall implement and publish a clear and accessible vulnerability disclosure policy.';

async function openManifest(page) {
  // Close whatever a previous check left open (a hover, a menu, a quick pick).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'ai-security.yaml' }).first();
  await row.waitFor({ timeout: PATIENCE });
  await row.click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: PATIENCE });
}

async function goToLine(page, line) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await pick(page, 'Control+G', String(line));
}

/**
 * Opens a quick input with `key` (F1's commands, Control+P's files, Control+G's lines; none if a
 * command opened it), types into it and accepts, once the input holds all of `text` and, if
 * `row` is given, the focused row names it: Enter pressed while the list still showed the rows
 * for fewer letters would accept another.
 */
async function pick(page, key, text, row) {
  if (key) await page.keyboard.press(key);
  await page.locator('.quick-input-widget input').waitFor({ timeout: PATIENCE });
  await page.keyboard.type(text);
  await page.waitForFunction((t) => document.querySelector('.quick-input-widget input')?.value?.endsWith(t), text, { timeout: PATIENCE });
  if (row) await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).first().waitFor({ timeout: PATIENCE });
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
      await page.locator('.squiggly-error').first().waitFor({ timeout: PATIENCE });
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ timeout: PATIENCE });
      await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('published vulnerability disclosure policy'), null, { timeout: PATIENCE });
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
      await token.waitFor({ timeout: PATIENCE });
      await token.hover();
      await page.waitForFunction((q) => [...document.querySelectorAll('.monaco-hover')].some((h) => h.textContent?.includes(q)), QUOTE_6_4, { timeout: PATIENCE });
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
      await item.waitFor({ timeout: PATIENCE });
      // The widget is keyboard-driven: move the focus to the fix and accept it.
      for (let i = 0; i < 10 && !(await item.evaluate((e) => e.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('"12.2":'), null, { timeout: PATIENCE });
      // The Problems panel catches up: the gap is gone, the other findings stay.
      await page.waitForFunction(
        () => {
          const t = document.querySelector('.markers-panel')?.textContent ?? '';
          return !t.includes('Log analysis for anomalies (recommendation) applies') && t.includes('published vulnerability disclosure policy');
        },
        null,
        { timeout: PATIENCE },
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
      await pick(page, 'F1', 'AI Security: Show coverage report', 'Show coverage report');
      // The Markdown preview is a webview: its text is in a nested frame. Poll the frames.
      const deadline = Date.now() + PATIENCE;
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
      await page.locator('.tabs-container .tab', { hasText: 'security-training.md' }).first().waitFor({ timeout: PATIENCE });
      // ... beside the report, which stays open (a Markdown preview replaced itself with the
      // file), with the cursor on the heading the link's fragment names.
      const heading = readFileSync(new URL('../../examples/docs/security-training.md', import.meta.url), 'utf8').split('\n').indexOf('## By role') + 1;
      // Read the cursor's line from that editor's own line numbers, not the status bar: the status
      // bar shows the active editor's, and the webview reports the click's focus by polling, late
      // on a loaded machine, which can make the report the active editor again.
      await page.waitForFunction(
        (ln) =>
          [...document.querySelectorAll('.editor-group-container')].some(
            (g) => g.querySelector('.tab.active')?.textContent?.includes('security-training.md') && g.querySelector('.monaco-editor .line-numbers.active-line-number')?.textContent?.trim() === String(ln),
          ),
        heading,
        { timeout: PATIENCE },
      );
      if ((await page.locator('.tabs-container .tab', { hasText: 'coverage' }).count()) === 0) throw new Error('the report closed when its evidence link opened');
      if ((await page.locator('.editor-group-container').count()) < 3) throw new Error('the evidence did not open beside the report');
      // Showing another Markdown file (the model card) leaves the report as it is.
      await pick(page, 'Control+P', 'models/support-llm/README.md', 'README.md');
      await page.locator('.tabs-container .tab.active', { hasText: 'README.md' }).first().waitFor({ timeout: PATIENCE });
      if ((await page.locator('.tabs-container .tab', { hasText: 'coverage' }).count()) === 0) throw new Error('the report closed when a Markdown file was shown');
      const stillThere = await Promise.all(page.frames().map((f) => f.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
      if (!stillThere.some((t) => t.includes('Coverage report: Code of Practice'))) throw new Error('the report no longer shows the report');
      await shot();
      // Leave one editor group for the checks that follow.
      await pick(page, 'F1', 'View: Close All Editor Groups', 'Close All Editor Groups');
    },
  },
  {
    id: 'status-item',
    title: 'the language status item shows the manifest\u2019s coverage',
    async run(page, { shot }) {
      await openManifest(page);
      const status = page.locator('[id="status.languageStatus"]');
      await status.waitFor({ timeout: PATIENCE });
      // In a window 640 pixels wide its hover, and the link to the report, still fit: the
      // hover's line does not wrap, and a long text pushed the link off-screen.
      const size = page.viewportSize();
      await page.setViewportSize({ width: 640, height: size.height });
      try {
        await status.hover();
        await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover, .context-view')].some((h) => /(?<!\d)\d+\/\d+ addressed/.test(h.textContent ?? '')), null, { timeout: PATIENCE });
        const link = page.locator('.monaco-hover a, .context-view a', { hasText: 'Show coverage report' }).first();
        await link.waitFor({ timeout: PATIENCE });
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
      await pick(page, 'F1', 'Welcome: Open Walkthrough', 'Open Walkthrough');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH }).first().waitFor({ timeout: PATIENCE });
      await pick(page, undefined, WALKTHROUGH, WALKTHROUGH);
      for (const step of ['What the manifest is', 'Create a manifest', 'Read the coverage report']) {
        await page.locator('.gettingStartedContainer .getting-started-step', { hasText: step }).first().waitFor({ timeout: PATIENCE });
      }
      // The first step's page, a Markdown file in the package, renders in a webview beside the
      // steps. VS Code opens a walkthrough at its first step not yet done, and a step with no
      // completion events is done once it has been shown (the extension-host suite opened this
      // walkthrough already): select the first step, as a user would.
      await page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'What the manifest is' }).first().click();
      const deadline = Date.now() + PATIENCE;
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
