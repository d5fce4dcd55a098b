// Screenshots of pages at phone and desktop widths, light and dark, for a person to look at.
// Usage: node scripts/screenshot.mjs [path ...]  (needs a running preview on PORT, default 4329)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const port = process.env.PORT ?? 4329;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = process.env.OUT ?? 'reports/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const modes = (process.env.MODES ?? 'phone-light,desktop-light,phone-dark,desktop-dark').split(',');
for (const p of paths) {
  for (const mode of modes) {
    const [size, scheme] = mode.split('-');
    const ctx = await browser.newContext({
      viewport: size === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}${p}`);
    const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${mode}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== '0' });
    console.log(`${out}/${name}`);
    await ctx.close();
  }
}
await browser.close();
