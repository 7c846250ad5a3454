/**
 * Vitest global setup of the scenario suite: reads the host's capabilities document once for the whole run
 * and hands it to every test file, so all files gate on the same document (the `atkCapabilities` key is
 * declared in adapter.ts).
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_TIMEOUTS, discoverTarget, envOptionsFromVariables } from '../../src/harness/env.js';
import { targetDriver } from '../../src/harness/target.js';

export default async function setup(project: TestProject): Promise<void> {
  const { target } = envOptionsFromVariables(process.env);
  const { discovery } = await discoverTarget(targetDriver(target), DEFAULT_TIMEOUTS.requestMs);
  project.provide('atkCapabilities', discovery);
}
