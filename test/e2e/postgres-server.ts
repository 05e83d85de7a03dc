// A throwaway PostgreSQL server for the tests: Debian's binaries, a fresh cluster in a temp dir, listening
// on a free loopback port only, trust auth, stopped and removed at the end. Run as the `postgres` system
// user when the tests run as root (Postgres refuses root). Missing binaries mean a skip locally and a
// failure under CI (.ci/run installs them).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgServer {
  port: number;
  /** Runs a psql script (ON_ERROR_STOP); returns stdout, throws with stderr on failure. */
  psql(script: string, args?: string[]): string;
  /** Rows of a query as arrays of strings (unaligned, tab-separated). */
  query(sql: string): string[][];
  stop(): void;
}

/** The bin folder of the newest installed PostgreSQL, or null. */
export function findPgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const initdb = which.stdout.trim();
  return which.status === 0 && initdb ? initdb.replace(/\/initdb$/, '') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres(bin: string): Promise<PgServer> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-pg-'));
  const data = join(dir, 'data');
  const pgUser = asRoot ? 'postgres' : null;
  if (pgUser) {
    const id = spawnSync('id', ['-u', pgUser], { encoding: 'utf8' });
    if (id.status !== 0) throw new Error('Expected a `postgres` system user to run the server as (tests run as root), found none');
    chownSync(dir, Number(id.stdout.trim()), -1);
  }
  const as = (cmd: string, args: string[]) => (pgUser ? ['runuser', ['-u', pgUser, '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  const run = (cmd: string, args: string[]) => {
    const [c, a] = as(join(bin, cmd), args);
    return execFileSync(c, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, 'start']);
  const psqlBin = existsSync(join(bin, 'psql')) ? join(bin, 'psql') : 'psql';
  const conn = ['-X', '-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1'];
  const psql = (script: string, args: string[] = []) => {
    const r = spawnSync(psqlBin, [...conn, ...args, '-f', '-'], { input: script, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`psql failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  return {
    port,
    psql,
    query: (sql) =>
      psql(sql, ['-A', '-t', '-F', '\t'])
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split('\t')),
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
