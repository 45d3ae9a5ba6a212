import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/app/check.js';
import { readImageFacts } from '../../../src/article/image-header.js';
import { coverCrop } from '../../../src/rules/wechat/image-file.js';
import { said } from '../../helpers.js';
import { ROOT } from '../../support/bundle.js';
import { clientOf, emulator } from '../../wechat/helpers.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/images');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const facts = (name: string) => {
  const bytes = fixture(name);
  return readImageFacts(bytes, bytes.length);
};

describe('readImageFacts reads the real format and size of real files', () => {
  it('knows every format WeChat accepts, with its pixel size', () => {
    expect(facts('cover-235x100.jpg')).toMatchObject({ format: 'jpeg', width: 235, height: 100 });
    expect(facts('progressive-120x90.jpg')).toMatchObject({ format: 'jpeg', width: 120, height: 90 });
    expect(facts('square-100x100.png')).toMatchObject({ format: 'png', width: 100, height: 100 });
    expect(facts('banner-470x200.gif')).toMatchObject({ format: 'gif', width: 470, height: 200 });
    expect(facts('cover-47x20.bmp')).toMatchObject({ format: 'bmp', width: 47, height: 20 });
  });

  it('names what WeChat refuses, whatever the file is called', () => {
    expect(facts('photo-32x32.webp').format).toBe('webp');
    expect(facts('drawing.svg').format).toBe('svg');
    expect(facts('notes-named.jpg').format).toBe('text');
    expect(facts('truncated.jpg')).toEqual({ bytes: 40, format: 'jpeg', corrupt: true });
  });

  it('does not call a JPEG corrupt when its size lies past the bytes read', () => {
    const head = fixture('cover-235x100.jpg').subarray(0, 40);
    expect(readImageFacts(head, 5000)).toEqual({ bytes: 5000, format: 'jpeg' });
  });
});

describe('coverCrop', () => {
  it('accepts covers near 2.35:1 or square, and says what a far one loses', () => {
    expect(coverCrop(900, 383)).toBeUndefined();
    expect(coverCrop(100, 100)).toBeUndefined();
    expect(coverCrop(60, 200)?.en).toContain(
      'crops the top and bottom, showing only the middle 60×26 pixels',
    );
    expect(coverCrop(1000, 200)?.zh).toContain('裁去左右两侧，只显示中间 470×200 像素');
  });
});

/** An article folder holding the given files, checked as `wxgate check` does. */
async function check(files: Record<string, Uint8Array | string>, body: string, cover = 'cover.png') {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-images-'));
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  const folder = join(dir, 'content/group/2026-11-25-images');
  mkdirSync(folder, { recursive: true });
  const front = `---\ntitle: 图片\nauthor: 集团市场部\npublish_at: 2026-11-25T09:00:00+08:00\ncover: ${cover}\n---\n`;
  writeFileSync(join(folder, 'index.md'), `${front}\n${body}\n`);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  const outcome = await runCheck({
    paths: ['content'],
    cwd: dir,
    policiesDir: join(dir, 'policies'),
    jobs: 1,
  });
  return outcome.files[0]!.messages.filter((m) => m.ruleId === 'wechat/image-file').map(
    (m) => `${m.line} ${m.severity} ${said(m, 'en')}`,
  );
}

const PADDED_PNG = Buffer.concat([fixture('square-100x100.png'), Buffer.alloc(1024 * 1024)]);

describe('wechat/image-file: what failed at publish now fails at check', () => {
  it('WeChat refuses these uploads after merge (the client names an upload after its bytes)', async () => {
    const { client } = clientOf(await emulator());
    const refused = async (upload: Promise<unknown>) =>
      upload.then(
        () => 'accepted',
        (error: { errcode?: number }) => error.errcode,
      );
    // Bytes of no image type keep their name: 40137 (not what the extension says).
    expect(await refused(client.uploadContentImage(fixture('photo-32x32.webp'), 'photo.jpg'))).toBe(40137);
    expect(await refused(client.uploadContentImage(fixture('notes-named.jpg'), 'notes.jpg'))).toBe(40137);
    // A GIF goes up as image.gif, which uploadimg does not take: 40113.
    expect(await refused(client.uploadContentImage(fixture('banner-470x200.gif'), 'banner.gif'))).toBe(40113);
    expect(await refused(client.uploadContentImage(PADDED_PNG, 'big.png'))).toBe(40009);
    expect(await refused(client.addCoverMaterial(fixture('drawing.svg'), 'cover.png'))).toBe(40137);
  });

  it('reports each body image by its bytes, at its line', async () => {
    const messages = await check(
      {
        'cover.png': fixture('cover-235x100.jpg'),
        'photo.jpg': fixture('photo-32x32.webp'),
        'notes.jpg': fixture('notes-named.jpg'),
        'banner.gif': fixture('banner-470x200.gif'),
        'big.png': PADDED_PNG,
        'broken.jpg': fixture('truncated.jpg'),
        'fine.png': fixture('square-100x100.png'),
      },
      '![a](photo.jpg)\n\n![b](notes.jpg)\n\n![c](banner.gif)\n\n![d](big.png)\n\n![e](broken.jpg)\n\n![f](fine.png)',
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^8 error Body image "photo.jpg" is really WebP \(despite its .jpg name\); .*would fail\./,
      ),
      expect.stringMatching(/^10 error Body image "notes.jpg" is not an image but a text file; /),
      expect.stringMatching(
        /^12 error Body image "banner.gif" is GIF; WeChat's media\/uploadimg takes jpg and png/,
      ),
      expect.stringMatching(/^14 error Body image "big.png" is 1.0 MB; .* under 1 MB only, .*\(40009\)/),
      expect.stringMatching(/^16 error Body image "broken.jpg" has a damaged or cut-short JPEG header/),
    ]);
  });

  it('reports a cover WeChat refuses on the cover line, and warns about the crop of an odd one', async () => {
    expect(await check({ 'cover.png': fixture('drawing.svg') }, '正文。')).toEqual([
      expect.stringMatching(
        /^5 error cover: the cover "cover.png" is really SVG \(despite its .png name\); /,
      ),
    ]);
    expect(await check({ 'cover.gif': fixture('banner-470x200.gif') }, '正文。', 'cover.gif')).toEqual([]);
    expect(await check({ 'cover.bmp': fixture('cover-47x20.bmp') }, '正文。', 'cover.bmp')).toEqual([]);
    expect(await check({ 'cover.png': fixture('tall-60x200.png') }, '正文。')).toEqual([
      expect.stringMatching(/^5 warning cover: the cover is 60×200 \(0.30:1\), far from WeChat's 2.35:1/),
    ]);
  });
});
