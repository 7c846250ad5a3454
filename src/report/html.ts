/**
 * `--report-html`: the run as one self-contained page (inline style and script, no network): the verdict, a
 * bar per area, the rule table with a search box, and each failed or blocked scenario with its exchanges. Every ledger a scenario
 * read last is drawn as a hash chain, the kit recomputing each link, with the first broken link marked; every
 * callback-attempt list on a time line against the advertised retry schedule and jitter window — for passing
 * scenarios too, and again beside the exchange that read it inside a failure.
 */
import type { Disposition, ScenarioOutcome } from '../harness/outcome.js';
import { attemptWindow, automaticAttempts, retryPolicy, type RetryPolicy } from '../harness/checks/callback-schedule.js';
import { drawnKind } from '../harness/documents-read.js';
import { digest } from '../jcs.js';
import type { SuiteAnalysis } from './analysis.js';
import { evidenceExchanges, exchangeRecord, type ExchangeRecord } from './exchanges.js';
import type { ReportContext } from './json-report.js';
import { levelPhrase } from './levels.js';

const DISPOSITIONS: readonly Disposition[] = ['pass', 'fail', 'blocked', 'inapplicable'];
const COLOURS: Readonly<Record<Disposition, string>> = { pass: '#2e7d32', fail: '#c62828', blocked: '#ef6c00', inapplicable: '#9e9e9e' };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function areaBars(outcomes: readonly ScenarioOutcome[], areas: readonly string[]): string {
  const rows = areas
    .map((area) => {
      const mine = outcomes.filter((o) => o.area === area);
      if (mine.length === 0) return '';
      let x = 0;
      const rects = DISPOSITIONS.map((d) => {
        const n = mine.filter((o) => o.disposition === d).length;
        const width = (n / mine.length) * 300;
        const rect = n === 0 ? '' : `<rect x="${x.toFixed(1)}" y="0" width="${width.toFixed(1)}" height="14" fill="${COLOURS[d]}"><title>${n} ${d}</title></rect>`;
        x += width;
        return rect;
      }).join('');
      const counts = DISPOSITIONS.map((d) => `${mine.filter((o) => o.disposition === d).length} ${d}`).join(', ');
      return `<tr class="area" data-area="${escapeHtml(area)}"><th>${escapeHtml(area)}</th><td><svg width="300" height="14" role="img" aria-label="${escapeHtml(`${area}: ${counts}`)}">${rects}</svg></td><td>${escapeHtml(counts)}</td></tr>`;
    })
    .join('\n');
  return `<table class="areas">${rows}</table>`;
}

interface ChainEvent {
  sequence: unknown;
  event_type: unknown;
  prev_event_hash: unknown;
}

/**
 * A ledger's hash chain: one box per event, an arrow per link, the first link whose `prev_event_hash` is not the
 * digest of the event before it drawn in red. Null when the body is not a ledger.
 */
export function ledgerChainSvg(body: unknown): string | null {
  const history = (body as { state_history?: unknown } | null)?.state_history;
  if (!Array.isArray(history) || history.length === 0) return null;
  const events = history as ChainEvent[];
  let broken = -1;
  for (let i = 0; i < events.length && broken === -1; i++) {
    // A page that starts after event 1 has its first predecessor elsewhere: that link is not drawn as checked.
    if (i === 0 && events[0]?.sequence !== 1) continue;
    const want = i === 0 ? null : safeDigest(events[i - 1]);
    if (events[i]?.prev_event_hash !== want) broken = i;
  }
  const boxWidth = 120;
  const gap = 30;
  const parts = events.map((event, i) => {
    const x = i * (boxWidth + gap);
    const bad = i === broken;
    const label = `#${String(event?.sequence ?? '?')} ${String(event?.event_type ?? '')}`.slice(0, 20);
    const link =
      i === 0
        ? ''
        : `<line x1="${x - gap}" y1="20" x2="${x}" y2="20" stroke="${bad ? '#c62828' : '#555'}" stroke-width="${bad ? 3 : 1}"${bad ? ' class="broken-link"' : ''}/>`;
    return `${link}<rect x="${x}" y="5" width="${boxWidth}" height="30" rx="4" fill="${bad ? '#ffebee' : '#f5f5f5'}" stroke="${bad ? '#c62828' : '#555'}"/><text x="${x + 6}" y="24" font-size="11">${escapeHtml(label)}</text>`;
  });
  const note =
    broken === -1
      ? 'every link holds'
      : broken === 0
        ? 'first broken link: event 1 (the first event\'s prev_event_hash is not null)'
        : `first broken link: event ${broken + 1} (prev_event_hash is not the digest of event ${broken})`;
  const width = events.length * (boxWidth + gap);
  return `<figure class="ledger-chain" data-broken="${broken === -1 ? '' : broken + 1}"><svg width="${width}" height="40" role="img" aria-label="${escapeHtml(note)}">${parts.join('')}</svg><figcaption>${escapeHtml(note)}</figcaption></figure>`;
}

