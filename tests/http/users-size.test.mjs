// The accounts list in pages of 25 (the default), 50 or 100 rows: any
// other size is refused, and the paging links keep the chosen one.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ADMIN, ROOT, VAR } from '../lib/env.mjs';
import { request, session } from '../lib/http.mjs';

let admin;

before(async () => {
  // Enough invented accounts for two pages of 100 (passerelle generate-users).
  execFileSync(resolve(ROOT, 'tools/passerelle'), ['generate-users', '210'], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf') }, stdio: 'ignore',
  });
  admin = await session(ADMIN);
});

const rows = (xml) => (xml.match(/<user><id>/g) || []).length;

test('the accounts list shows 25, 50 or 100 rows a page, and its links keep the size', async () => {
  for (const [size, want] of [[null, 25], ['25', 25], ['50', 50], ['100', 100]]) {
    const q = size ? `&size=${size}` : '';
    const res = await request(`/users?sort=email${q}`, { jar: admin, headers: { accept: 'application/xml' } });
    assert.equal(res.status, 200);
    assert.equal(rows(res.text), want, `size ${size}: ${want} rows`);
    const keep = /<list [^>]*keep="([^"]*)"/.exec(res.text)[1];
    assert.equal(keep.includes(`size=${want}`), want !== 25, `size ${size}: the links' query "${keep}"`);
  }
  const html = await request('/users?sort=email&size=50', { jar: admin });
  assert.match(html.text, /href="[^"]*page=2[^"]*size=50|href="[^"]*size=50[^"]*page=2/, 'the next page keeps 50 rows');
});

test('any other page size is refused with 400', async () => {
  for (const size of ['0', '10', '30', '99', '101', '1000', '50x', '-50', '']) {
    const res = await request(`/users?size=${encodeURIComponent(size)}`, { jar: admin });
    assert.equal(res.status, 400, `size "${size}"`);
  }
});
