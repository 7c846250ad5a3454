/**
 * Live progress of a run on stderr. On a terminal: one status line rewritten in place (done/total, counts, the
 * areas of the scenarios in flight, elapsed time, an estimate of the time left), redrawn every second so the
 * clock moves while a slow scenario waits, with failed and blocked scenarios printed above it as they happen so
 * nothing important scrolls away with the line. Elsewhere (CI logs, files, pipes, TERM=dumb): one plain line per
 * finished scenario, because a log cannot be rewritten. Colour only on a terminal and never with NO_COLOR
 * (https://no-color.org) or TERM=dumb.
 */
import type { Disposition, ScenarioOutcome } from '../harness/outcome.js';
import { formatProgress } from './console.js';
import { safeForTerminal } from './terminal.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** Scenarios the run will report. */
  total: number;
  stream: ProgressStream;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** How often the terminal line is redrawn while nothing finishes. */
  redrawEveryMs?: number;
}

export interface Progress {
  onStart(scenario: Pick<ScenarioOutcome, 'id' | 'area'>): void;
  onOutcome(outcome: ScenarioOutcome): void;
  /** Stops the redraw and clears the status line so the report starts on a clean line. */
  finish(): void;
}

const SGR: Readonly<Record<Disposition, string>> = { pass: '32', fail: '31', blocked: '33', inapplicable: '90' };
const ORDER: readonly Disposition[] = ['pass', 'fail', 'blocked', 'inapplicable'];
const CLEAR_LINE = '\r\u001b[2K';
export const REDRAW_EVERY_MS = 1000;

export function colourEnabled(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  // NO_COLOR applies when set to any non-empty value.
  return stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
}

/** `m:ss`, or `h:mm:ss` from an hour. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The status line. The estimate assumes the scenarios left take as long on average as those done, which the
 * worker pool makes roughly true; it is absent until one scenario has finished.
 */
export function statusLine(
  state: { done: number; total: number; counts: Record<Disposition, number>; areas: readonly string[]; elapsedMs: number },
  paint: (disposition: Disposition, text: string) => string,
): string {
  const counts = ORDER.filter((d) => state.counts[d] > 0).map((d) => paint(d, `${state.counts[d]} ${d}`));
  const left = state.done > 0 && state.done < state.total ? ` · ~${clock((state.elapsedMs / state.done) * (state.total - state.done))} left` : '';
  const area = state.areas.length === 0 ? '' : ` · ${state.areas.join(', ')}`;
  return `[${state.done}/${state.total}] ${counts.join(', ') || 'starting'}${area} · ${clock(state.elapsedMs)}${left}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const { stream, total } = options;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now;
  // A dumb terminal cannot clear a line: it gets the plain lines of a log.
  if (stream.isTTY !== true || env['TERM'] === 'dumb') {
    return {
      onStart: () => undefined,
      onOutcome: (outcome) => void stream.write(`${safeForTerminal(formatProgress(outcome))}\n`),
      finish: () => undefined,
    };
  }
  const colour = colourEnabled(stream, env);
  const paint = (disposition: Disposition, text: string): string => (colour ? `\u001b[${SGR[disposition]}m${text}\u001b[39m` : text);
  const started = now();
  const counts: Record<Disposition, number> = { pass: 0, fail: 0, blocked: 0, inapplicable: 0 };
  let done = 0;
  // Scenario id → area, in start order: several run at once against the embedded host or a per-tenant host.
  const running = new Map<string, string>();
  let shown = false;
  const fit = (line: string): string => {
    // A line wider than the terminal wraps, and \r then rewrites only its last row. Colour codes take no columns.
    // A pseudo-terminal without a size reports 0 columns.
    const width = stream.columns || 80;
    const visible = line.replace(/\u001b\[[0-9;]*m/g, '');
    return visible.length < width ? line : `${visible.slice(0, Math.max(1, width - 2))}…`;
  };
  const draw = (above = ''): void => {
    const areas = [...new Set(running.values())];
    const status = fit(statusLine({ done, total, counts, areas, elapsedMs: now() - started }, paint));
    stream.write(`${CLEAR_LINE}${above}${status}`);
    shown = true;
  };
  // Unref'd: a forgotten finish() must not keep the process alive.
  const ticker = setInterval(() => draw(), options.redrawEveryMs ?? REDRAW_EVERY_MS);
  ticker.unref?.();
  return {
    onStart(scenario) {
      running.set(scenario.id, scenario.area);
      draw();
    },
    onOutcome(outcome) {
      done += 1;
      counts[outcome.disposition] += 1;
      running.delete(outcome.id);
      // Failed and blocked scenarios stay on screen; passes only move the counter.
      const lasting = outcome.disposition === 'fail' || outcome.disposition === 'blocked';
      draw(lasting ? `${paint(outcome.disposition, outcome.disposition)}${safeForTerminal(formatProgress(outcome)).slice(outcome.disposition.length)}\n` : '');
    },
    finish() {
      clearInterval(ticker);
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