interface TimedAttempt {
  atMs: number;
  manual: boolean;
  retryAfterMs: number | null;
}

function timedAttempts(body: unknown): TimedAttempt[] | null {
  const attempts = (body as { attempts?: unknown } | null)?.attempts;
  if (!Array.isArray(attempts) || attempts.length === 0) return null;
  const timed = attempts.map((a) => {
    const attempt = (a ?? {}) as { attempted_at?: unknown; trigger?: unknown; retry_after_seconds?: unknown };
    const seconds = attempt.retry_after_seconds;
    return {
      atMs: Date.parse(String(attempt.attempted_at)),
      manual: attempt.trigger === 'manual',
      retryAfterMs: typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : null,
    };
  });
  return timed.some((a) => Number.isNaN(a.atMs)) ? null : timed;
}

/**
 * A callback's attempts on a time line against the advertised schedule (SPEC.md §8.5): each scheduled attempt
 * after the first may come no earlier than its delay after the previous scheduled attempt and no later than that
 * delay times (1 + jitter_max_ratio), the window drawn as a band; after an answer with Retry-After the band
 * reaches to that delay's bound (a host may cap it, so the band keeps the scheduled start). A scheduled attempt
 * outside its band, or past the end of the schedule, is drawn in red; manual attempts (§8.9) follow no schedule and are drawn as squares.
 * Null when the body holds no timed attempts.
 */
export function callbackTimelineSvg(body: unknown, policy: RetryPolicy | null): string | null {
  const attempts = timedAttempts(body);
  if (attempts === null) return null;
  const start = attempts[0]!.atMs;
  // Per attempt: no window (the first, a manual one, no advertised schedule), past the end of the schedule, or
  // the band it may fall in.
  type Slot = { kind: 'none' } | { kind: 'past-schedule' } | { kind: 'window'; from: number; to: number };
  let scheduled = 0;
  let previous: TimedAttempt | null = null;
  const slots = attempts.map((attempt): Slot => {
    if (attempt.manual) return { kind: 'none' };
    scheduled += 1;
    const after = previous;
    previous = attempt;
    if (policy === null) return { kind: 'none' };
    if (scheduled > automaticAttempts(policy)) return { kind: 'past-schedule' };
    const window = attemptWindow(policy, scheduled);
    if (window === undefined || after === null) return { kind: 'none' };
    const retryAfterMs = after.retryAfterMs === null ? 0 : Math.ceil(after.retryAfterMs / 1000) * 1000 * (1 + policy.jitterMaxRatio);
    const base = after.atMs - start;
    return { kind: 'window', from: base + window.earliestMs, to: base + Math.max(window.latestMs, retryAfterMs) };
  });
  const end = Math.max(1, ...attempts.map((a) => a.atMs - start), ...slots.map((slot) => (slot.kind === 'window' ? slot.to : 0)));
  const width = 640;
  const x = (ms: number): number => 20 + (ms / end) * (width - 40);
  const outsideWindow: number[] = [];
  const parts: string[] = [`<line x1="20" y1="30" x2="${width - 20}" y2="30" stroke="#555"/>`];
  slots.forEach((slot, i) => {
    if (slot.kind === 'window') parts.push(`<rect class="window" x="${x(slot.from).toFixed(1)}" y="18" width="${Math.max(2, x(slot.to) - x(slot.from)).toFixed(1)}" height="24" fill="#e3f2fd" stroke="#90caf9"><title>attempt ${i + 1} allowed from +${slot.from} ms to +${Math.round(slot.to)} ms</title></rect>`);
  });
  attempts.forEach((attempt, i) => {
    const at = attempt.atMs - start;
    const slot = slots[i]!;
    const outside = slot.kind === 'past-schedule' || (slot.kind === 'window' && (at < slot.from || at > slot.to));
    if (outside) outsideWindow.push(i + 1);
    const past = slot.kind === 'past-schedule' ? ', past the end of the advertised schedule' : '';
    const title = `<title>attempt ${i + 1}${attempt.manual ? ' (manual)' : ''} at +${at} ms${past}</title>`;
    parts.push(
      attempt.manual
        ? `<rect class="attempt manual" x="${(x(at) - 5).toFixed(1)}" y="25" width="10" height="10" fill="#6a1b9a">${title}</rect>`
        : `<circle class="attempt${outside ? ' outside' : ''}" cx="${x(at).toFixed(1)}" cy="30" r="5" fill="${outside ? '#c62828' : '#2e7d32'}">${title}</circle>`,
    );
  });
  const note = policy === null
    ? `${attempts.length} attempt(s); no advertised schedule to compare with`
    : outsideWindow.length === 0 ? `${attempts.length} attempt(s), each scheduled one within its advertised window` : `attempt(s) ${outsideWindow.join(', ')} outside the advertised window`;
  return `<figure class="callback-timeline" data-outside="${outsideWindow.join(',')}"><svg width="${width}" height="50" role="img" aria-label="${escapeHtml(note)}">${parts.join('')}</svg><figcaption>${escapeHtml(note)}</figcaption></figure>`;
}

