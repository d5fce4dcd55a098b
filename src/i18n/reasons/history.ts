/** Words for why an imported history file was refused (src/lib/history.ts ImportError). */
import type { EntryProblem, ImportError } from '../../lib/history.ts';
import { format } from '../format.ts';
import type { Locale } from '../types.ts';

function entryProblemText(problem: EntryProblem, s: Locale['importError'], lang: string): string {
  switch (problem.kind) {
    case 'not-an-entry':
      return s.notAnEntry;
    case 'bad-date':
      return format(s.badDate, lang, { date: problem.date, example: '2026-11-29T17:20:00.000Z' });
    case 'unknown-version':
      return format(s.unknownVersion, lang, { code: problem.code, version: problem.version });
    case 'unreadable-code':
      return format(s.unreadableCode, lang, { code: problem.code });
    case 'not-canonical':
      return format(s.notCanonical, lang, { code: problem.code });
    case 'version-mismatch':
      return format(s.versionMismatch, lang, { version: problem.version, code: problem.code });
    case 'unreadable':
      return s.unreadable;
  }
}

/** Why an imported history file was refused. */
export function importErrorText(error: ImportError, s: Locale['importError'], lang: string): string {
  switch (error.kind) {
    case 'not-text':
      return s.notText;
    case 'too-large': {
      const size = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte' }).format(error.maxChars / 1_000_000);
      return format(s.tooLarge, lang, { size });
    }
    case 'not-json':
      return s.notJson;
    case 'not-history':
      return s.notHistory;
    case 'other-kind':
      return format(s.otherKind, lang, { found: error.found });
    case 'no-format':
      return format(s.noFormat, lang, { found: error.found });
    case 'newer-format':
      return format(s.newerFormat, lang, { format: error.format, reads: error.reads });
    case 'no-entries':
      return s.noEntries;
    case 'too-many':
      return format(s.tooMany, lang, { count: error.count, max: error.max });
    case 'bad-entry':
      return format(s.badEntry, lang, { position: error.position, count: error.count, problem: entryProblemText(error.problem, s, lang) });
  }
}
