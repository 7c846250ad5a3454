/** The human-readable evidence of one failed assertion, shared by the console and JUnit reports. */
import type { AssertionFailure } from '../harness/outcome.js';

/** Prefixes every non-empty line; the first one too unless `first` is false (it follows a label). */
export function indentLines(text: string, prefix: string, first = true): string {
  return text
    .split('\n')
    .map((line, index) => (line.length > 0 && (first || index > 0) ? prefix + line : line))
    .join('\n');
}

const VALUE_INDENT = ' '.repeat('  expected: '.length);

export function formatFailure(failure: AssertionFailure, withTranscript = true): string {
  const lines = [
    `${failure.rule}: ${failure.text}`,
    ...(failure.incidental ? ['  incidental: the scenario was not written for this rule; a step it needed broke it'] : []),
    `  what:     ${failure.what}`,
    `  expected: ${indentLines(failure.expected, VALUE_INDENT, false)}`,
    `  observed: ${indentLines(failure.observed, VALUE_INDENT, false)}`,
  ];
  if (!withTranscript) lines.push('  transcript: with the last failure of this scenario');
  else if (failure.transcript.length > 0) lines.push('  transcript:', indentLines(failure.transcript, '    '));
  return lines.join('\n');
}

/**
 * A scenario's failures with its exchanges printed once: each failure's transcript holds every exchange made up
 * to it, so the last failure's holds them all.
 */
export function formatScenarioFailures(failures: readonly AssertionFailure[]): string[] {
  return failures.map((failure, index) => formatFailure(failure, index === failures.length - 1));
}

/** One line naming the failed rule and check, for JUnit `message` attributes and progress output. */
export function failureHeadline(failure: AssertionFailure): string {
  return `${failure.rule}${failure.incidental ? ' (incidental)' : ''}: ${failure.what} (expected ${oneLine(failure.expected)}, observed ${oneLine(failure.observed)})`;
}

const HEADLINE_VALUE_CHARS = 120;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > HEADLINE_VALUE_CHARS ? `${flat.slice(0, HEADLINE_VALUE_CHARS - 1)}…` : flat;
}