function safeDigest(value: unknown): string | null {
  try {
    return digest(value);
  } catch {
    return null;
  }
}

function exchangeHtml(record: ExchangeRecord, index: number, schedule: RetryPolicy | null): string {
  const request = [`${record.method} ${record.url}`, ...Object.entries(record.request_headers).map(([n, v]) => `${n}: ${v}`), '', record.request_body ?? ''].join('\n');
  const response =
    record.status === null
      ? `no answer: ${record.error ?? ''}`
      : [`HTTP ${record.status}`, ...Object.entries(record.response_headers).map(([n, v]) => `${n}: ${v}`), '', record.response_body ?? ''].join('\n');
  let chain = '';
  const picture = drawnKind(record.url);
  if (record.response_body !== null && picture !== undefined) {
    try {
      const body = JSON.parse(record.response_body) as unknown;
      chain = (picture === 'ledgers' ? ledgerChainSvg(body) : callbackTimelineSvg(body, schedule)) ?? '';
    } catch {
      chain = '';
    }
  }
  return `<details class="exchange"><summary>#${index} ${escapeHtml(record.method)} ${escapeHtml(record.url)} → ${record.status ?? 'no answer'}</summary><pre>${escapeHtml(request)}</pre><pre>${escapeHtml(response)}</pre></details>${chain}`;
}

function failureHtml(outcome: ScenarioOutcome, schedule: RetryPolicy | null): string {
  const failures = outcome.failures
    .map(
      (f) => `<div class="assertion"><h4>${escapeHtml(f.rule)}${f.incidental ? ' (incidental)' : ''}: ${escapeHtml(f.what)}</h4><p>${escapeHtml(f.text)}</p><dl><dt>expected</dt><dd><pre>${escapeHtml(f.expected)}</pre></dd><dt>observed</dt><dd><pre>${escapeHtml(f.observed)}</pre></dd></dl></div>`,
    )
    .join('');
  const exchanges = evidenceExchanges(outcome).map((entry, i) => exchangeHtml(exchangeRecord(entry), i + 1, schedule)).join('');
  const reason = outcome.failures.length === 0 ? `<p>${escapeHtml(outcome.reason ?? '')}</p>` : '';
  const kind = outcome.disposition === 'fail' ? 'failure' : outcome.disposition;
  return `<section class="${kind}" id="${kind}-${escapeHtml(outcome.id)}"><h3>${escapeHtml(outcome.id)}: ${escapeHtml(outcome.title)}</h3>${reason}${failures}${exchanges}</section>`;
}

