/**
 * The published package, as an implementer gets it: `npm pack`, install the tarball into an empty project, run
 * the CLI from there, and type-check a consumer that imports the generated types and `validate`. This catches a
 * `files`/`exports`/dependency mistake that every in-repo test would miss.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/schemas.js';

const execFileAsync = promisify(execFile);
const PACKAGING_LIMIT_MS = 300_000;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function sh(command: string, args: string[], cwd: string): Promise<Ran> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code === 'string') throw error; // spawn failure such as ENOENT, not an exit status
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function npmUnavailable(): Promise<string | null> {
  try {
    await execFileAsync(NPM, ['--version']);
    return null;
  } catch (error) {
    return `npm is not available: ${(error as Error).message}`;
  }
}

const CONSUMER_SOURCE = `import type { HostCapabilities, AgentTaskRun } from 'agent-task-kit/types';
import { validate } from 'agent-task-kit';

const outcome = validate('host-capabilities', JSON.parse('{}'));
export const capabilities: HostCapabilities | null = outcome.ok ? outcome.value : null;
export const states: ReadonlyArray<AgentTaskRun['state']> = ['closed'];
`;

describe('the packed package', () => {
  const work = mkdtempSync(join(tmpdir(), 'atk-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    'installs from its tarball, runs the DISCOVERY scenarios and type-checks a consumer',
    async (context) => {
      const missing = await npmUnavailable();
      if (missing !== null) {
        console.warn(`packaging test skipped: ${missing}`);
        context.skip(missing);
      }

      const packed = await sh(NPM, ['pack', '--json', '--pack-destination', work], packageRoot);
      expect(packed.stderr && packed.code !== 0 ? packed.stderr : '', 'npm pack').toBe('');
      const tarball = join(work, (JSON.parse(packed.stdout) as [{ filename: string }])[0].filename);

      const consumer = join(work, 'consumer');
      mkdirSync(consumer);
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'atk-consumer', private: true, type: 'module' }));
      const quiet = ['--no-audit', '--no-fund', '--ignore-scripts'];
      // Dependencies come from the local npm cache; fall back to the registry only if the cache lacks one.
      let installed = await sh(NPM, ['install', tarball, ...quiet, '--offline'], consumer);
      if (installed.code !== 0) installed = await sh(NPM, ['install', tarball, ...quiet, '--prefer-offline'], consumer);
      expect(installed.code === 0 ? '' : installed.stderr, 'npm install of the tarball').toBe('');
      expect(readdirSync(join(consumer, 'node_modules', 'agent-task-kit'))).toContain('package.json');

      const ran = await sh(NPX, ['--no-install', 'agent-task-kit', 'run', '--filter', 'DISCOVERY'], consumer);
      expect(ran.code === 0 ? '' : `${ran.stdout}\n${ran.stderr}`, 'npx agent-task-kit run --filter DISCOVERY').toBe('');
      expect(ran.stdout).toContain('Result: PASS');

      writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_SOURCE);
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            // The kit ships TypeScript sources that use Node's API; a consumer brings @types/node itself.
            typeRoots: [join(packageRoot, 'node_modules', '@types')],
            types: ['node'],
          },
          files: ['consumer.ts'],
        }),
      );
      const tsc = join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      const checked = await sh(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], consumer);
      expect(checked.code === 0 ? '' : checked.stdout + checked.stderr, 'tsc --noEmit of a consumer').toBe('');
    },
    PACKAGING_LIMIT_MS,
  );
});
