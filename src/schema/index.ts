// `copydesk schema`: the record schema itself, or a warehouse table definition derived from it (and, for
// DuckDB and Postgres, the statement that loads an NDJSON file into that table).
import { articleSchema } from '../validate/index.js';
import { TABLE_FORMATS, tableDefinition, type TableFormat } from './ddl.js';
import { duckdbLoad, postgresLoad } from './load.js';

export const SCHEMA_FORMATS = ['json-schema', ...TABLE_FORMATS] as const;
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number];

export interface SchemaTextOptions {
  /** Table name for the DDL formats; default `articles`. */
  table?: string;
  /** An NDJSON file: append the statement that loads it (duckdb and postgres only). */
  load?: string | null;
}

export function schemaText(format: SchemaFormat, options: SchemaTextOptions = {}): string {
  if (format === 'json-schema') {
    if (options.load) throw new Error('Expected --load with --format duckdb or postgres, got --format json-schema');
    return JSON.stringify(articleSchema, null, 2) + '\n';
  }
  const table = options.table ?? 'articles';
  let text = tableDefinition(articleSchema, format as TableFormat, { table });
  if (options.load) {
    if (format === 'duckdb') text += '\n' + duckdbLoad(options.load, articleSchema, table);
    else if (format === 'postgres') text += '\n' + postgresLoad(options.load, articleSchema, table);
    else throw new Error(`Expected --load with --format duckdb or postgres, got --format ${format}`);
  }
  return text;
}
