/**
 * Signals that end a scenario. Each carries the disposition it stands for; `runScenario` turns them into
 * outcomes. They are thrown (not returned) so a scenario body stops at the first decisive fact.
 */

/** An assertion failed; the failure is already recorded, this only stops the body. */
export class ScenarioFailure extends Error {
  override readonly name = 'ScenarioFailure';
}

/** A precondition or the network failed: nothing can be said about the rules the scenario tests. */
export class ScenarioBlocked extends Error {
  override readonly name: string = 'ScenarioBlocked';
  constructor(
    reason: string,
    /** Curl-style reproduction of the exchanges that led here, when they explain the block. */
    readonly transcript?: string,
  ) {
    super(reason);
  }
}

/** The host does not declare a capability the scenario needs. */
export class ScenarioInapplicable extends Error {
  override readonly name = 'ScenarioInapplicable';
}

/** The kit itself is misused (unknown or unlisted rule id, bad scenario definition): a defect to fix in the kit. */
export class HarnessError extends Error {
  override readonly name = 'HarnessError';
}

/** The request never got an HTTP answer: rejected fetch, reset, timeout. Never blamed on the host as a rule failure. */
export class TransportError extends ScenarioBlocked {
  override readonly name: string = 'TransportError';
}

/**
 * The host kept refusing a request with 429 and `Retry-After` beyond what the kit waits out (SPEC.md §11.3): a rate
 * limit says nothing about the request, so the kit has no answer to judge. Blocked, like a lost answer.
 */
export class RateLimited extends TransportError {
  override readonly name = 'RateLimited';
}
