// `copydesk validate`: streams NDJSON files (plain, .gz or standard input) line by line and reports every
// problem as `file:line: /json/pointer message`. Constant memory whatever the file size.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { safeJsonParse } from '../context/jsonld.js';
import { checkArticle } from './index.js';

export interface ValidateSummary {
  files: number;
  lines: number;
  invalid: number;
  problems: number;
}

export interface ValidateProblem {
  file: string;
  line: number;
  pointer: string;
  message: string;
}

export async function validateFiles(
  files: string[],
  onProblem: (p: ValidateProblem) => void,
  stdin: Readable = process.stdin,
): Promise<ValidateSummary> {
  const summary: ValidateSummary = { files: 0, lines: 0, invalid: 0, problems: 0 };
  for (const file of files) {
    summary.files++;
    let source: Readable = file === '-' ? stdin : createReadStream(file);
    if (/\.gz$/i.test(file)) source = source.pipe(createGunzip());
    const report = (line: number, pointer: string, message: string) => {
      summary.problems++;
      onProblem({ file, line, pointer, message });
    };
    try {
      const rl = createInterface({ input: source, crlfDelay: Infinity });
      let n = 0;
      for await (const text of rl) {
        n++;
        if (!text.trim()) continue;
        summary.lines++;
        let value: unknown;
        try {
          value = safeJsonParse(text);
        } catch (e) {
          summary.invalid++;
          report(n, '', `is not JSON (${(e as Error).message})`);
          continue;
        }
        const problems = checkArticle(value);
        if (problems.length) {
          summary.invalid++;
          for (const p of problems) report(n, p.pointer, p.message);
        }
      }
    } catch (e) {
      summary.invalid++;
      const err = e as NodeJS.ErrnoException;
      report(0, '', `cannot read: ${err.code ?? err.message}`);
    }
  }
  return summary;
}
