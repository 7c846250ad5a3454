/**
 * The published package, as an implementer gets it: `npm pack` (whose prepack builds dist/), install the
 * tarball into an empty project, run the compiled CLI from there, import the library with plain node, and
 * type-check a consumer against the shipped declarations. This catches a `files`/`exports`/build/dependency
 * mistake that every in-repo test would miss. It packs a copy of the tree, so the repo never gets a dist/
 * (which would switch the CLI of tests running beside this one to a half-written build).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyPackage, NPM } from '../bench/package-copy.js';
import { median } from '../bench/measure.js';
import type { SchemaName } from '../generated/types.js';
import { digest } from '../src/jcs.js';
import { packageRoot } from '../src/schemas.js';
import { validate } from '../src/validate.js';

const execFileAsync = promisify(execFile);
const PACKAGING_LIMIT_MS = 300_000;
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const COLD_STARTS = 3;
// Issue 14's targets: what a consumer downloads and keeps for the types, `validate` and the CLI.
const TARBALL_LIMIT_BYTES = 400_000;
const INSTALL_LIMIT_BYTES = 15_000_000;
const DEV_ONLY = ['vitest', 'tsx', 'yaml', 'typescript', 'esbuild', 'vite'];

/** Bytes of the files under `dir` (what `du` counts, give or take block rounding). */
function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
const VALID_FIXTURE = 'host-capabilities/valid/minimal-no-optional-areas.json';
const INVALID_FIXTURE = 'host-capabilities/invalid/protocol-version-2.json';

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

/** Plain node, no TypeScript loader: the package's `exports` must lead to JavaScript. */
// Fixtures are not shipped (README, packaging): the consumer reads them from the repository.
const PLAIN_NODE_CONSUMER = `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest, validate } from 'agent-task-kit';

const root = ${JSON.stringify(packageRoot)};
const fixture = (path) => JSON.parse(readFileSync(join(root, 'fixtures', path), 'utf8'));
// Every fixture through the installed validators (minified at build): each verdict and error, to compare.
const everyFixture = readdirSync(join(root, 'fixtures'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((schema) => ['valid', 'invalid'].flatMap((kind) => {
    const dir = join(root, 'fixtures', schema.name, kind);
    let files = [];
    try { files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort(); } catch { files = []; }
    return files.map((name) => {
      const outcome = validate(schema.name, fixture(join(schema.name, kind, name)));
      return [schema.name + '/' + kind + '/' + name, outcome.ok ? [] : outcome.errors.map((e) => e.keyword + ' ' + e.instancePath + ' ' + e.schemaPath)];
    });
  }));
const valid = validate('host-capabilities', fixture(${JSON.stringify(VALID_FIXTURE)}));
const invalid = validate('host-capabilities', fixture(${JSON.stringify(INVALID_FIXTURE)}));
console.log(JSON.stringify({
  validOk: valid.ok,
  invalidOk: invalid.ok,
  invalidKeywords: invalid.ok ? [] : invalid.errors.map((e) => e.keyword),
  digest: digest(fixture(${JSON.stringify(VALID_FIXTURE)})),
  everyFixture,
}));
`;

/** Median wall time of `node <args>` over a few spawns, for the report only (timings are not asserted). */
async function medianSpawnMs(args: string[], cwd: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const t0 = performance.now();
    const ran = await sh(process.execPath, args, cwd);
    samples.push(performance.now() - t0);
    expect(ran.code === 0 ? '' : ran.stderr, `node ${args.join(' ')}`).toBe('');
  }
  return Math.round(median(samples));
}

