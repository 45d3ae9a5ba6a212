import type { DraftItem, PublishedItem, WeChatPort } from '../wechat/port.js';

/** freepublish/batchget and draft/batchget give at most 20 items a page. */
const PAGE_SIZE = 20;
/**
 * How far one run looks back in what an account published: 25 pages, 500 publications (batchget allows 100 calls
 * a day; a run shares what it read between its articles). An account that published more than that since an
 * article was due is checked by a person instead (`complete: false`).
 */
const MAX_PUBLISHED_PAGES = 25;
/** The draft box is read up to 200 drafts; an orphan beyond that is not looked for (it is only a draft). */
const MAX_DRAFT_PAGES = 10;

/**
 * What WeChat lists for one account, read lazily and at most once per run: its publications, newest first, with
 * their content (for the marks of steps/prior.ts), back as far as any article of the run needs; and its draft box.
 * One per account per run (`PublisherDeps.lists`), so ten due articles of one account cost the pages of one.
 */
export class WeChatLists {
  private readonly published: PublishedItem[] = [];
  private publishedEnd = false;
  private drafts: DraftItem[] | undefined;

  constructor(private readonly port: () => WeChatPort) {}

  /**
   * Every publication listed no earlier than `earliest` (Unix seconds), newest first. `complete` is false when the
   * page limit stopped the look before it reached `earliest`.
   */
  async publishedSince(earliest: number): Promise<{ items: PublishedItem[]; complete: boolean }> {
    let pages = Math.ceil(this.published.length / PAGE_SIZE);
    while (!this.publishedEnd && this.oldestPublished() >= earliest && pages < MAX_PUBLISHED_PAGES) {
      const { totalCount, items } = await this.port().listPublished(this.published.length, PAGE_SIZE, {
        withContent: true,
      });
      this.published.push(...items);
      pages++;
      if (items.length < PAGE_SIZE || this.published.length >= totalCount) this.publishedEnd = true;
    }
    return {
      items: this.published.filter((i) => i.updateTime >= earliest || i.updateTime === 0),
      complete: this.publishedEnd || this.oldestPublished() < earliest,
    };
  }

  /** The draft box, newest first (read once per run). */
  async draftBox(): Promise<DraftItem[]> {
    if (this.drafts) return this.drafts;
    const drafts: DraftItem[] = [];
    for (let page = 0; page < MAX_DRAFT_PAGES; page++) {
      const { totalCount, items } = await this.port().listDrafts(drafts.length, PAGE_SIZE);
      drafts.push(...items);
      if (items.length < PAGE_SIZE || drafts.length >= totalCount) break;
    }
    this.drafts = drafts;
    return drafts;
  }

  /** A time WeChat did not give (0) never ends the look: such an item could be of any age. */
  private oldestPublished(): number {
    const times = this.published.map((i) => i.updateTime).filter((t) => t > 0);
    return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times);
  }
}
