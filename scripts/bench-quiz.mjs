// @ts-check
/**
 * Benchmark: time from answering a statement (the Enter that goes on) to the next statement being
 * in the DOM and painted, in Chromium, over the built site. Prints each run's median of 20 and the
 * spread. Not a test: a figure to watch. (For scale: SurveyJS, the leading open-source survey engine,
 * waits 300 ms by default before it auto-advances.)
 *
 * Usage: npm run build && npm run bench   (CHROMIUM_PATH to use another browser)
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { spawn } from 'node:child_process';

const PORT = 4331;
const ROUNDS = 20;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`http://127.0.0.1:${PORT}/quiz/`);
  await page.waitForFunction(() => document.querySelector('[data-island]')?.hasAttribute('data-hydrated'));
  await page.evaluate(() => {
    /** @type {{ dom: number, frame: number, painted: number }[]} */
    const samples = [];
    Object.assign(window, { __samples: samples });
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        const t0 = performance.now();
        const before = document.querySelector('legend')?.textContent;
        const root = document.querySelector('.quiz')?.parentElement ?? document.body;
        const mo = new MutationObserver(() => {
          const now = document.querySelector('legend')?.textContent;
          if (now === undefined || now === before) return;
          mo.disconnect();
          const dom = performance.now() - t0;
          // The frame that shows it starts at the next animation frame; the one after that begins
          // once it has been painted.
          requestAnimationFrame(() => {
            const frame = performance.now() - t0;
            requestAnimationFrame(() => samples.push({ dom, frame, painted: performance.now() - t0 }));
          });
        });
        mo.observe(root, { subtree: true, childList: true, characterData: true });
      },
      true,
    );
  });
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.waitForSelector('legend');
  for (let i = 0; i < ROUNDS - 1; i++) {
    await page.keyboard.press(String((i % 5) + 1));
    await page.waitForFunction(() => document.querySelector('input[type=radio]:checked'));
    const n = await page.evaluate(() => /** @type {any} */ (window).__samples.length);
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => /** @type {any} */ (window).__samples.length > k, n);
  }
  /** @type {{ dom: number, frame: number, painted: number }[]} */
  const samples = await page.evaluate(() => /** @type {any} */ (window).__samples);
  const median = (/** @type {number[]} */ xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
  };
  const fmt = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
  const dom = samples.map((s) => s.dom);
  const frame = samples.map((s) => s.frame);
  const painted = samples.map((s) => s.painted);
  console.log(`quiz answer → next statement (${samples.length} answers, Chromium, 390×844):`);
  console.log(`  in the DOM:      median ${fmt(median(dom))}  (min ${fmt(Math.min(...dom))}, max ${fmt(Math.max(...dom))})`);
  console.log(`  its frame (1 rAF): median ${fmt(median(frame))}  (min ${fmt(Math.min(...frame))}, max ${fmt(Math.max(...frame))})`);
  console.log(`  painted (2 rAF): median ${fmt(median(painted))}  (min ${fmt(Math.min(...painted))}, max ${fmt(Math.max(...painted))})`);
  console.log(`  one frame at 60 Hz is 16.7 ms`);
} finally {
  await browser.close();
  server.kill();
}
