import type { PublishMethod } from '../policy/accounts.js';
import type { ArticleRun, Next, Step } from './context.js';
import type { PublishState } from './record.js';
import { addDraft, handOffDraft } from './steps/draft.js';
import { massSendDraft } from './steps/mass-send.js';
import { pollPublishJob } from './steps/poll.js';
import { reconcileLostSubmit } from './steps/reconcile.js';
import { submitDraft } from './steps/submit.js';
import { uploadImagesAndCover } from './steps/upload.js';
import { withdrawArticle } from './steps/withdraw.js';
import { MAX_STEPS_PER_RUN } from './timing.js';

/**
 * The publishing state machine of one article: which step comes next, from the record alone.
 *
 * Exactly once, step by step. Each article's record moves through the states of record.ts. Before every remote
 * step that changes something at WeChat the record says so (`in_flight`), and the write is durable (pushed) before
 * the call; after the call the outcome is written. A run that finds `in_flight` set by a run that did not finish
 * resolves that step before anything else:
 *
 * - upload-image / upload-cover: harmless to repeat (at worst an unused image); the step is done again. Images and
 *   covers are cached by SHA-256 in `accounts/<account>.yml`, so a recorded upload is never repeated.
 * - add-draft (sent, answer not recorded): every draft carries the article's mark (mark.ts), and before any
 *   draft/add the run looks in the draft box (draft/batchget) for a draft of this content: found, it is used —
 *   no orphan drafts; not there, the draft is added.
 * - before the first draft and the first submit of an article, WeChat is asked whether it already lists it as
 *   published (steps/prior.ts): a record lost or rewound never becomes a second publication.
 * - submit (freepublish/submit sent, answer not recorded): see `reconcileLostSubmit` (steps/reconcile.ts). What it
 *   relies on (wechat-api.md §3, §6, §8):
 *   documented — freepublish/batchget lists successful publications with article_id, update_time and titles
 *   (§8.3); a published draft is removed from the draft box (§6, D-draftadd); 40007 answers a media_id of a draft
 *   already published or deleted (§3);
 *   inferred — a job still publishing (status 1) is listed nowhere but freepublish/get, which needs the lost
 *   publish_id; what WeChat answers to a second submit of a draft whose job is still running is not documented
 *   (the emulator answers 40007).
 *   So the run looks for the publication in batchget (same title, listed no earlier than 10 min before the submit
 *   was recorded, article_id not claimed by another record) and, when found, records it as published. When not
 *   found it waits, and only after `submitGraceMs` (default 30 min; jobs end within minutes) submits the SAME
 *   draft again — never a new one: if the first submit went through, the draft is gone and WeChat answers 40007,
 *   recorded as a failure for a person to check, never as a second publication. The one assumption: a publish
 *   job does not stay "publishing" longer than the grace period.
 * - mass-send (sendall sent, answer not recorded): sent again with the same `clientmsgid`; WeChat refuses a
 *   duplicate within 24 h with 45065 and the first send's msg_id (§8.6), which is recorded. Older than 24 h:
 *   failure for a person to check 群发记录.
 * - delete: done again; an id WeChat no longer knows counts as deleted.
 *
 * Two runs at once. Taking an article is a compare-and-swap write of a lease into its record; the loser sees the
 * winner's lease after re-reading and leaves the article alone until the lease ends (or, on the same host, until
 * the holder's process is gone). Every later write checks the revision it was decided on, so a run whose lease ran
 * out can no longer write and stops (LostLeaseError).
 *
 * Polling. freepublish/get has 100 calls a day: a run polls each submitted article at most `maxPollsPerRun` times
 * with doubling waits on its clock, counts calls per account and day in the ledger, stops at `dailyPollBudget`,
 * and leaves a pending job for the next run with a growing `polls.next_at`.
 *
 * A new step: a function `(run) => Promise<Next>` in steps/, one file per step, entered in the tables below.
 */

const stop: Step = async () => 'stop';

/** drafted: how the draft goes out depends on the account's publish method. */
const PUBLISH_DRAFT: Record<PublishMethod, Step> = {
  freepublish: submitDraft,
  'mass-send': massSendDraft,
  'draft-only': handOffDraft,
};

/** The step that takes an article on from each state (when no withdrawal and no interrupted step come first). */
const STEP_FROM: Record<PublishState, Step> = {
  claimed: uploadImagesAndCover,
  'images-uploaded': addDraft,
  drafted: (run) => PUBLISH_DRAFT[run.account.publishMethod](run),
  submitted: (run) => pollPublishJob(run, { once: false }),
  published: stop,
  failed: stop,
  withdrawn: stop,
};

/** Drives the article through as many steps as it can take in this run. */
export async function drive(run: ArticleRun): Promise<void> {
  for (let steps = 0; steps < MAX_STEPS_PER_RUN; steps++) {
    if ((await nextStep(run)(run)) === 'stop') return;
  }
  throw new Error(
    `${run.record.article}: the publish state machine did not settle (state ${run.record.state})`,
  );
}

function nextStep(run: ArticleRun): Step {
  const r = run.record;
  if (r.withdrawal && !r.withdrawal.done_at) return withdrawArticle;
  if (run.interruptedStep) return resolveInterruptedStep;
  return STEP_FROM[r.state];
}

/** A step another run started and never recorded the end of. */
async function resolveInterruptedStep(run: ArticleRun): Promise<Next> {
  const f = run.interruptedStep!;
  if (f.step === 'submit') return reconcileLostSubmit(run);
  if (f.step === 'mass-send') return massSendDraft(run);
  const what =
    f.step === 'add-draft'
      ? 'draft/add; looking in 草稿箱 for its draft before adding one'
      : `${f.step}${f.detail ? ` ${f.detail}` : ''} (the file may have been uploaded without being recorded); doing the step again`;
  await run.save({ event: `run ${f.run} stopped during ${what}` });
  return 'continue';
}
