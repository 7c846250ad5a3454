import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { validate } from '../src/validate.js';
import type { SchemaName } from '../generated/types.js';
import { FIXTURES_DIR, REPO_ROOT } from './schema-set.js';

/**
 * Every JSON object published in the seeds and the protocol notes (SPEC.md §2.4.8). The seed pages print their
 * examples as bare JSON between prose, not in fenced blocks, so each top-level `{…}` that parses is an example.
 */
const SHARED = join(REPO_ROOT, '..', 'shared');
// The seeds sit beside the repository, not in the package: an installed copy has nothing to check.
const HAVE_SEEDS = existsSync(join(SHARED, 'seeds'));
const SOURCES = !HAVE_SEEDS ? [] : [
  ...readdirSync(join(SHARED, 'seeds')).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join('seeds', f)),
  'PROTOCOL-NOTES.md',
];

interface Example { source: string; seed: number | undefined; offset: number; doc: Record<string, unknown> }

function examples(): Example[] {
  const found: Example[] = [];
  for (const source of SOURCES) {
    const text = readFileSync(join(SHARED, source), 'utf8');
    const seed = /^seeds\/(\d{3})_/.exec(source)?.[1];
    for (let at = text.indexOf('{'); at >= 0; ) {
      const end = closingBrace(text, at);
      let doc: unknown;
      try { doc = end < 0 ? undefined : JSON.parse(text.slice(at, end + 1)); } catch { doc = undefined; }
      if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && Object.keys(doc).length > 0) {
        found.push({ source, seed: seed === undefined ? undefined : Number(seed), offset: at, doc: doc as Record<string, unknown> });
        at = text.indexOf('{', end + 1);
      } else {
        at = text.indexOf('{', at + 1);
      }
    }
  }
  return found;
}

/** Index of the brace closing the one at `at`, ignoring braces inside strings; -1 when unbalanced. */
function closingBrace(text: string, at: number): number {
  let depth = 0;
  let inString = false;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Examples that are not protocol documents, with the reason. */
function excluded(e: Example): string | undefined {
  if (e.seed === 0) return 'seed 000 is the run record JSON Schema itself (compiled into agent-task-run.schema.json), not a document';
  if (e.seed === 3) return 'seed 003 is the app runtime JSON Schema itself (app-runtime.schema.json), not a document';
  if (e.seed === 4) return "seed 004 is a diff of another package's schemas; its objects are schema fragments";
  if (e.source === 'PROTOCOL-NOTES.md' && 'test' in e.doc) return 'the Standard Webhooks test-vector body, checked by vectors/standard-webhooks.json';
  return undefined;
}

/**
 * The protocol documents: schema, the fixture that completes the excerpt, and the members the fixture may change.
 * The seed pages print excerpts (SPEC.md §2.4.8): a root `required` error means a member the page left out, and
 * the fixture adds it. `replaced` names a published value that is invalid by design.
 */
const DOCUMENTS: { match: (e: Example) => boolean; schema: SchemaName; fixture: string; replaced: Record<string, string> }[] = [
  { match: (e) => e.doc['object_type'] === 'agent_task_run', schema: 'agent-task-run', fixture: 'published-seed-1-ledger.json', replaced: {} },
  {
    match: (e) => e.doc['attestation_type'] === 'agent_result_attestation', schema: 'result-attestation', fixture: 'published-seed-1-attestation.json',
    replaced: { result_package_hash: '"sha256:demo-public-safe-placeholder" is a placeholder, not a SHA-256 digest; the hash must be checkable (SPEC.md §2.4.8)' },
  },
  { match: (e) => 'exception_id' in e.doc && 'safe_to_replay' in e.doc, schema: 'exception-ticket', fixture: 'published-seed-1-exception-state.json', replaced: {} },
];

const all = examples();

describe.skipIf(!HAVE_SEEDS)('published examples (SPEC.md §2.4.8)', () => {
  it('finds the published documents and names a reason for every other object', () => {
    for (const e of all) {
      const known = excluded(e) !== undefined || DOCUMENTS.some((d) => d.match(e));
      expect(known, `${e.source}@${e.offset}: ${JSON.stringify(e.doc).slice(0, 80)}`).toBe(true);
    }
    for (const d of DOCUMENTS) expect(all.filter(d.match), d.fixture).toHaveLength(1);
  });

  for (const d of DOCUMENTS) {
    const example = all.find(d.match);
    it(`${d.schema}: the published example is valid apart from members it leaves out and ${Object.keys(d.replaced).join(', ') || 'nothing else'}`, () => {
      expect(example).toBeDefined();
      const outcome = validate(d.schema, example!.doc);
      const errors = outcome.ok ? [] : outcome.errors;
      const unexpected = errors.filter((err) => !(err.keyword === 'required' && err.instancePath === '')
        && !Object.keys(d.replaced).some((member) => err.instancePath === `/${member}`));
      expect(unexpected).toEqual([]);
    });

    it(`${d.schema}: fixtures/${d.schema}/valid/${d.fixture} keeps every published member and is valid`, () => {
      const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, d.schema, 'valid', d.fixture), 'utf8')) as Record<string, unknown>;
      for (const [member, value] of Object.entries(example!.doc)) {
        if (member in d.replaced) continue;
        expect(isDeepStrictEqual(fixture[member], value), member).toBe(true);
      }
      expect(validate(d.schema, fixture).ok).toBe(true);
    });
  }
});
