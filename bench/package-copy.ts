/**
 * A copy of the package tree in a temporary directory, with node_modules linked to the repo's, where the
 * package can be built (`npm run build`) or packed (`npm pack`, whose prepack builds dist/). The repo itself
 * never gets a dist/: while one exists there, every CLI started from the repo would run it instead of the
 * sources, and a half-written or stale build would break concurrent test runs. Used by the cold-start bench
 * and test/packaging.test.ts.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../src/schemas.js';

export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SKIPPED_TOP_LEVEL = new Set(['node_modules', '.git', 'dist']);

export interface PackageCopy {
  root: string;
  /** `bin/agent-task-kit.js` of the copy: runs dist/ once the copy is built. */
  bin: string;
  remove(): void;
}

export function copyPackage(): PackageCopy {
  const root = mkdtempSync(join(tmpdir(), 'atk-package-'));
  cpSync(packageRoot, root, {
    recursive: true,
    filter: (from) => {
      const top = relative(packageRoot, from).split(sep)[0]!;
      return !SKIPPED_TOP_LEVEL.has(top) && !top.endsWith('.tgz');
    },
  });
  symlinkSync(join(packageRoot, 'node_modules'), join(root, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  return { root, bin: join(root, 'bin', 'agent-task-kit.js'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A copy with dist/ built by the package's own build script. */
export async function compiledPackageCopy(): Promise<PackageCopy> {
  const copy = copyPackage();
  try {
    await promisify(execFile)(NPM, ['run', 'build'], { cwd: copy.root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    copy.remove();
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run build failed in a package copy: ${failed.stdout ?? ''}${failed.stderr ?? failed.message}`);
  }
  return copy;
}