describe('the packed package', () => {
  const work = mkdtempSync(join(tmpdir(), 'atk-pack-'));
  const tree = copyPackage();
  afterAll(() => {
    tree.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    'builds and installs from its tarball, runs the compiled CLI and serves plain node and TypeScript consumers',
    async (context) => {
      const missing = await npmUnavailable();
      if (missing !== null) {
        console.warn(`packaging test skipped: ${missing}`);
        context.skip(missing);
      }

      const packed = await sh(NPM, ['pack', '--json', '--pack-destination', work], tree.root);
      expect(packed.code === 0 ? '' : packed.stdout + packed.stderr, 'npm pack').toBe('');
      const [manifest] = JSON.parse(packed.stdout) as [{ filename: string; size: number; files: Array<{ path: string }> }];
      expect(manifest.size, 'packed tarball bytes').toBeLessThanOrEqual(TARBALL_LIMIT_BYTES);
      const tarball = join(work, manifest.filename);
      const shipped = new Set(manifest.files.map((f) => f.path));
      for (const path of ['dist/src/cli/main.js', 'dist/src/index.d.ts', 'dist/generated/validators.js', 'dist/generated/types.d.ts']) {
        expect(shipped.has(path), `the tarball holds ${path}`).toBe(true);
      }
      expect([...shipped].filter((path) => path.startsWith('dist/scenarios/') && path.endsWith('.test.js')).length).toBeGreaterThan(0);
      expect(existsSync(join(tree.root, 'dist')), 'postpack removed dist/ from the packed tree').toBe(false);

      const consumer = join(work, 'consumer');
      mkdirSync(consumer);
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'atk-consumer', private: true, type: 'module' }));
      const quiet = ['--no-audit', '--no-fund', '--ignore-scripts'];
      // Dependencies come from the local npm cache; fall back to the registry only if the cache lacks one.
      let installed = await sh(NPM, ['install', tarball, ...quiet, '--offline'], consumer);
      if (installed.code !== 0) installed = await sh(NPM, ['install', tarball, ...quiet, '--prefer-offline'], consumer);
      expect(installed.code === 0 ? '' : installed.stderr, 'npm install of the tarball').toBe('');
      const installedRoot = join(consumer, 'node_modules', 'agent-task-kit');
      const installedBytes = treeBytes(join(consumer, 'node_modules'));
      expect(installedBytes, 'consumer node_modules bytes').toBeLessThanOrEqual(INSTALL_LIMIT_BYTES);
      const installedPackages = readdirSync(join(consumer, 'node_modules'));
      expect(installedPackages.filter((name) => DEV_ONLY.includes(name)), 'dev packages in a consumer install').toEqual([]);
      console.log(`tarball ${manifest.size} bytes, ${manifest.files.length} files; consumer node_modules ${installedBytes} bytes`);
      expect(readdirSync(installedRoot)).toContain('package.json');
      // The bin runs dist/ whenever it exists, so this is the compiled CLI (tsx is not involved).
      expect(existsSync(join(installedRoot, 'dist', 'src', 'cli', 'main.js'))).toBe(true);

      const ran = await sh(NPX, ['--no-install', 'agent-task-kit', 'run', '--filter', 'DISCOVERY'], consumer);
      expect(ran.code === 0 ? '' : `${ran.stdout}\n${ran.stderr}`, 'npx agent-task-kit run --filter DISCOVERY').toBe('');
      expect(ran.stdout).toContain('Result: PASS');
      expect(ran.stdout).toMatch(/Scenarios: [1-9]\d* \([1-9]\d* pass, 0 fail/);

      writeFileSync(join(consumer, 'consumer.mjs'), PLAIN_NODE_CONSUMER);
      const imported = await sh(process.execPath, ['consumer.mjs'], consumer);
      expect(imported.code === 0 ? '' : imported.stderr, 'node consumer.mjs').toBe('');
      const fixture: unknown = JSON.parse(readFileSync(join(packageRoot, 'fixtures', VALID_FIXTURE), 'utf8'));
      const observed = JSON.parse(imported.stdout) as { validOk: boolean; invalidOk: boolean; invalidKeywords: string[]; digest: string; everyFixture: [string, string[]][] };
      // The installed validators answer every fixture exactly as the repository's do.
      const inRepository = observed.everyFixture.map(([path]) => {
        const [schema] = path.split('/');
        const outcome = validate(schema as SchemaName, JSON.parse(readFileSync(join(packageRoot, 'fixtures', path), 'utf8')));
        return [path, outcome.ok ? [] : outcome.errors.map((e) => `${e.keyword} ${e.instancePath} ${e.schemaPath}`)];
      });
      expect(observed.everyFixture.length).toBeGreaterThan(100);
      expect(observed.everyFixture).toEqual(inRepository);
      expect(observed.validOk).toBe(true);
      expect(observed.invalidOk).toBe(false);
      expect(observed.invalidKeywords.length).toBeGreaterThan(0);
      expect(observed.digest).toBe(digest(fixture));

      // A CommonJS consumer: require() of the ES module package, which every Node engines allows (^20.19.0 || >=22.12.0) does without a flag.
      writeFileSync(join(consumer, 'consumer.cjs'), "const kit = require('agent-task-kit'); process.stdout.write(typeof kit.validate);");
      const required = await sh(process.execPath, ['consumer.cjs'], consumer);
      expect(required.code === 0 ? required.stdout : required.stderr, 'node consumer.cjs').toBe('function');

      const bin = join(installedRoot, 'bin', 'agent-task-kit.js');
      const versionMs = await medianSpawnMs([bin, '--version'], consumer);
      const hashMs = await medianSpawnMs([bin, 'hash', join(packageRoot, 'fixtures', VALID_FIXTURE)], consumer);
      const t0 = performance.now();
      const viaNpx = await sh(NPX, ['--no-install', 'agent-task-kit', '--version'], consumer);
      const npxMs = Math.round(performance.now() - t0);
      expect(viaNpx.stdout.trim()).toBe((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version);
      console.log(
        `installed CLI cold start (median of ${COLD_STARTS}): --version ${versionMs} ms, hash ${hashMs} ms; ` +
          `npx agent-task-kit --version ${npxMs} ms (npx's own start-up included)`,
      );

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
            // The kit's declarations mention Node's API; a consumer brings @types/node itself.
            typeRoots: [join(packageRoot, 'node_modules', '@types')],
            types: ['node'],
          },
          files: ['consumer.ts'],
        }),
      );
      const tsc = join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      const checked = await sh(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], consumer);
      expect(checked.code === 0 ? '' : checked.stdout + checked.stderr, 'tsc --noEmit of a consumer').toBe('');

      // A consumer still on the old node10 resolution, which ignores `exports`: `types` and `typesVersions` serve it.
      writeFileSync(
        join(consumer, 'legacy.ts'),
        "import { validate } from 'agent-task-kit';\nimport type { AgentTaskRun } from 'agent-task-kit/types';\n" +
          "export const checked: boolean = validate('agent-task-run', {}).ok;\nexport type Run = AgentTaskRun['state'];\n",
      );
      writeFileSync(
        join(consumer, 'tsconfig.legacy.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node10', strict: true, noEmit: true, skipLibCheck: true, typeRoots: [join(packageRoot, 'node_modules', '@types')], types: ['node'] },
          files: ['legacy.ts'],
        }),
      );
      const legacy = await sh(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.legacy.json'], consumer);
      expect(legacy.code === 0 ? '' : legacy.stdout + legacy.stderr, 'tsc --noEmit of a node10-resolution consumer').toBe('');
    },
    PACKAGING_LIMIT_MS,
  );
});
