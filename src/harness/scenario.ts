/**
 * `scenario(def, body)`: the one way a scenario file declares itself. It registers the scenario; under
 * vitest.scenarios.config.ts the adapter in dev/vitest/ also turns it into a vitest test that runs the same
 * core `runScenario` (the published harness does not import vitest).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError } from './errors.js';
import { registerScenario } from './registry.js';
import type { ScenarioBody, ScenarioDef, ScenarioEntry } from './registry.js';

const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
const FRAME_FILE = /(?:\(|at )((?:file:\/\/)?\/[^()\s]+?):\d+:\d+\)?$/;

/** The file whose top level called `scenario` (first stack frame outside the harness). */
function callerFile(): string {
  for (const line of (new Error().stack ?? '').split('\n').slice(1)) {
    const match = FRAME_FILE.exec(line.trim());
    if (!match) continue;
    const file = match[1]!.startsWith('file:') ? fileURLToPath(match[1]!) : match[1]!;
    if (!file.startsWith(HARNESS_DIR)) return file;
  }
  throw new HarnessError('scenario() could not tell which file called it');
}

export function scenario(def: ScenarioDef, body: ScenarioBody): ScenarioEntry {
  return registerScenario(def, body, callerFile());
}
