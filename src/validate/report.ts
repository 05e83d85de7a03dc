// How `copydesk validate` prints problems: `text` for people (`file:line: /pointer message`), `github` for
// GitHub Actions (`::error file=…,line=…::` workflow commands, shown as annotations on the file), `json`
// for programs (one JSON document, written as the problems arrive so memory stays constant).
import type { ValidateProblem, ValidateSummary } from './file.js';

export const VALIDATE_FORMATS = ['text', 'github', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface Reporter {
  problem(p: ValidateProblem): void;
  /** Ends the report; the JSON report is only complete after this. */
  done(s: ValidateSummary): void;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts: data and property escaping.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(p: ValidateProblem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  props.push(`title=${escapeProperty('copydesk validate')}`);
  return `::error ${props.join(',')}::${escapeData(`${p.pointer || '/'} ${p.message}`)}`;
}

export function createReporter(format: ValidateFormat, write: (s: string) => void): Reporter {
  switch (format) {
    case 'text':
      return {
        problem: (p) => write(`${p.file}:${p.line}: ${p.pointer || '/'} ${p.message}\n`),
        done: () => {},
      };
    case 'github':
      return {
        problem: (p) => write(githubAnnotation(p) + '\n'),
        done: () => {},
      };
    case 'json': {
      let first = true;
      write('{"problems":[');
      return {
        problem: (p) => {
          write((first ? '\n' : ',\n') + JSON.stringify(p));
          first = false;
        },
        done: (s) => write(`${first ? '' : '\n'}],"summary":${JSON.stringify(s)},"valid":${s.invalid === 0}}\n`),
      };
    }
  }
}

export function formatSummary(s: ValidateSummary, maxErrors?: number): string {
  const base = `copydesk validate: ${s.lines} lines in ${s.files} file${s.files === 1 ? '' : 's'}, ${s.invalid} invalid`;
  return s.truncated ? `${base} (stopped after ${maxErrors ?? s.problems} problems: --max-errors)` : base;
}
