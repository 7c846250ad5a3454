/**
 * Text for a terminal. Host data reaches the console (problem details, bodies in transcripts, error messages); a
 * control character in it could move the cursor, retitle the window or hide lines, so every one except line feed
 * and tab is shown escaped (ESC as `\x1b`). Known secrets are masked on the way (src/secrets.ts).
 */
import { maskKnownSecrets } from '../secrets.js';

// C0 controls except \t and \n, DEL, C1 controls; bidi overrides and isolates, which can reorder what a line shows.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters escaped; nothing else changes. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** What may be written to stdout or stderr: secrets masked, control characters escaped. */
export function safeForTerminal(text: string): string {
  return escapeControls(maskKnownSecrets(text));
}
