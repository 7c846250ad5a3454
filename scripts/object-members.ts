import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Closing objects in the generated types (SPEC.md §2.5). Validators keep accepting unknown members (§2.2, forward
 * compatibility); only the TypeScript types close, so a misspelt member fails to compile. The decision per schema
 * lives in spec/object-members.json with its reason.
 */
export interface ObjectMembersDecision { types: 'closed' | 'open'; reason: string; open?: string[] }
export interface ObjectMembersFile { schemas: Record<string, ObjectMembersDecision> }

export function readObjectMembers(root: string): ObjectMembersFile {
  return JSON.parse(readFileSync(join(root, 'spec', 'object-members.json'), 'utf8')) as ObjectMembersFile;
}

type Json = Record<string, unknown>;

/**
 * A copy of the schema for type generation in which every object that declares its properties gets
 * `additionalProperties: false`, unless it already constrains additional members or its pointer is listed open.
 * Objects without `properties` are maps or bags by construction and stay open.
 */
export function closeForTypes(schema: unknown, decision: ObjectMembersDecision | undefined, pointer = ''): unknown {
  if (decision?.types !== 'closed') return schema;
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((item, i) => closeForTypes(item, decision, `${pointer}/${i}`));
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    // Values of const/enum/default/examples are data, not schemas.
    out[key] = ['const', 'enum', 'default', 'examples'].includes(key) ? value : closeForTypes(value, decision, `${pointer}/${key}`);
  }
  const open = decision.open ?? [];
  if ('properties' in out && (out['additionalProperties'] === undefined || out['additionalProperties'] === true) && !open.includes(pointer)) {
    out['additionalProperties'] = false;
  }
  return out;
}

const TABLE = /<!-- object-members -->[\s\S]*?<!-- \/object-members -->/;

/** SPEC.md with its `<!-- object-members -->` block (§2.5) refilled from the decisions. */
export function renderObjectMembersTable(spec: string, file: ObjectMembersFile): string {
  const rows = Object.entries(file.schemas).map(([name, d]) =>
    `| \`${name}\` | ${d.types} | ${(d.open ?? []).map((p) => `\`${p}\``).join(', ') || '–'} | ${d.reason.replace(/\|/g, '\\|')} |`);
  const table = ['<!-- object-members -->', '| Schema | Types | Open inside | Why |', '|---|---|---|---|', ...rows, '<!-- /object-members -->'].join('\n');
  return spec.replace(TABLE, () => table);
}
