// `copydesk convert --to parquet`: NDJSON records → a Parquet file with nested columns (lists and structs,
// not JSON strings), written by embedded DuckDB from the same table model as the DDL. The input is
// validated first, so a file that would not load cleanly is refused rather than half converted.
import { rename, rm } from 'node:fs/promises';
import { articleSchema } from '../validate/index.js';
import { validateFiles, type ValidateProblem } from '../validate/file.js';
import { duckdbSelectFrom } from './load.js';

export const CONVERT_TARGETS = ['parquet'] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

export interface ConvertOptions {
  /** NDJSON records, plain or .gz (a path: DuckDB reads the file itself). */
  input: string;
  /** The file to write; written to `<output>.partial` and renamed into place. */
  output: string;
  to?: ConvertTarget;
  /** Called for each schema problem found in the input; nothing is written when there is one. */
  onProblem?: (p: ValidateProblem) => void;
}

export interface ConvertResult {
  /** Records written; 0 with `invalid > 0` when the input was refused. */
  rows: number;
  lines: number;
  invalid: number;
}

export async function convertFile(options: ConvertOptions): Promise<ConvertResult> {
  const { input, output } = options;
  if (input === '-') throw new Error('Expected an NDJSON file to convert, got `-`: standard input cannot be read twice (validate, then convert)');
  const checked = await validateFiles([input], options.onProblem ?? (() => {}));
  if (checked.invalid > 0) return { rows: 0, lines: checked.lines, invalid: checked.invalid };
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const partial = `${output}.partial`;
  try {
    const sql = `COPY (${duckdbSelectFrom(input, articleSchema)}) TO '${partial.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`;
    const result = await conn.run(sql);
    await rename(partial, output);
    return { rows: Number(result.rowsChanged), lines: checked.lines, invalid: 0 };
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
