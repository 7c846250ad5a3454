/**
 * `scenario(def, body)`: the one way a scenario file declares itself. It always registers the scenario; when
 * vitest loads the file (and the suite runner is not just collecting) it also registers a vitest test that
 * runs the same core `runScenario`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError } from './errors.js';
import { registerScenario } from './registry.js';
import type { ScenarioBody, ScenarioDef, ScenarioEntry } from './registry.js';
import { registerVitestTest } from './vitest-adapter.js';

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
  const entry = registerScenario(def, body, callerFile());
  if (process.env['VITEST'] && process.env['ATK_SCENARIO_MODE'] !== 'collect') registerVitestTest(entry);
  return entry;
}
