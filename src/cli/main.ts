import { kitIdentity } from '../report/kit.js';
import { CLI_NAME, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './args.js';
import { closest, didYouMean } from './suggest.js';

interface VerbModule {
  main(argv: string[]): Promise<number>;
  spec: { options: Record<string, unknown> };
}

/** Each verb lives in its own module, loaded only when used, so a broken verb cannot break the others. */
const VERBS: Readonly<Record<string, string>> = {
  validate: 'validate a JSON document against a schema',
  hash: 'print the sha256: digest of a JSON file\'s canonical (JCS) form',
  serve: 'start the reference host',
  run: 'run the conformance suite against a host URL',
  doctor: 'check a host\'s capabilities document and connectivity',
  faults: 'list the reference host\'s named faults',
  variants: 'list the reference host\'s named variants (behaviours SPEC.md allows)',
  list: 'list the scenarios with their rules, requirements and area',
};

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(usage());
    return EXIT_OK;
  }
  if (verb === '--version' || verb === '-v') {
    process.stdout.write(`${kitIdentity().version}\n`);
    return EXIT_OK;
  }
  if (verb === undefined || !Object.hasOwn(VERBS, verb)) {
    const problem =
      verb === undefined
        ? 'missing verb'
        : verb.startsWith('-')
          ? await flagBeforeVerb(verb, argv)
          : `unknown verb ${verb}${didYouMean(verb, Object.keys(VERBS))}`;
    process.stderr.write(`${CLI_NAME}: ${problem}; valid verbs: ${Object.keys(VERBS).join(', ')}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  let module: Partial<VerbModule>;
  try {
    module = (await import(`./${verb}.js`)) as Partial<VerbModule>;
  } catch (error) {
    process.stderr.write(`${CLI_NAME} ${verb}: this verb failed to load: ${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
  if (typeof module.main !== 'function') {
    process.stderr.write(`${CLI_NAME} ${verb}: the verb module exports no main function\n`);
    return EXIT_FAILURE;
  }
  return module.main(rest);
}

function usage(): string {
  const width = Math.max(...Object.keys(VERBS).map((v) => v.length));
  const verbs = Object.entries(VERBS).map(([verb, text]) => `  ${verb.padEnd(width)}  ${text}`).join('\n');
  return `Usage: ${CLI_NAME} <verb> [flags] [arguments]

Verbs:
${verbs}

Run '${CLI_NAME} <verb> --help' for a verb's flags. '${CLI_NAME} --version' prints the version.
`;
}

/**
 * Flags belong after the verb; when a verb appears later in the line, say where to move the flag, spelt as that
 * verb spells its nearest flag.
 */
async function flagBeforeVerb(written: string, argv: readonly string[]): Promise<string> {
  const laterVerb = argv.find((word) => Object.hasOwn(VERBS, word));
  if (laterVerb === undefined) return `unknown flag ${written} before the verb`;
  const name = written.split('=')[0]!;
  const flags: string[] = await import(`./${laterVerb}.js`).then(
    (module: Partial<VerbModule>) => Object.keys(module.spec?.options ?? {}).map((option) => `--${option}`),
    (): string[] => [],
  );
  const flag = flags.includes(name) ? written : (closest(name, flags) ?? written);
  return `flag ${written} written before the verb (did you mean ${CLI_NAME} ${laterVerb} ${flag} ...?)`;
}
