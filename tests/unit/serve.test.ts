/**
 * scripts/serve.mjs behaves like the static hosts the site deploys to: files under the base path,
 * `/dir` redirected to `/dir/`, unknown paths answered with 404.html and status 404, the _headers
 * rules applied (and the file itself not served), gzip only when asked for.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { serveDist } from '../../scripts/serve.mjs';
import { makeDist, page, type Fixture } from './dist-fixture.ts';

const headersFile = (base: string) => `# test rules
${base}*
  X-Frame-Options: DENY
  X-Test: all

${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable
  X-Test: assets
`;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would follow redirects and normalize the path). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const base of ['/', '/mini-me/']) {
  describe(`serveDist under ${base}`, () => {
    let fixture: Fixture;
    let server: Awaited<ReturnType<typeof serveDist>>;
    const home = page('<h1>Home</h1>');
    const notFoundPage = page('<h1>Not found</h1>');
    before(async () => {
      fixture = makeDist({
        'index.html': home,
        'about/index.html': page('<h1>About</h1>'),
        '404.html': notFoundPage,
        '_astro/app.js': `export const big = ${JSON.stringify('x'.repeat(4000))};\n`,
        'og/card.png': new Uint8Array([137, 80, 78, 71]),
        _headers: headersFile(base),
      });
      server = await serveDist(fixture.dir, base);
    });
    after(async () => {
      await server.close();
      fixture.remove();
    });

    test('pages and files under the base, with the type a host sends', async () => {
      const res = await get(server.origin, base);
      assert.equal(res.status, 200);
      assert.equal(res.body.toString(), home);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.equal((await get(server.origin, `${base}og/card.png`)).headers['content-type'], 'image/png');
      assert.match(String((await get(server.origin, `${base}_astro/app.js`)).headers['content-type']), /^text\/javascript/);
    });

    test('a directory without its trailing slash redirects, keeping the query', async () => {
      const res = await get(server.origin, `${base}about?x=1`);
      assert.equal(res.status, 301);
      assert.equal(res.headers['location'], `${base}about/?x=1`);
    });

    test('unknown, outside the base, encoded slashes, parent steps and the _headers file: 404.html with status 404', async () => {
      const paths = [
        `${base}nope/`,
        `${base}nope`,
        `${base}about%2F`,
        `${base}..%2F..%2Fetc%2Fpasswd`,
        `${base}../../etc/passwd`,
        `${base}_headers`,
        `${base}${'a/'.repeat(600)}`,
      ];
      if (base !== '/') paths.push('/about/', '/');
      for (const path of paths) {
        const res = await get(server.origin, path);
        assert.equal(res.status, 404, path);
        assert.equal(res.body.toString(), notFoundPage, path);
        assert.equal(res.headers['x-frame-options'], 'DENY', path);
      }
    });

    test('_headers rules apply as on Netlify and Cloudflare: every matching rule, repeated names joined', async () => {
      const pageRes = await get(server.origin, `${base}about/`);
      assert.equal(pageRes.headers['x-test'], 'all');
      assert.equal(pageRes.headers['x-frame-options'], 'DENY');
      assert.equal(pageRes.headers['cache-control'], 'public, max-age=0, must-revalidate');
      const asset = await get(server.origin, `${base}_astro/app.js`);
      assert.equal(asset.headers['x-test'], 'all, assets');
      assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    });

    test('no gzip unless asked for', async () => {
      const res = await get(server.origin, `${base}_astro/app.js`, { 'Accept-Encoding': 'gzip' });
      assert.equal(res.headers['content-encoding'], undefined);
    });
  });
}

test('with gzip, text is compressed for clients that accept it, images are not', async () => {
  const fixture = makeDist({
    'index.html': page(`<h1>Home</h1><p>${'words '.repeat(500)}</p>`),
    '404.html': page('<h1>Not found</h1>'),
    'og/card.png': new Uint8Array(2048),
  });
  const server = await serveDist(fixture.dir, '/', { gzip: true });
  try {
    const zipped = await get(server.origin, '/', { 'Accept-Encoding': 'gzip' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(zipped.body).toString(), /<h1>Home<\/h1>/);
    assert.equal((await get(server.origin, '/')).headers['content-encoding'], undefined);
    assert.equal((await get(server.origin, '/og/card.png', { 'Accept-Encoding': 'gzip' })).headers['content-encoding'], undefined);
  } finally {
    await server.close();
    fixture.remove();
  }
});
