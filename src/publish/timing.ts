/**
 * Every duration and count the publisher works with, named. The defaults of `PublisherOptions` can be changed per
 * run (`wxgate publish --max-polls …`); the rest are fixed because WeChat's behaviour or the ledger's safety sets
 * them.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const PUBLISHER_DEFAULTS = {
  /** How long a run's hold on an article lasts without a write; every write renews it. */
  leaseMs: 10 * MINUTE,
  /** A lost freepublish/submit: how long to look for the publication before submitting the same draft again. */
  submitGraceMs: 30 * MINUTE,
  /** freepublish/get calls per article per run. */
  maxPollsPerRun: 5,
  /** The wait before the first poll, doubled before each next one. */
  pollIntervalMs: 2000,
  /** freepublish/get allows 100 calls a day per account; wxgate leaves some for people. */
  dailyPollBudget: 80,
} as const;

/** An answer lost on the way back: the next run looks (batchget, or sendall again) no sooner than this. */
export const LOST_ANSWER_RECHECK_MS = MINUTE;

/**
 * Reconciling a lost submit: a publication counts if batchget lists it no earlier than this before the submit was
 * recorded (the runner's clock and WeChat's may differ by a few minutes).
 */
export const RECONCILE_LOOKBACK_MS = 10 * MINUTE;
/** Not listed yet: look again after this, doubling per look, at most 2⁴ times as long. */
export const RECONCILE_RECHECK_BASE_MS = MINUTE;
export const RECONCILE_RECHECK_MAX_DOUBLINGS = 4;

/** A job still publishing when a run's polls are used up: the next run looks after this, doubling per run… */
export const NEXT_POLL_BASE_MS = 5 * MINUTE;
/** …but never later than this. */
export const NEXT_POLL_MAX_MS = 2 * HOUR;

/** A failure wxgate retries by itself: the first retry after this, doubling per attempt… */
export const RETRY_BASE_MS = 5 * MINUTE;
/** …but never later than this. */
export const RETRY_MAX_MS = 6 * HOUR;

/** A quota WeChat does not say the reset time of: wait this long, keeping the state. */
export const QUOTA_WAIT_MS = HOUR;

/**
 * sendall refuses a clientmsgid it saw in the last 24 h (45065, with the first send's msg_id): sending again is
 * safe only well inside that window.
 */
export const MASS_SEND_RESEND_WINDOW_MS = 23 * HOUR;

/** A state machine that has not settled after this many steps in one run is a bug. */
export const MAX_STEPS_PER_RUN = 40;
