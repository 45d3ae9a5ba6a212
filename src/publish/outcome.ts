import type { LocalizedText } from '../text/vocabulary.js';
import type { PublishRecord, PublishState } from './record.js';

/** What one run did with one article: the line a person reads, and the record it left. */
export interface ArticleOutcome {
  key: string;
  article: string;
  /** What happened, one line (English: logs, the job summary, tests). */
  result: string;
  /** The same in both languages, for a person at the terminal, when the publisher can say it in both. */
  text?: LocalizedText;
  state: PublishState | undefined;
  /** Something went wrong in this run (or a withdrawal could not be done). */
  failed: boolean;
  record?: PublishRecord;
}
