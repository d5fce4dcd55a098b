/**
 * The check on a phone: every statement comes into view whole, with its progress above it and its
 * options below, and focus on the option a keyboard user needs. The path the bug was on (after
 * Start, after an answer) runs with full motion; the other statements are reached from stored
 * answers, with reduced motion, by going on from the statement before (a new statement is what
 * scrolls and moves focus; a page that loads on a statement does neither).
 */
import { test, expect, type Page } from '@playwright/test';
import type { Item } from '../../src/lib/instrument.ts';
import { orderedItems, type Form } from '../../src/lib/scoring.ts';
import { current, hydrated } from './support.ts';
import { pattern, QUIZ_KEY, RATER_KEY, seedStorage } from './quiz-helpers.ts';

interface Size {
  readonly width: number;
  readonly height: number;
  /** Every option must be on screen; else (320 px wide) the first one and the focused one. */
  readonly allOptions: boolean;
}
const PHONES: readonly Size[] = [
  { width: 390, height: 844, allOptions: true },
  { width: 360, height: 640, allOptions: true },
  { width: 320, height: 640, allOptions: false },
];

const FORMS = {
  self: { path: '/quiz/', key: QUIZ_KEY, wording: (i: Item) => i.self },
  rater: { path: '/team/rate/', key: RATER_KEY, wording: (i: Item) => i.rater! },
} as const;

/** Stored progress with every statement answered by `pattern`, standing at the one at `position`. */
function answeredAt(form: Form, position: number): string {
  const answers = Object.fromEntries(orderedItems(current, form).map((i) => [i.id, pattern(i.id)]));
  return JSON.stringify({ format: 1, version: current.version, answers, position, started: true });
}

/** Waits until no animation runs and the page has not scrolled for three frames (smooth scrolling ends). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { lastY?: number; still?: number };
      const still = document.getAnimations().every((a) => a.playState !== 'running') && w.lastY === scrollY;
      w.still = still ? (w.still ?? 0) + 1 : 0;
      w.lastY = scrollY;
      return w.still >= 3;
    },
    undefined,
    { polling: 'raf' },
  );
}

/**
 * Statement `n` (1-based) of `items` is on screen: the progress, the whole statement and the options
 * (all, or the first and the focused one) fully inside the viewport at the same moment, and focus on
 * the option with `value`. With motion, once the entrance animation and the smooth scroll have ended;
 * with reduced motion the scroll is instant, done before focus lands.
 */
async function expectStatementInView(
  page: Page,
  { size, items, wording, motion }: { size: Size; items: readonly Item[]; wording: (i: Item) => string; motion: boolean },
  n: number,
  value: number,
) {
  const progress = `Statement ${n} of ${items.length}`;
  if (motion) {
    await expect(page.locator('#progress-label')).toHaveText(progress);
    await settled(page);
  }
  const onScreen = ({ allOptions }: { allOptions: boolean }) => {
    const options = [...document.querySelectorAll('.option')];
    const focused = document.activeElement;
    const parts: [string, Element | null | undefined][] = [
      ['progress label', document.querySelector('#progress-label')],
      ['progress bar', document.querySelector('.quiz progress')],
      ['statement', document.querySelector('legend')],
      ...options
        .map((o, i): [string, Element] => [`option ${i + 1}`, o])
        .filter(([, o], i) => allOptions || i === 0 || o.contains(focused)),
    ];
    return {
      progress: document.querySelector('#progress-label')?.textContent,
      statement: document.querySelector('legend')?.textContent,
      focused: focused instanceof HTMLInputElement && focused.type === 'radio' ? focused.value : focused?.tagName,
      outside: parts
        .filter(([, el]) => {
          const r = el?.getBoundingClientRect();
          return !r || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;
        })
        .map(([name, el]) => `${name} at ${JSON.stringify(el?.getBoundingClientRect())}`),
    };
  };
  await expect
    .poll(() => page.evaluate(onScreen, { allOptions: size.allOptions }), { message: `statement ${n} at ${size.width}×${size.height}` })
    .toEqual({ progress, statement: `${progress}: ${wording(items[n - 1]!)}`, focused: String(value), outside: [] });
}

async function checkForm(page: Page, size: Size, form: Form): Promise<void> {
  const { path, key, wording } = FORMS[form];
  const items = orderedItems(current, form);
  const at = { size, items, wording };
  await page.setViewportSize({ width: size.width, height: size.height });

  // The path a new reader takes, with the motion most readers get: Start, then an answer.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(path);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expectStatementInView(page, { ...at, motion: true }, 1, 1);
  await page.keyboard.press(String(pattern(items[0]!.id)));
  await page.keyboard.press('Enter');
  await expectStatementInView(page, { ...at, motion: true }, 2, 1);

  // Every other statement, answered before (from stored answers): focus goes to its answer.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seedStorage(page, { [key]: answeredAt(form, 1) });
  await page.goto(path);
  await hydrated(page);
  for (let n = 3; n <= items.length; n++) {
    await page.keyboard.press('Enter');
    await expectStatementInView(page, { ...at, motion: false }, n, pattern(items[n - 1]!.id));
  }
}

for (const size of PHONES) {
  test(`at ${size.width}×${size.height}, each statement is on screen with its progress and options, focus on the option`, async ({
    page,
  }) => {
    await checkForm(page, size, 'self');
  });
}

test('the rater form at 360×640 does the same', async ({ page }) => {
  await checkForm(page, PHONES[1]!, 'rater');
});
