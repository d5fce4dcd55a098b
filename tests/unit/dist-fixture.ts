/**
 * A tiny built site in a temporary directory, for the tests of the build checks and the static
 * server: write the files, get the directory, remove it after.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A valid HTML page (html-validate:recommended passes it) around some body markup. */
export function page(body: string, { title = 'A page', head = '' } = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>${head}
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`;
}

export interface Fixture {
  readonly dir: string;
  remove(): void;
}

/** Writes files (path relative to the site root → content) into a new temporary directory. */
export function makeDist(files: Record<string, string | Uint8Array>): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'mini-me-dist-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
