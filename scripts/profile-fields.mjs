#!/usr/bin/env node
// CPU time per extractor over a folder of pages (single thread): where does extraction time go?
//   node scripts/profile-fields.mjs DIR [limit]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';
import { createContext } from '../dist/context/index.js';
import { extractBody } from '../dist/extract/body.js';
import { extractByline } from '../dist/extract/byline.js';
import { extractTextCredits } from '../dist/extract/credits.js';
import { extractCopyright } from '../dist/extract/copyright.js';
import { extractDates } from '../dist/extract/dates.js';
import { extractHeadline } from '../dist/extract/headline.js';
import { extractImages } from '../dist/extract/images.js';
import { extractLanguage } from '../dist/extract/language.js';
import { extractQuotes } from '../dist/extract/quotes.js';
import { extractSiteName, extractUrl } from '../dist/extract/site.js';
import { extractArticle } from '../dist/article.js';
import { checkArticle } from '../dist/validate/index.js';

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? 1e9);
const files = [];
const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.html?(\.gz)?$/.test(p)) files.push(p); } };
walk(dir);
const pages = files.slice(0, limit).map((f) => { const b = readFileSync(f); return (f.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8'); });
// CPU time (process.cpuUsage), not wall time: on a shared, loaded machine wall time mostly measures the
// other tenants. One untimed pass first, so module loading (tinyld's model) and JIT warm-up are not counted.
const t = {};
let timing = false;
const time = (k, fn) => {
  if (!timing) return fn();
  const s = process.cpuUsage();
  const v = fn();
  const d = process.cpuUsage(s);
  t[k] = (t[k] ?? 0) + (d.user + d.system) / 1000;
  return v;
};
const run = (html) => {
  time('parse only', () => load(html));
  const ctx = time('context', () => createContext(html, {}));
  time('url', () => extractUrl(ctx).value);
  const site = time('site', () => extractSiteName(ctx).value);
  const headline = time('headline', () => extractHeadline(ctx, site).value);
  const { byline } = time('byline', () => extractByline(ctx, site)).value;
  time('dates', () => extractDates(ctx));
  const body = time('body', () => extractBody(ctx).value);
  const lang = time('language', () => extractLanguage(ctx, body.text).value);
  time('images', () => extractImages(ctx, { mainNode: body.node }));
  time('copyright', () => extractCopyright(ctx));
  time('quotes', () => extractQuotes({ paragraphs: body.paragraphs, headline, language: lang }));
  time('text credits', () => extractTextCredits({ paragraphs: body.paragraphs, byline }));
  const rec = time('whole extractArticle', () => extractArticle(html, {}));
  time('validate+stringify', () => { checkArticle(rec); JSON.stringify(rec); });
};
for (const html of pages.slice(0, 20)) run(html);
timing = true;
for (const html of pages) run(html);
console.log(`${pages.length} pages, CPU ms per page`);
for (const [k, v] of Object.entries(t)) console.log(`${k.padEnd(22)} ${(v / pages.length).toFixed(2).padStart(8)} ms/page`);
