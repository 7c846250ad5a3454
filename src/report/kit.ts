import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../schemas.js';

/** The kit's name and version as published in package.json, for reports. */
export function kitIdentity(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}
