// Breaking-change check between two versions of the record schema. A change is breaking when a record or
// a table built for the old schema no longer fits the new one: a field removed (or renamed, which is a
// removal plus an addition), a type narrowed (a type, enum value or const dropped, a tighter bound,
// pattern or format), a field newly required, an object closed to extra properties. Adding optional
// fields, widening types and loosening bounds are not breaking. Covers the JSON Schema keywords the
// record schema uses: $ref (local), anyOf/oneOf, type, const, enum, properties, required,
// additionalProperties, items, format, pattern, min/max(Length), minimum/maximum.

type Node = Record<string, unknown>;

export interface Breaking {
  /** Where in the record: a JSON Pointer-like path with `[]` for array items. */
  path: string;
  message: string;
}

export function breakingChanges(oldSchema: Node, newSchema: Node): Breaking[] {
  const out: Breaking[] = [];
  compare(oldSchema, oldSchema, newSchema, newSchema, '', out, new Set());
  return out;
}

/** One branch of a schema node: a single JSON type with its constraints. */
interface Branch {
  type: string;
  node: Node;
}

function resolve(root: Node, node: Node): Node {
  let n = node;
  for (let i = 0; i < 32 && typeof n.$ref === 'string'; i++) {
    const m = /^#\/\$defs\/([^/]+)$/.exec(n.$ref as string);
    const target = m ? (root.$defs as Record<string, Node> | undefined)?.[m[1]!] : undefined;
    if (!target) throw new Error(`Expected a local reference #/$defs/<name>, got \`${String(n.$ref)}\``);
    n = { ...target, ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref' && k !== 'description')) };
  }
  return n;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const ALL_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

function branches(root: Node, raw: Node): Branch[] {
  const node = resolve(root, raw);
  const union = (node.anyOf ?? node.oneOf) as Node[] | undefined;
  if (Array.isArray(union)) return union.flatMap((b) => branches(root, b));
  let types: string[];
  if (Array.isArray(node.type)) types = node.type as string[];
  else if (typeof node.type === 'string') types = [node.type];
  else if ('const' in node) types = [jsonType(node.const)];
  else if (Array.isArray(node.enum)) types = [...new Set((node.enum as unknown[]).map(jsonType))];
  else types = ALL_TYPES;
  return types.map((type) => ({ type, node }));
}

const accepts = (newType: string, oldType: string) => newType === oldType || (newType === 'number' && oldType === 'integer');

function values(node: Node): unknown[] | null {
  if ('const' in node) return [node.const];
  if (Array.isArray(node.enum)) return node.enum as unknown[];
  return null;
}

function compare(oldRoot: Node, oldRaw: Node, newRoot: Node, newRaw: Node, path: string, out: Breaking[], seen: Set<string>): void {
  const key = `${path}|${JSON.stringify(oldRaw.$ref ?? '')}|${JSON.stringify(newRaw.$ref ?? '')}`;
  if (seen.has(key)) return;
  seen = new Set(seen).add(key);
  const at = path || '/';
  const newBranches = branches(newRoot, newRaw);
  for (const ob of branches(oldRoot, oldRaw)) {
    const candidates = newBranches.filter((nb) => accepts(nb.type, ob.type));
    if (!candidates.length) {
      out.push({ path: at, message: `no longer accepts ${ob.type}` });
      continue;
    }
    // The old branch must fit at least one new branch; report the problems of the closest one.
    let best: Breaking[] | null = null;
    for (const nb of candidates) {
      const problems: Breaking[] = [];
      compareBranch(oldRoot, ob, newRoot, nb, path, problems, seen);
      if (!best || problems.length < best.length) best = problems;
      if (!problems.length) break;
    }
    out.push(...best!);
  }
}

function compareBranch(oldRoot: Node, ob: Branch, newRoot: Node, nb: Branch, path: string, out: Breaking[], seen: Set<string>): void {
  const o = ob.node;
  const n = nb.node;
  const at = path || '/';
  const ov = values(o);
  const nv = values(n);
  if (nv) {
    if (!ov) out.push({ path: at, message: `restricted to ${nv.map((v) => JSON.stringify(v)).join(', ')}` });
    else {
      const lost = ov.filter((v) => jsonType(v) === ob.type && !nv.some((x) => JSON.stringify(x) === JSON.stringify(v)));
      if (lost.length) out.push({ path: at, message: `no longer accepts ${lost.map((v) => JSON.stringify(v)).join(', ')}` });
    }
  }
  const tighter = (kw: string, dir: 1 | -1) => {
    const a = o[kw];
    const b = n[kw];
    if (typeof b !== 'number') return;
    if (typeof a !== 'number' || (dir === 1 ? b > a : b < a)) out.push({ path: at, message: `${kw} tightened from ${a ?? 'none'} to ${b}` });
  };
  if (ob.type === 'string') {
    tighter('minLength', 1);
    tighter('maxLength', -1);
    if (n.pattern !== undefined && n.pattern !== o.pattern) out.push({ path: at, message: `pattern changed from ${JSON.stringify(o.pattern ?? null)} to ${JSON.stringify(n.pattern)}` });
    if (n.format !== undefined && n.format !== o.format) out.push({ path: at, message: `format changed from ${JSON.stringify(o.format ?? null)} to ${JSON.stringify(n.format)}` });
  }
  if (ob.type === 'integer' || ob.type === 'number') {
    tighter('minimum', 1);
    tighter('maximum', -1);
  }
  if (ob.type === 'array') {
    tighter('minItems', 1);
    tighter('maxItems', -1);
    if (n.items && typeof n.items === 'object') {
      compare(oldRoot, (o.items as Node) ?? {}, newRoot, n.items as Node, `${path}/[]`, out, seen);
    }
  }
  if (ob.type === 'object') {
    const op = (o.properties ?? {}) as Record<string, Node>;
    const np = (n.properties ?? {}) as Record<string, Node>;
    const oreq = new Set((o.required as string[] | undefined) ?? []);
    for (const [name, sub] of Object.entries(op)) {
      const p = `${path}/${name}`;
      if (!(name in np)) {
        out.push({ path: p, message: 'field removed (or renamed)' }); // a loader's column would be gone
        continue;
      }
      compare(oldRoot, sub, newRoot, np[name]!, p, out, seen);
    }
    for (const name of (n.required as string[] | undefined) ?? []) {
      if (!oreq.has(name)) out.push({ path: `${path}/${name}`, message: 'field newly required' });
    }
    if (n.additionalProperties === false && o.additionalProperties !== false) out.push({ path: at, message: 'object closed to extra properties' });
    if (o.additionalProperties && typeof o.additionalProperties === 'object' && n.additionalProperties && typeof n.additionalProperties === 'object') {
      compare(oldRoot, o.additionalProperties as Node, newRoot, n.additionalProperties as Node, `${path}/*`, out, seen);
    }
  }
}

/** `[major, minor, patch]` of a semver string. */
export function parseVersion(v: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) throw new Error(`Expected a version major.minor.patch, got \`${v}\``);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
