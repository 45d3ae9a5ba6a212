import type { PublishRecord, PublishState } from './record.js';

/** What one run did with one article: the line a person reads, and the record it left. */
export interface ArticleOutcome {
  key: string;
  article: string;
  /** What happened, one line. */
  result: string;
  state: PublishState | undefined;
  /** Something went wrong in this run (or a withdrawal could not be done). */
  failed: boolean;
  record?: PublishRecord;
}
