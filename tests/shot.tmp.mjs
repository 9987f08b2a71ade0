import { launch } from './lib/browser.mjs';
import { readFileSync } from 'node:fs';
const sessions = JSON.parse(readFileSync('../var/test/test-sessions.json', 'utf8'));
const [who, lang, ...paths] = process.argv.slice(2);
const b = await launch();
const ctx = await b.newContext({ viewport: { width: 1000, height: 900 } });
await ctx.addCookies([{ name: 'sid', value: sessions[who], domain: '127.0.0.1', path: '/' }, { name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
const page = await ctx.newPage();
let i = 0;
for (const p of paths) {
  await page.goto('http://127.0.0.1:34000' + p);
  await page.screenshot({ path: `/tmp/fp/shot${i++}.png`, fullPage: true });
}
await b.close();
