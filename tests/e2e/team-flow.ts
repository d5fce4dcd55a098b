/**
 * The collector flow in the browser, each person in a browser context of their own: the manager takes
 * the check and makes a request link naming a collector; each rep opens it, answers the rater version
 * and gets a code; the collector pastes the codes (and whatever else they were sent) into the
 * collector page and gets the team summary link. `collectorFlow` stops there and returns what the
 * manager's part (opening the summary link beside their own result on /team/compare/) needs.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { codeShape } from '../../src/lib/instrument.ts';
import { decodeResult, encodeResult } from '../../src/lib/result-code.ts';
import { orderedItems, type Answers, type Result } from '../../src/lib/scoring.ts';
import { current, hydrated } from './support.ts';
import { progressAfter, QUIZ_KEY, seedStorage, verdictOf } from './quiz-helpers.ts';

export interface FlowOptions {
  /** The manager's own answers (they must carry a verdict). */
  readonly managerAnswers: Answers;
  /** Each rep's answers to the rater version, one rep each (they must carry a verdict). */
  readonly repAnswers: readonly Answers[];
  /** Who collects the codes, in the manager's words. */
  readonly collector: string;
  readonly team?: string | undefined;
  /** What the collector pastes, from the reps' codes (default: one per line). */
  readonly paste?: (codes: readonly string[]) => string;
  /** Runs on the collector's page once the summary link is there (checks, axe…), before its context closes. */
  readonly onCollectorPage?: (page: Page) => Promise<void>;
}

export interface FlowResult {
  /** The team summary link the collector sends the manager (a full URL). */
  readonly summaryLink: string;
  /** Each rep's result, in the order of `repAnswers`. */
  readonly raterLevels: readonly Result[];
  /** The manager's own result, as the check showed it on their device (the compare part can seed their history with it). */
  readonly managerLevels: Result;
  /** The manager's result code, as the check shows it. */
  readonly managerCode: string;
  /** The reps' rater codes (tagged), in the order of `repAnswers`. */
  readonly raterCodes: readonly string[];
  /** The request link the manager sent the reps. */
  readonly requestLink: string;
}

/** The manager takes the check (answers stored, standing on the last one's result) and makes the request link. */
async function managerRequest(browser: Browser, o: FlowOptions): Promise<{ managerCode: string; requestLink: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await seedStorage(page, { [QUIZ_KEY]: progressAfter(orderedItems(current, 'self').length, o.managerAnswers) });
  await page.goto('/quiz/');
  await hydrated(page);
  const managerCode = (await page.locator('[data-result-code]').getAttribute('data-result-code'))!;
  await page.goto('/team/');
  await hydrated(page);
  await expect(page.getByRole('radio', { name: 'Through a collector' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Who collects the codes?' }).fill(o.collector);
  if (o.team !== undefined) await page.getByRole('textbox', { name: 'Team label (optional)' }).fill(o.team);
  const requestLink = await page.getByRole('textbox', { name: 'Request link for your reps' }).inputValue();
  await expect(page.locator('.request-next')).toContainText(`asked to send their code to ${o.collector}`);
  await context.close();
  return { managerCode, requestLink };
}

/** A rep opens the request link in their own context, sees who collects, answers by mouse and returns their code. */
export async function repAnswers(browser: Browser, requestLink: string, answers: Answers, collector: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(requestLink);
  await hydrated(page);
  await expect(page.getByText(`Your manager asked you to send your code to ${collector}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  const items = orderedItems(current, 'rater');
  for (let n = 0; n < items.length; n++) {
    await expect(page.locator('#progress-label')).toHaveText(`Statement ${n + 1} of ${items.length}`);
    const legend = (await page.locator('legend').innerText()).trim();
    const item = items.find((i) => legend.endsWith(i.rater!));
    expect(item, legend).toBeDefined();
    const label = current.scale.find((p) => p.value === answers[item!.id])!.label;
    await page.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: n === items.length - 1 ? 'Get my rater code' : 'Next' }).click();
  }
  const code = (await page.locator('[data-rater-code]').getAttribute('data-rater-code'))!;
  await expect(page.getByRole('textbox', { name: `Link for ${collector}` })).toHaveValue(
    new URL(`/team/collect/#r=${code}`, page.url()).href,
  );
  await context.close();
  return code;
}

/** The whole flow up to the summary link, each person in their own browser context. */
export async function collectorFlow(browser: Browser, o: FlowOptions): Promise<FlowResult> {
  const { managerCode, requestLink } = await managerRequest(browser, o);
  const raterCodes: string[] = [];
  for (const answers of o.repAnswers) raterCodes.push(await repAnswers(browser, requestLink, answers, o.collector));
  const raterLevels = o.repAnswers.map((a) => verdictOf(a, 'rater'));
  raterCodes.forEach((code, i) => {
    const decoded = decodeResult(code, new Map([[current.version, codeShape(current)]]), 'r');
    expect(decoded.ok && decoded.result).toEqual(raterLevels[i]);
  });

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/team/collect/');
  await hydrated(page);
  await page.getByRole('textbox', { name: /Rater codes or links/ }).fill((o.paste ?? ((c) => c.join('\n')))(raterCodes));
  const summaryLink = await page.getByRole('textbox', { name: 'Summary link for the manager' }).inputValue();
  await o.onCollectorPage?.(page);
  await context.close();
  const managerLevels = verdictOf(o.managerAnswers, 'self');
  expect(managerCode).toBe(encodeResult(managerLevels));
  return { summaryLink, raterLevels, managerLevels, managerCode, raterCodes, requestLink };
}
