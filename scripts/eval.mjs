#!/usr/bin/env node
// Quality gate: runs copydesk over the pages of a truth file, scores the records with the scorer that sits
// beside the truth file (score.mjs in the truth's folder or a parent), prints the per-field scores and, with
// --floors, fails when a score is below the floor pinned in quality/floors.json. Floors only go up.
//
//   npm run eval -- ../shared/eval/dev/truth.ndjson [--floors quality/floors.json] [--misses 30] [--name NAME] [--records OUT]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const truthArg = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
if (!truthArg) {
  console.error('usage: npm run eval -- TRUTH.ndjson [--floors quality/floors.json] [--misses N] [--name NAME]');
  process.exit(2);
}
const truth = resolve(truthArg);
const dir = dirname(truth);
const lines = readFileSync(truth, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const tops = [...new Set(lines.map((t) => String(t.html ?? '').split('/')[0]).filter(Boolean))];
if (!tops.length) { console.error(`no page paths (html) in ${truth}`); process.exit(2); }

let scorer = null;
for (let d = dir, i = 0; i < 4; i++, d = dirname(d)) if (existsSync(join(d, 'score.mjs'))) { scorer = join(d, 'score.mjs'); break; }
if (!scorer) { console.error(`no score.mjs beside ${truth} or in its parents`); process.exit(2); }
scorer = withMentionMatches(scorer);

/**
 * The shared scorer (as of 2026-11) calls mentionMatches() for `speaker_match: "mention"` quotes without
 * defining it, so it throws on the first such quote. When the function is missing, score a copy that adds
 * the definition its README gives: "your speaker.name must be contained in it, or contain it" (as whole
 * tokens, a leading "the" ignored). The original is left untouched; the copy goes to out/.
 */
function withMentionMatches(path) {
  const src = readFileSync(path, 'utf8');
  if (!src.includes('mentionMatches(') || /function\s+mentionMatches\b|mentionMatches\s*=/.test(src)) return path;
  const patched = src + `
function mentionMatches(pred, gold) {
  if (pred == null || gold == null) return false;
  const drop = (ts) => ts.filter((t, i) => !(i === 0 && t === 'the'));
  const p = drop(tokens(pred)).join(' '), g = drop(tokens(gold)).join(' ');
  return p.length > 0 && g.length > 0 && (\` \${g} \`.includes(\` \${p} \`) || \` \${p} \`.includes(\` \${g} \`));
}
`;
  const copy = join(root, 'out', 'score.patched.mjs');
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, patched);
  console.log(`note: ${path} lacks mentionMatches(); scoring with a copy that defines it as its README says (${copy})`);
  return copy;
}

const name = flag('--name') ?? `${basename(dir)}-${basename(truth).replace(/\..*$/, '')}`;
// --records reuses the output of an earlier run over the same pages instead of extracting again.
const out = flag('--records') ? resolve(flag('--records')) : join(root, 'out', `eval-${name}.ndjson`);
const t0 = Date.now();
const ex = flag('--records') ? { status: 0 } : spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', ...tops.map((t) => join(dir, t)), '--out', out,
  '--rejects', join(root, 'out', `eval-${name}.rejects.ndjson`), '--report', join(root, 'out', `eval-${name}.report.json`), '-q'], { stdio: 'inherit' });
if (ex.status !== 0 && ex.status !== 1) { console.error(`copydesk extract failed with exit ${ex.status}`); process.exit(3); }
if (!flag('--records')) console.log(`extracted the pages of ${lines.length} truth lines in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const misses = flag('--misses');
const shown = spawnSync(process.execPath, [scorer, '--truth', truth, '--records', out, '--by-source', ...(misses ? ['--misses', misses] : [])], { stdio: 'inherit' });
if (shown.status !== 0) process.exit(3);

const floorsFile = flag('--floors');
if (!floorsFile) process.exit(0);
const floors = JSON.parse(readFileSync(resolve(floorsFile), 'utf8'))[name];
if (!floors) { console.error(`no floors for "${name}" in ${floorsFile}`); process.exit(2); }
const json = spawnSync(process.execPath, [scorer, '--truth', truth, '--records', out, '--by-source', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
const scores = JSON.parse(json.stdout);
const failed = [];
for (const [key, floor] of Object.entries(floors)) {
  const [source, metric] = key.includes(':') ? key.split(':') : ['all', key];
  const got = source === 'all' ? scores.metrics[metric] : scores.bySource?.[source]?.metrics?.[metric];
  const status = got == null ? 'missing' : got + 1e-9 < floor ? 'BELOW' : 'ok';
  if (status !== 'ok') failed.push(`${key} = ${got == null ? 'n/a' : got.toFixed(3)} < floor ${floor}`);
}
if (failed.length) {
  console.error(`\nquality gate FAILED for ${name}:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nquality gate passed for ${name}: ${Object.keys(floors).length} floors held`);
