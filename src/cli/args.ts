import { parseArgs } from 'node:util';
import { didYouMean } from './suggest.js';

/** Exit codes shared by every verb. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** Nothing failed, but the kit could not observe everything (blocked scenarios, a run stopped early). */
export const EXIT_INCOMPLETE = 3;
/** A defect of the kit itself; whatever report it could build is still written. */
export const EXIT_INTERNAL = 4;

export const CLI_NAME = 'agent-task-kit';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[] | boolean[];
  description: string;
  /** Placeholder shown in help for a string option, e.g. `PORT`. */
  valueName?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface VerbSpec<O extends OptionSpecs> {
  verb: string;
  summary: string;
  /** Positional synopsis, e.g. `<schema-name> <file.json>`. */
  synopsis: string;
  positionals: { min: number; max: number };
  options: O;
  /** Extra help text (exit codes, examples), printed after the options. */
  details?: string;
}

type ParsedValues<O extends OptionSpecs> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & { help: { type: 'boolean' } }; strict: true; allowPositionals: true }>
>['values'];

export type ParsedArgs<O extends OptionSpecs> =
  | { ok: true; values: ParsedValues<O>; positionals: string[] }
  | { ok: false; exitCode: number };

/**
 * Strict parse of one verb's arguments. `--help`/`-h` prints help (exit 0); an unknown flag, a bad value or a
 * wrong number of positionals prints the problem and the valid flags (exit 2). Callers return `exitCode` as is.
 */
export function parseVerbArgs<O extends OptionSpecs>(spec: VerbSpec<O>, argv: string[]): ParsedArgs<O> {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h', description: 'show this help' } } as const;
  let parsed: { values: ParsedValues<O>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    return { ok: false, exitCode: usageError(spec, parseErrorMessage(error, spec)) };
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(helpText(spec));
    return { ok: false, exitCode: EXIT_OK };
  }
  const count = parsed.positionals.length;
  if (count < spec.positionals.min || count > spec.positionals.max) {
    const extra = parsed.positionals.slice(spec.positionals.max).join(' ');
    return {
      ok: false,
      exitCode: usageError(spec, count < spec.positionals.min ? 'missing arguments' : `unexpected arguments: ${extra}`),
    };
  }
  return { ok: true, values: parsed.values, positionals: parsed.positionals };
}

/** Prints `message` and the verb's usage to stderr; returns the usage exit code. */
export function usageError<O extends OptionSpecs>(spec: VerbSpec<O>, message: string): number {
  process.stderr.write(`${CLI_NAME} ${spec.verb}: ${message}\n\n${usageLines(spec)}\nRun '${CLI_NAME} ${spec.verb} --help' for details.\n`);
  return EXIT_USAGE;
}

export function helpText<O extends OptionSpecs>(spec: VerbSpec<O>): string {
  const details = spec.details ? `\n${spec.details.trimEnd()}\n` : '';
  return `${spec.summary}\n\n${usageLines(spec)}${details}`;
}

function usageLines<O extends OptionSpecs>(spec: VerbSpec<O>): string {
  const entries = Object.entries({ ...spec.options, help: { type: 'boolean', short: 'h', description: 'show this help' } as OptionSpec });
  const labels = entries.map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` <${o.valueName ?? 'value'}>` : ''}`;
    return [flag, o.default !== undefined ? `${o.description} (default ${String(o.default)})` : o.description] as const;
  });
  const width = Math.max(...labels.map(([flag]) => flag.length));
  const flags = labels.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n');
  return `Usage: ${CLI_NAME} ${spec.verb} [flags]${spec.synopsis ? ` ${spec.synopsis}` : ''}\n\nFlags:\n${flags}\n`;
}

function parseErrorMessage<O extends OptionSpecs>(error: unknown, spec: VerbSpec<O>): string {
  const flags = [...Object.keys(spec.options), 'help'].map((name) => `--${name}`);
  const valid = flags.join(', ');
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /Unknown option '([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown flag ${flag}${didYouMean(flag, flags)}; valid flags: ${valid}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return message;
  throw error;
}
