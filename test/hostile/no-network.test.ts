// No reaching out (issue 8): extracting a page full of URLs, scripts, frames, preloads and refreshes opens
// no socket, resolves no name, fetches nothing, starts no process, runs no script of the page and touches no
// file: every way out is stubbed to record and throw while the extraction runs. A path or URL naming
// ../../etc/passwd is just a string.
import childProcess from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article.js';
import { defaultLanguageDetector } from '../../src/extract/language.js';
import { processPage } from '../../src/pipeline/worker.js';
import { checkArticle } from '../../src/validate/index.js';

const LOCAL = 'http://127.0.0.1:9'; // discard port: nothing listens, and nothing must try

/** A page that offers every way out a browser would take. */
const HOSTILE = `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${LOCAL}/refresh">
<base href="${LOCAL}/base/">
<title>Reaching out | Example</title>
<link rel="canonical" href="../../etc/passwd">
<link rel="preload" href="${LOCAL}/font.woff2" as="font">
<link rel="prefetch" href="${LOCAL}/next.html"><link rel="dns-prefetch" href="//evil.example">
<link rel="preconnect" href="https://evil.example"><link rel="stylesheet" href="${LOCAL}/s.css">
<link rel="import" href="${LOCAL}/import.html"><link rel="manifest" href="${LOCAL}/m.json">
<meta property="og:url" content="file:///etc/passwd">
<meta property="og:image" content="${LOCAL}/og.jpg">
<script src="${LOCAL}/x.js"></script>
<script>globalThis.__copydeskRan = 'inline script';</script>
<script type="module">globalThis.__copydeskRan = 'module script';</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Reaching out","image":"${LOCAL}/ld.jpg","url":"../../etc/passwd","author":{"@type":"Person","name":"Jane Doe","url":"${LOCAL}/jane"},"@context":"${LOCAL}/context.jsonld"}</script>
<style>@import url(${LOCAL}/i.css); body { background: url(${LOCAL}/bg.png) }</style>
</head><body onload="globalThis.__copydeskRan = 'onload'">
<iframe src="${LOCAL}/frame"></iframe><frame src="${LOCAL}/frame2"><object data="${LOCAL}/o.swf"></object><embed src="${LOCAL}/e.swf">
<article><h1>Reaching out</h1><div class="byline">By Jane Doe</div>
<figure><img src="${LOCAL}/a.jpg" srcset="${LOCAL}/a-1.jpg 1x, ${LOCAL}/a-2.jpg 2x" onerror="globalThis.__copydeskRan = 'onerror'" alt="A photo">
<figcaption>A photo. Credit: Belga</figcaption></figure>
<picture><source srcset="${LOCAL}/p.webp" type="image/webp"><img src="file:///etc/passwd" alt="local file"></picture>
<img src="../../etc/passwd" alt="relative"><img src="//evil.example/x.gif"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p>"We never fetch," the spokesperson said. <a href="${LOCAL}/link">a link</a> <a href="javascript:globalThis.__copydeskRan='href'">js</a></p>
<video src="${LOCAL}/v.mp4" poster="${LOCAL}/poster.jpg"></video><audio src="${LOCAL}/a.mp3"></audio>
<form action="${LOCAL}/post" method="post"><input type="image" src="${LOCAL}/btn.png"></form>
<svg><image href="${LOCAL}/svg.png"/><script>globalThis.__copydeskRan = 'svg script'</script></svg>
<template><img src="${LOCAL}/template.jpg"><script>globalThis.__copydeskRan = 'template'</script></template>
<p>${Array.from({ length: 200 }, (_, i) => `https://site${i}.example/path?q=${i}`).join(' ')}</p>
</article><footer>© 2024 Example Media</footer></body></html>`;

interface Call {
  what: string;
  args: string;
}

/** Replaces every way out with a recorder that throws; returns the calls and a function that restores all. */
function trapWaysOut(): { calls: Call[]; restore: () => void } {
  const calls: Call[] = [];
  const saved: Array<() => void> = [];
  const trap = (owner: Record<string, unknown>, key: string, what: string) => {
    const original = owner[key];
    owner[key] = function trapped(...args: unknown[]) {
      calls.push({ what, args: args.map((a) => (typeof a === 'string' ? a : typeof a)).join(', ') });
      throw new Error(`copydesk must not call ${what} during extraction`);
    };
    saved.push(() => {
      owner[key] = original;
    });
  };
  const o = (x: object) => x as Record<string, unknown>;
  trap(o(net.Socket.prototype), 'connect', 'net.Socket#connect');
  trap(o(net), 'connect', 'net.connect');
  trap(o(net), 'createConnection', 'net.createConnection');
  trap(o(tls), 'connect', 'tls.connect');
  trap(o(dgram), 'createSocket', 'dgram.createSocket');
  for (const [mod, name] of [[http, 'http'], [https, 'https']] as const) {
    trap(o(mod), 'request', `${name}.request`);
    trap(o(mod), 'get', `${name}.get`);
  }
  trap(o(http2), 'connect', 'http2.connect');
  trap(o(globalThis), 'fetch', 'fetch');
  for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) trap(o(dns), k, `dns.${k}`);
  for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) trap(o(dns.promises), k, `dns.promises.${k}`);
  for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(o(childProcess), k, `child_process.${k}`);
  // Files: the extraction reads none (schemas and rule tables are loaded when the modules load) and writes none.
  for (const k of ['openSync', 'readFileSync', 'writeFileSync', 'appendFileSync', 'createReadStream', 'createWriteStream', 'open', 'readFile', 'writeFile', 'mkdirSync', 'rmSync', 'unlinkSync', 'renameSync', 'existsSync', 'statSync', 'readdirSync']) {
    trap(o(fs), k, `fs.${k}`);
  }
  for (const k of ['open', 'readFile', 'writeFile', 'appendFile', 'mkdir', 'rm', 'unlink', 'rename', 'stat', 'readdir']) trap(o(fs.promises), k, `fs.promises.${k}`);
  // Named ESM imports of builtins (`import { request } from 'node:http'`) see the traps too.
  syncBuiltinESMExports();
  return {
    calls,
    restore: () => {
      for (const undo of saved.reverse()) undo();
      syncBuiltinESMExports();
    },
  };
}

// Code loaded on first use (the tinyld language model, required lazily) reads its own module files once,
// from fixed paths: load it before the traps go up, so that they see only what a page makes copydesk do.
defaultLanguageDetector('Warm-up text so that the language model is loaded before the traps go up.');
extractArticle(HOSTILE);

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__copydeskRan;
});

describe('no reaching out', () => {
  it('extracting a page full of URLs, scripts, frames and preloads opens no socket, process or file', () => {
    const { calls, restore } = trapWaysOut();
    let record;
    try {
      record = extractArticle(HOSTILE, { url: null, input: { path: '../../etc/passwd' } });
      // and again with an envelope URL that names a local file, and one that names the loopback
      extractArticle(HOSTILE, { url: 'file:///etc/passwd', input: { path: '/etc/passwd' } });
      extractArticle(HOSTILE, { url: `${LOCAL}/page`, input: { path: '-' } });
    } finally {
      restore();
    }
    expect(calls).toEqual([]);
    expect(checkArticle(record)).toEqual([]);
    expect(record!.headline).toBe('Reaching out');
    expect((globalThis as Record<string, unknown>).__copydeskRan).toBeUndefined();
  });

  it('the worker path (decode → extract → validate) opens no socket, process or file either', () => {
    const { calls, restore } = trapWaysOut();
    let result;
    try {
      result = processPage({ bytes: new TextEncoder().encode(HOSTILE), input: { path: '../../etc/passwd' }, url: 'file:///etc/passwd' });
    } finally {
      restore();
    }
    expect(calls).toEqual([]);
    expect(result!.ok).toBe(true);
  });

  it('the traps work: a call that reaches out is recorded (so an empty list above means something)', () => {
    const { calls, restore } = trapWaysOut();
    try {
      expect(() => http.request(`${LOCAL}/x`)).toThrow(/must not call http.request/);
      expect(() => new net.Socket().connect(9, '127.0.0.1')).toThrow(/net.Socket#connect/);
      expect(() => dns.lookup('evil.example', () => {})).toThrow(/dns.lookup/);
      expect(() => childProcess.spawn('true')).toThrow(/child_process.spawn/);
      expect(() => fs.readFileSync('/etc/passwd')).toThrow(/fs.readFileSync/);
      expect(() => (globalThis.fetch as (u: string) => unknown)(`${LOCAL}/x`)).toThrow(/fetch/);
    } finally {
      restore();
    }
    expect(calls.map((c) => c.what)).toEqual(['http.request', 'net.Socket#connect', 'dns.lookup', 'child_process.spawn', 'fs.readFileSync', 'fetch']);
  });

  it('"../../etc/passwd" in a page or an input path is kept as a string or dropped, never resolved against the disk', () => {
    const { calls, restore } = trapWaysOut();
    let record;
    try {
      record = extractArticle(HOSTILE, { input: { path: '../../etc/passwd' } });
    } finally {
      restore();
    }
    expect(calls).toEqual([]);
    expect(record!.input).toEqual({ path: '../../etc/passwd' });
    const json = JSON.stringify(record);
    expect(json).not.toMatch(/root:x:0:0/); // nothing of the file itself
    // relative URLs resolve against the page's own (http) base, never to a file: URL
    expect(json).not.toMatch(/file:\/\//);
  });
});
