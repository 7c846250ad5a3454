import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `run` loads scenarios without type-checking them; `npm run check` is the fast step spec authors run first.
describe('npm run check', () => {
  it('type-checks the scenarios and the harness incrementally through tsconfig.scenarios.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.check).toBe('tsc --noEmit -p tsconfig.scenarios.json');
    const config = JSON.parse(readFileSync(new URL('../tsconfig.scenarios.json', import.meta.url), 'utf8')) as {
      extends: string;
      compilerOptions: { incremental: boolean };
      include: string[];
    };
    expect(config.extends).toBe('./tsconfig.json');
    expect(config.compilerOptions.incremental).toBe(true);
    expect(config.include).toEqual(expect.arrayContaining(['scenarios', 'src/harness']));
  });
});
