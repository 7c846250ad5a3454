import { describe, expect, it } from 'vitest';
import { maskSecrets, renderCurl, renderEntry, Transcript } from '../src/harness/transcript.js';
import type { Exchange } from '../src/harness/transcript.js';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

function exchange(overrides: Partial<Exchange> = {}): Exchange {
  const text = JSON.stringify({ status_token: 'tok_1', callback_signing_secret: secret });
  return {
    method: 'POST',
    url: 'http://host.test/api/agents/run',
    requestHeaders: { authorization: 'Bearer sk_live_abc123', 'content-type': 'application/json', 'idempotency-key': 'k-1' },
    requestBody: JSON.stringify({ quote_id: 'q_1' }),
    status: 201,
    headers: { 'content-type': 'application/json' },
    text,
    json: JSON.parse(text),
    ...overrides,
  };
}

describe('secret masking', () => {
  it('masks signing secrets, api keys and bearer values in any text', () => {
    const text = JSON.stringify({ callback_signing_secret: secret, api_key: 'atk_123', note: `see ${secret}` });
    const masked = maskSecrets(`${text} Authorization: Bearer sk_live_abc123`);
    expect(masked).not.toContain('MfKQ9r8G');
    expect(masked).not.toContain('atk_123');
    expect(masked).not.toContain('sk_live_abc123');
    expect(masked).toContain('"callback_signing_secret":"***"');
    expect(masked).toContain('"api_key":"***"');
    expect(masked).toContain('see whsec_***');
    expect(masked).toContain('Bearer ***');
  });

  it('masks a secret field whatever the spacing and escapes', () => {
    expect(maskSecrets('{ "api_key" :  "a\\"b" , "x": 1 }')).toBe('{ "api_key" :  "***" , "x": 1 }');
  });

  it('leaves other text alone', () => {
    const text = '{"status_token":"tok_1","webhook-signature":"v1,abc="}';
    expect(maskSecrets(text)).toBe(text);
  });

  it('never leaks a secret through a rendered transcript', () => {
    const transcript = new Transcript();
    transcript.add({ kind: 'exchange', exchange: exchange() });
    const rendered = transcript.render();
    expect(rendered).not.toContain('MfKQ9r8G');
    expect(rendered).not.toContain('sk_live_abc123');
    expect(rendered).toContain("-H 'authorization: Bearer ***'");
  });
});

describe('curl rendering', () => {
  it('renders method, URL, headers and body as a shell-safe command', () => {
    const curl = renderCurl(exchange({ requestBody: `{"note":"it's"}` }));
    expect(curl).toBe(
      "curl -sS -i -X POST 'http://host.test/api/agents/run' -H 'authorization: Bearer ***' " +
        "-H 'content-type: application/json' -H 'idempotency-key: k-1' --data-raw '{\"note\":\"it'\\''s\"}'",
    );
  });

  it('omits --data-raw when there is no body', () => {
    expect(renderCurl(exchange({ method: 'GET', requestBody: undefined }))).not.toContain('--data-raw');
  });

  it('numbers entries and shows the answer below the command', () => {
    const rendered = renderEntry({ kind: 'exchange', exchange: exchange() }, 3);
    const lines = rendered.split('\n');
    expect(lines[0]).toBe('# 3 POST http://host.test/api/agents/run → 201');
    expect(lines[1]).toMatch(/^curl /);
    expect(lines).toContain('< HTTP 201');
    expect(lines).toContain('< content-type: application/json');
    expect(rendered).toContain('"callback_signing_secret":"***"');
  });

  it('shows a request that got no answer with its error', () => {
    const rendered = renderEntry(
      {
        kind: 'transport',
        failure: { method: 'GET', url: 'http://host.test/x', requestHeaders: {}, requestBody: undefined, error: 'ECONNRESET' },
      },
      1,
    );
    expect(rendered).toContain('# 1 GET http://host.test/x → no answer');
    expect(rendered).toContain('! ECONNRESET');
  });

  it('cuts very long bodies', () => {
    const rendered = renderEntry({ kind: 'exchange', exchange: exchange({ text: 'x'.repeat(20_000), json: undefined }) }, 1);
    expect(rendered.length).toBeLessThan(12_000);
    expect(rendered).toContain('more characters');
  });

  it('says so when a scenario made no exchange', () => {
    expect(new Transcript().render()).toBe('(no HTTP exchanges)');
  });
});

describe('transcript rendering', () => {
  it('shows the last five answers in full and cuts earlier ones shorter', () => {
    const transcript = new Transcript();
    for (let i = 0; i < 7; i += 1) transcript.add({ kind: 'exchange', exchange: exchange({ text: `${i}`.repeat(1000), json: undefined }) });
    const blocks = transcript.render().split('\n\n');
    expect(blocks).toHaveLength(7);
    expect(blocks.slice(0, 2).every((b) => b.includes('(600 more characters)'))).toBe(true);
    for (const [i, block] of blocks.entries()) {
      if (i < 2) continue;
      expect(block).toContain(`${i}`.repeat(1000));
      expect(block).not.toContain('more characters');
    }
  });
});
