import { collectImages } from '../../render/render.js';
import { assetOf } from '../articles.js';
import { type ArticleRun, announce, type Next } from '../context.js';
import { fail, failContent, failOrDefer } from '../failures.js';
import type { PublishRecord } from '../record.js';

type UploadedImage = PublishRecord['wechat']['images'][number];

/**
 * claimed → images-uploaded: every content image (media/uploadimg) and the cover (material/add_material) on
 * WeChat. Files are cached by SHA-256 in the account's ledger file, so an image another article uploaded is not
 * sent again; such cache hits are written together with the next intent, or with the state change.
 */
export async function uploadImagesAndCover(run: ArticleRun): Promise<Next> {
  const { source } = run;
  if (!source.front || !source.article) {
    return fail(run, {
      step: 'check',
      kind: 'content',
      message: `the article cannot be published as written: ${source.problems.join('; ') || 'front matter incomplete'}`,
      hint: '修正文章头信息后合并 / fix the front matter and merge the fix',
      retry: 'on-change',
      resume: 'claimed',
    });
  }
  const checks = run.record.checks;
  if (checks.errors > 0) {
    return fail(run, {
      step: 'check',
      kind: 'check',
      message: `wxgate check finds ${checks.errors} error(s) on the merged article: ${checks.rules.join(', ')}`,
      hint: '运行 wxgate check 并通过 PR 修正 / run wxgate check and fix the article in a pull request',
      retry: 'on-change',
      resume: 'claimed',
    });
  }
  let images: string[];
  try {
    images = collectImages(source.article);
  } catch (error) {
    return failContent(run, error);
  }
  /** Images found in the account's cache, not yet in the record. */
  const cacheHits: UploadedImage[] = [];
  const recordCacheHits = (rec: PublishRecord) => {
    for (const hit of cacheHits) {
      if (!rec.wechat.images.some((i) => i.file === hit.file)) rec.wechat.images.push(hit);
    }
  };
  const known = (file: string) =>
    run.record.wechat.images.some((i) => i.file === file) || cacheHits.some((i) => i.file === file);

  for (const file of images) {
    if (known(file)) continue;
    let asset: { bytes: Uint8Array; sha256: string };
    try {
      asset = assetOf(source, file);
    } catch (error) {
      return failContent(run, error, `image ${file} cannot be read`);
    }
    const cached = run.session.accountLedger().images[asset.sha256];
    if (cached) {
      cacheHits.push({ file, sha256: asset.sha256, url: cached.url });
      continue;
    }
    await announce(run, 'upload-image', file, recordCacheHits);
    cacheHits.length = 0;
    let url: string;
    try {
      url = (await run.wechat.uploadContentImage(asset.bytes, basename(file))).url;
    } catch (error) {
      return failOrDefer(run, error, 'upload-image', 'claimed');
    }
    const at = run.iso();
    await run.save({
      event: `content image ${file} uploaded (media/uploadimg)`,
      mutate: (rec) => {
        rec.wechat.images.push({ file, sha256: asset.sha256, url });
      },
      account: (a) => {
        a.images[asset.sha256] ??= { url, file: `${source.dir}/${file}`, at };
      },
    });
  }

  const coverFile = source.front.cover;
  let coverAsset: { bytes: Uint8Array; sha256: string };
  try {
    coverAsset = assetOf(source, coverFile);
  } catch (error) {
    return failContent(run, error, `cover ${coverFile} cannot be read`);
  }
  let cover = run.record.wechat.cover?.sha256 === coverAsset.sha256 ? run.record.wechat.cover : undefined;
  if (!cover) {
    const cached = run.session.accountLedger().covers[coverAsset.sha256];
    if (cached) {
      cover = { file: coverFile, sha256: coverAsset.sha256, media_id: cached.media_id, url: cached.url };
    } else {
      await announce(run, 'upload-cover', coverFile, recordCacheHits);
      cacheHits.length = 0;
      let uploaded: { mediaId: string; url: string };
      try {
        uploaded = await run.wechat.addCoverMaterial(coverAsset.bytes, basename(coverFile));
      } catch (error) {
        return failOrDefer(run, error, 'upload-cover', 'claimed');
      }
      const done = {
        file: coverFile,
        sha256: coverAsset.sha256,
        media_id: uploaded.mediaId,
        url: uploaded.url,
      };
      cover = done;
      const at = run.iso();
      await run.save({
        event: `cover ${coverFile} uploaded (material/add_material)`,
        mutate: (rec) => {
          rec.wechat.cover = done;
        },
        account: (a) => {
          a.covers[done.sha256] ??= {
            media_id: done.media_id,
            url: done.url,
            file: `${source.dir}/${coverFile}`,
            at,
          };
        },
      });
    }
  }
  const finalCover = cover;
  await run.save({
    event: `images ready: ${run.record.wechat.images.length + cacheHits.length} content image(s) and the cover`,
    mutate: (rec) => {
      recordCacheHits(rec);
      rec.wechat.cover = finalCover;
      rec.state = 'images-uploaded';
    },
    next: { step: 'add-draft' },
  });
  return 'continue';
}

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}
