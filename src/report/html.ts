/**
 * `--report-html`: the run as one self-contained page (inline style and script, no network): the verdict, a
 * bar per area, the rule table with a search box, and each failure with its exchanges. Ledgers a failure read
 * are drawn as hash chains, the kit recomputing each link, with the first broken link marked; callback attempts
 * are drawn on a time line against the advertised retry schedule and jitter window.
 */
import type { Disposition, ScenarioOutcome } from '../harness/outcome.js';
import { digest } from '../jcs.js';
import type { SuiteAnalysis } from './analysis.js';
import { exchangeRecord, type ExchangeRecord } from './exchanges.js';
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
  const note = broken === -1 ? 'every link holds' : `first broken link: event ${broken + 1} (prev_event_hash is not the digest of event ${broken})`;
  const width = events.length * (boxWidth + gap);
  return `<figure class="ledger-chain" data-broken="${broken === -1 ? '' : broken + 1}"><svg width="${width}" height="40" role="img" aria-label="${escapeHtml(note)}">${parts.join('')}</svg><figcaption>${escapeHtml(note)}</figcaption></figure>`;
}

export interface AdvertisedSchedule {
  retryScheduleMs: readonly number[];
  jitterMaxRatio: number;
}

/**
 * A callback's attempts on a time line against the advertised schedule: attempt n may come no earlier than its
 * delay after attempt n-1 and no later than that delay times (1 + jitter_max_ratio), the window drawn as a band;
 * an attempt outside its band is drawn in red. Null when the body holds no timed attempts.
 */
export function callbackTimelineSvg(body: unknown, schedule: AdvertisedSchedule | null): string | null {
  const attempts = (body as { attempts?: unknown } | null)?.attempts;
  if (!Array.isArray(attempts) || attempts.length === 0) return null;
  const times = attempts.map((a) => Date.parse(String((a as { attempted_at?: unknown }).attempted_at)));
  if (times.some((t) => Number.isNaN(t))) return null;
  const start = times[0]!;
  const windows = times.map((_, i) => {
    const delay = i === 0 ? null : schedule?.retryScheduleMs[i];
    if (delay === undefined || delay === null) return null;
    const previous = times[i - 1]! - start;
    return { from: previous + delay, to: previous + delay * (1 + (schedule?.jitterMaxRatio ?? 0)) };
  });
  const end = Math.max(1, ...times.map((t) => t - start), ...windows.map((w) => w?.to ?? 0));
  const width = 640;
  const x = (ms: number): number => 20 + (ms / end) * (width - 40);
  const late: number[] = [];
  const parts: string[] = [`<line x1="20" y1="30" x2="${width - 20}" y2="30" stroke="#555"/>`];
  windows.forEach((w, i) => {
    if (w) parts.push(`<rect class="window" x="${x(w.from).toFixed(1)}" y="18" width="${Math.max(2, x(w.to) - x(w.from)).toFixed(1)}" height="24" fill="#e3f2fd" stroke="#90caf9"><title>attempt ${i + 1} allowed from +${w.from} ms to +${Math.round(w.to)} ms</title></rect>`);
  });
  times.forEach((t, i) => {
    const at = t - start;
    const w = windows[i];
    const outside = w !== null && w !== undefined && (at < w.from || at > w.to);
    if (outside) late.push(i + 1);
    parts.push(`<circle class="attempt${outside ? ' outside' : ''}" cx="${x(at).toFixed(1)}" cy="30" r="5" fill="${outside ? '#c62828' : '#2e7d32'}"><title>attempt ${i + 1} at +${at} ms</title></circle>`);
  });
  const note = schedule === null
    ? `${times.length} attempt(s); no advertised schedule to compare with`
    : late.length === 0 ? `${times.length} attempt(s), each within its advertised window` : `attempt(s) ${late.join(', ')} outside the advertised window`;
  return `<figure class="callback-timeline" data-outside="${late.join(',')}"><svg width="${width}" height="50" role="img" aria-label="${escapeHtml(note)}">${parts.join('')}</svg><figcaption>${escapeHtml(note)}</figcaption></figure>`;
}

function safeDigest(value: unknown): string | null {
  try {
    return digest(value);
  } catch {
    return null;
  }
}

function exchangeHtml(record: ExchangeRecord, index: number, schedule: AdvertisedSchedule | null): string {
  const request = [`${record.method} ${record.url}`, ...Object.entries(record.request_headers).map(([n, v]) => `${n}: ${v}`), '', record.request_body ?? ''].join('\n');
  const response =
    record.status === null
      ? `no answer: ${record.error ?? ''}`
      : [`HTTP ${record.status}`, ...Object.entries(record.response_headers).map(([n, v]) => `${n}: ${v}`), '', record.response_body ?? ''].join('\n');
  let chain = '';
  const picture = /\/ledger(\?|$)/.test(record.url) ? 'ledger' : /\/callback-attempts(\?|$)/.test(record.url) ? 'callbacks' : null;
  if (record.response_body !== null && picture !== null) {
    try {
      const body = JSON.parse(record.response_body) as unknown;
      chain = (picture === 'ledger' ? ledgerChainSvg(body) : callbackTimelineSvg(body, schedule)) ?? '';
    } catch {
      chain = '';
    }
  }
  return `<details class="exchange"><summary>#${index} ${escapeHtml(record.method)} ${escapeHtml(record.url)} → ${record.status ?? 'no answer'}</summary><pre>${escapeHtml(request)}</pre><pre>${escapeHtml(response)}</pre></details>${chain}`;
}

function failureHtml(outcome: ScenarioOutcome, schedule: AdvertisedSchedule | null): string {
  const failures = outcome.failures
    .map(
      (f) => `<div class="assertion"><h4>${escapeHtml(f.rule)}${f.incidental ? ' (incidental)' : ''}: ${escapeHtml(f.what)}</h4><p>${escapeHtml(f.text)}</p><dl><dt>expected</dt><dd><pre>${escapeHtml(f.expected)}</pre></dd><dt>observed</dt><dd><pre>${escapeHtml(f.observed)}</pre></dd></dl></div>`,
    )
    .join('');
  const exchanges = (outcome.failures.at(-1)?.exchanges ?? []).map((entry, i) => exchangeHtml(exchangeRecord(entry), i + 1, schedule)).join('');
  const reason = outcome.failures.length === 0 ? `<p>${escapeHtml(outcome.reason ?? '')}</p>` : '';
  return `<section class="failure" id="failure-${escapeHtml(outcome.id)}"><h3>${escapeHtml(outcome.id)}: ${escapeHtml(outcome.title)}</h3>${reason}${failures}${exchanges}</section>`;
}

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}pre{background:#f7f7f7;padding:.5em;overflow:auto;max-height:30em}
table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;vertical-align:top}.rules td{border-top:1px solid #eee}
.verdict.pass{color:#2e7d32}.verdict.fail{color:#c62828}.verdict.incomplete{color:#ef6c00}.d-pass{color:#2e7d32}.d-fail{color:#c62828}.d-blocked{color:#ef6c00}.d-inapplicable,.d-untested{color:#777}
.ledger-chain{overflow-x:auto}`;

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
  const callbacks = suite.capabilities?.callbacks;
  const schedule: AdvertisedSchedule | null = callbacks?.retry_schedule_ms
    ? { retryScheduleMs: callbacks.retry_schedule_ms, jitterMaxRatio: callbacks.jitter_max_ratio ?? 0 }
    : null;
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
<script>${SEARCH}</script>
</body></html>
`;
}