/** Each scenario that read a ledger or a callback-attempt list, with its pictures; empty when none did. */
function picturesHtml(outcomes: readonly ScenarioOutcome[], schedule: RetryPolicy | null): string {
  return outcomes
    .filter((o) => o.documentsRead !== undefined)
    .map((o) => {
      const { ledgers, callbackAttempts } = o.documentsRead!;
      const drawn = [
        ...ledgers.map((d) => [d.url, ledgerChainSvg(d.body)] as const),
        ...callbackAttempts.map((d) => [d.url, callbackTimelineSvg(d.body, schedule)] as const),
      ]
        .filter(([, svg]) => svg !== null)
        .map(([url, svg]) => `<p class="read">GET ${escapeHtml(url)}</p>${svg}`);
      if (drawn.length === 0) return '';
      return `<section class="pictures" data-scenario="${escapeHtml(o.id)}"><h3>${escapeHtml(o.id)} <span class="d-${o.disposition}">${o.disposition}</span></h3>${drawn.join('')}</section>`;
    })
    .filter((section) => section !== '')
    .join('\n');
}

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}pre{background:#f7f7f7;padding:.5em;overflow:auto;max-height:30em}
table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;vertical-align:top}.rules td{border-top:1px solid #eee}
.verdict.pass{color:#2e7d32}.verdict.fail{color:#c62828}.verdict.incomplete{color:#ef6c00}.d-pass{color:#2e7d32}.d-fail{color:#c62828}.d-blocked{color:#ef6c00}.d-inapplicable,.d-untested{color:#777}
.ledger-chain,.callback-timeline{overflow-x:auto}.read{font-family:monospace;color:#555;margin:.5em 0 0}`;

const SEARCH = `document.getElementById('rule-search').addEventListener('input',function(e){var q=e.target.value.toLowerCase();
document.querySelectorAll('tr.rule').forEach(function(r){r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)===-1;});});`;

function htmlList(className: string, items: readonly string[]): string {
  return items.length > 0 ? `<ul class="${className}">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';
}

export function buildHtml(analysis: SuiteAnalysis, context: ReportContext, areaOrder: readonly string[]): string {
  const { suite, rules, verdict } = analysis;
  const areas = [...new Set([...areaOrder, ...suite.scenarios.map((o) => o.area)])];
  const ruleRows = rules
    .map(
      (r) =>
        `<tr class="rule" data-disposition="${r.disposition}"><td>${escapeHtml(r.id)}</td><td>${escapeHtml(r.area)}</td><td>${escapeHtml(r.level)}</td><td class="d-${r.disposition}">${r.disposition}</td><td>${escapeHtml(r.reason ?? r.scenarios.join(', '))}</td></tr>`,
    )
    .join('\n');
  const failed = suite.scenarios.filter((o) => o.disposition === 'fail');
  const blocked = suite.scenarios.filter((o) => o.disposition === 'blocked');
  const advertised = suite.capabilities === null ? null : retryPolicy(suite.capabilities);
  const schedule = advertised?.ok === true ? advertised.policy : null;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${context.kit.name} conformance report: ${suite.hostUrl}`)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<style>${STYLE}</style></head><body>
<h1 class="verdict ${verdict.kind}">${verdict.kind.toUpperCase()}</h1>
<p>${escapeHtml(`${context.kit.name} ${context.kit.version}, spec ${context.specVersion}; host ${suite.hostUrl}; ${suite.scenarios.length} scenarios, wall time ${(suite.wallTimeMs / 1000).toFixed(1)} s`)}</p>
<p class="level">${escapeHtml(`Conformance ${levelPhrase(analysis.levels)}`)}</p>
${htmlList('problems', verdict.problems)}${htmlList('unobserved', verdict.unobserved)}
<h2>Areas</h2>
${areaBars(suite.scenarios, areas)}
<h2>Rules</h2>
<input id="rule-search" type="search" placeholder="search rules" aria-label="search rules">
<table class="rules"><thead><tr><th>rule</th><th>area</th><th>level</th><th>disposition</th><th>detail</th></tr></thead><tbody>
${ruleRows}
</tbody></table>
<h2>Failures (${failed.length})</h2>
${failed.map((o) => failureHtml(o, schedule)).join('\n')}
<h2>Blocked (${blocked.length})</h2>
${blocked.map((o) => failureHtml(o, schedule)).join('\n')}
<h2>Ledgers and callbacks</h2>
${picturesHtml(suite.scenarios, schedule) || '<p>No scenario read a ledger or a callback-attempt list.</p>'}
<script>${SEARCH}</script>
</body></html>
`;
}
