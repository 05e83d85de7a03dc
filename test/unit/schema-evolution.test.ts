// Schema evolution: the record schema against its released versions (schemas/releases/). A breaking
// change (a field removed or renamed, a type narrowed, a field newly required) fails unless the major
// version moves; a released version is frozen; every version has its CHANGELOG.md entry.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakingChanges, compareVersions, parseVersion } from '../../src/schema/compat.js';
import { articleSchema } from '../../src/validate/index.js';

type Schema = Record<string, any>;
const dir = new URL('../../schemas/releases/', import.meta.url);
const releases = readdirSync(dir)
  .map((f) => /^article-(\d+\.\d+\.\d+)\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ version: m[1]!, schema: JSON.parse(readFileSync(new URL(m[0], dir), 'utf8')) as Schema }))
  .sort((a, b) => compareVersions(a.version, b.version));
const current = articleSchema as Schema;
const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');

/** Fails with the breaking changes unless the major version moved from `from` to `to`. */
function expectCompatible(from: { version: string; schema: Schema }, to: { version: string; schema: Schema }) {
  const problems = breakingChanges(from.schema, to.schema);
  if (parseVersion(to.version)[0] > parseVersion(from.version)[0]) return;
  expect(
    problems.map((p) => `${p.path}: ${p.message}`),
    `breaking changes from ${from.version} to ${to.version}: move the major version, or keep the change additive`,
  ).toEqual([]);
}

describe('schema releases', () => {
  it('keeps each released version as a file whose version matches its name', () => {
    expect(releases.map((r) => r.version)).toContain('1.0.0');
    for (const r of releases) expect(r.schema.version).toBe(r.version);
  });

  it('the current schema is the newest version, and equals its release once released (frozen)', () => {
    const latest = releases[releases.length - 1]!;
    expect(compareVersions(current.version, latest.version)).toBeGreaterThanOrEqual(0);
    if (current.version === latest.version) {
      expect(current, `schema ${current.version} is released: bump the version to change it`).toEqual(latest.schema);
    }
  });

  it('has no breaking change against the previous release unless the major version moves', () => {
    const previous = releases.filter((r) => compareVersions(r.version, current.version) < 0).pop()!;
    expect(previous).toBeDefined();
    expectCompatible(previous, { version: current.version, schema: current });
  });

  it('has no breaking change between consecutive releases unless the major version moves', () => {
    for (let i = 1; i < releases.length; i++) expectCompatible(releases[i - 1]!, releases[i]!);
  });

  it('records every version in CHANGELOG.md', () => {
    for (const v of new Set([...releases.map((r) => r.version), current.version])) {
      expect(changelog, `CHANGELOG.md has no "## Schema ${v}" entry`).toMatch(new RegExp(`^## Schema ${v.replace(/\./g, '\\.')}\\b`, 'm'));
    }
    expect(changelog).toMatch(/`textCredits`/);
    expect(changelog).toMatch(/`outletsCited`/);
  });
});

describe('breakingChanges', () => {
  const base = (): Schema => ({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'kind'],
    properties: {
      id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      kind: { enum: ['person', 'organization'] },
      title: { type: ['string', 'null'], maxLength: 200 },
      count: { type: 'integer', minimum: 0 },
      when: { $ref: '#/$defs/Date' },
      tags: { type: 'array', items: { type: 'string' } },
      author: { anyOf: [{ $ref: '#/$defs/Author' }, { type: 'null' }] },
    },
    $defs: {
      Date: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string', format: 'date' }, { type: 'null' }] },
      Author: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string' }, url: { type: 'string' } } },
    },
  });

  const breaking: Array<[string, (s: Schema) => void, RegExp]> = [
    ['a removed field', (s) => delete s.properties.count, /\/count: field removed/],
    ['a renamed field', (s) => { s.properties.heading = s.properties.title; delete s.properties.title; }, /\/title: field removed/],
    ['a nested removed field', (s) => delete s.$defs.Author.properties.url, /\/author\/url: field removed/],
    ['a type narrowed (null dropped)', (s) => { s.properties.title.type = 'string'; }, /\/title: no longer accepts null/],
    ['a type changed', (s) => { s.properties.count = { type: 'string' }; }, /\/count: no longer accepts integer/],
    ['a date alone no longer accepted', (s) => { s.$defs.Date.anyOf.splice(1, 1); }, /\/when: .*format/],
    ['an enum value dropped', (s) => { s.properties.kind.enum = ['person']; }, /\/kind: no longer accepts "organization"/],
    ['a field newly required', (s) => s.required.push('title'), /\/title: field newly required/],
    ['a tighter bound', (s) => { s.properties.count.minimum = 1; }, /\/count: minimum tightened/],
    ['a shorter maxLength', (s) => { s.properties.title.maxLength = 100; }, /\/title: maxLength tightened/],
    ['a changed pattern', (s) => { s.properties.id.pattern = '^[0-9a-f]{40}$'; }, /\/id: pattern changed/],
    ['array items narrowed', (s) => { s.properties.tags.items = { enum: ['a'] }; }, /\/tags\/\[\]: restricted to "a"/],
  ];
  it.each(breaking)('flags %s', (_name, mutate, message) => {
    const next = base();
    mutate(next);
    const problems = breakingChanges(base(), next).map((p) => `${p.path}: ${p.message}`);
    expect(problems.some((p) => message.test(p)), problems.join('\n') || 'no problem found').toBe(true);
  });

  const compatible: Array<[string, (s: Schema) => void]> = [
    ['an optional field added', (s) => { s.properties.section = { type: ['string', 'null'] }; }],
    ['a nested optional field added', (s) => { s.$defs.Author.properties.email = { type: 'string' }; }],
    ['a type widened', (s) => { s.properties.count = { type: ['integer', 'null'], minimum: 0 }; }],
    ['integer widened to number', (s) => { s.properties.count = { type: 'number', minimum: 0 }; }],
    ['an enum value added', (s) => { s.properties.kind.enum.push('desk'); }],
    ['a looser bound', (s) => { s.properties.title.maxLength = 500; delete s.properties.count.minimum; }],
    ['a field no longer required', (s) => { s.required = ['id']; }],
    ['descriptions edited', (s) => { s.properties.id.description = 'The id.'; }],
  ];
  it.each(compatible)('accepts %s', (_name, mutate) => {
    const next = base();
    mutate(next);
    expect(breakingChanges(base(), next)).toEqual([]);
  });
});
