// Embeds: /embed/<chapter>/ in iframes on someone else's page. A second server on another origin
// (localhost:<port> vs the site's 127.0.0.1:<port>) serves the host page and the real pym.js.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, guard, liveMapState } from './helpers.ts';
import { embedReady, expectSized, frameOf, heights, hostUrl as hostUrlOn, startHost } from './host.ts';
import type { Host } from './host.ts';

/** The built site the server serves (scripts/serve.ts reads SERVE_ROOT too). */
const DIST = process.env['SERVE_ROOT'] ?? 'dist';
/** Every chapter with steps, as built (getStaticPaths over the story). */
const chapters = existsSync(`${DIST}/embed`) ? readdirSync(`${DIST}/embed`).filter((d) => existsSync(`${DIST}/embed/${d}/index.html`)).sort() : [];

interface StepInfo {
  id: string;
  scene: string;
}
function stepsOf(chapter: string): StepInfo[] {
  const html = readFileSync(`${DIST}/embed/${chapter}/index.html`, 'utf8');
  return [...html.matchAll(/<article class="step" id="([a-z0-9-]+)" data-scene="([a-z0-9-]+)"/g)].map((m) => ({ id: m[1]!, scene: m[2]! }));
}

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});
const hostUrl = (baseURL: string, opts: Parameters<typeof hostUrlOn>[2]): string => hostUrlOn(host, baseURL, opts);

/** Whether the host received the AMP size message {sentinel:'amp', type:'embed-size', height}. */
function ampReceived(page: Page, origin: string, height: number): Promise<boolean> {
  return page.evaluate(
    ({ origin, height }) =>
      (window as unknown as { hostMessages: { origin: string; data: unknown }[] }).hostMessages.some(
        (m) => m.origin === origin && JSON.stringify(m.data) === JSON.stringify({ sentinel: 'amp', type: 'embed-size', height }),
      ),
    { origin, height },
  );
}

test.describe('self-sizing in a pym.js host on another origin', () => {
  test.describe.configure({ timeout: 300_000 });
  for (const width of [320, 640, 1000]) {
    test(`every chapter's iframe matches its content at ${width}px and follows a step change`, async ({ page, baseURL }) => {
      expect(chapters.length).toBeGreaterThanOrEqual(2);
      const g = guard(page);
      await page.setViewportSize({ width: width + 40, height: 900 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(hostUrl(baseURL!, { mode: 'pym', width, paths: chapters.map((c) => `/embed/${c}/`) }));
      const measured: string[] = [];
      for (const [i, chapter] of chapters.entries()) {
        const sel = `#slot-${i} iframe`;
        await page.locator(sel).scrollIntoViewIfNeeded();
        const frame = await frameOf(page, sel);
        await embedReady(frame);
        expect(await frame.evaluate(() => document.documentElement.dataset['frame'])).toBe('auto');
        // pym adds ?initialWidth=&childId=; the frame is the host column's width.
        expect(new URL(frame.url()).searchParams.get('childId')).toBe(`slot-${i}`);
        expect(Math.round(await page.locator(sel).evaluate((el) => el.getBoundingClientRect().width))).toBe(width);
        const first = await expectSized(page, sel, frame);
        const ampFirst = await ampReceived(page, new URL(baseURL!).origin, first.content);
        expect(ampFirst, `AMP embed-size ${first.content} for ${chapter}`).toBe(true);
        // A step change and a content change, on two of the chapters (time: a 2-core machine).
        if (i !== 0 && i !== chapters.length - 1) {
          measured.push(`${chapter}: ${first.iframe}px (content ${first.content})`);
          continue;
        }
        // A step change: the one controller moves, the host still fits the frame.
        await page.frameLocator(sel).locator('button[data-go="next"]').click();
        await frame.waitForSelector(`article.step.is-active:nth-child(2)`, { state: 'attached' });
        const second = await expectSized(page, sel, frame);
        // Opening every step's sources makes the content taller (the stepper is as tall as its
        // longest step); the iframe follows.
        await page.frameLocator(sel).locator('article.step.is-active .step-sources summary').click();
        await frame.evaluate(() => {
          for (const d of document.querySelectorAll('details.step-sources')) (d as HTMLDetailsElement).open = true;
        });
        const opened = await expectSized(page, sel, frame);
        expect(opened.content).toBeGreaterThan(second.content);
        // The AMP format carries the same height.
        expect(await ampReceived(page, new URL(baseURL!).origin, opened.content), `AMP ${opened.content} for ${chapter}`).toBe(true);
        measured.push(`${chapter}: ${first.iframe}px (content ${first.content}) → step 2 ${second.iframe}px → sources open ${opened.iframe}px`);
      }
      test.info().annotations.push({ type: `heights at ${width}px`, description: measured.join('; ') });
      console.log(`heights at ${width}px\n  ${measured.join('\n  ')}`);
      expect(g.errors).toEqual([]);
      expect(g.foreign).toEqual([]);
    });
  }

  test('messages of the wrong shape from the host are ignored; a pym width message gets a height', async ({ page, baseURL }) => {
    const g = guard(page);
    await page.goto(hostUrl(baseURL!, { mode: 'pym', width: 640, paths: [`/embed/${chapters[0]}/`] }));
    const frame = await frameOf(page, '#slot-0 iframe');
    await embedReady(frame);
    const before = await expectSized(page, '#slot-0 iframe', frame);
    const pymHeights = (): Promise<number> =>
      page.evaluate(
        () =>
          (window as unknown as { hostMessages: { data: unknown }[] }).hostMessages.filter(
            (m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMxslot-0xPYMxheightxPYMx'),
          ).length,
      );
    const count = await pymHeights();
    await page.evaluate(() => {
      const win = document.querySelector('iframe')!.contentWindow!;
      const junk: unknown[] = [
        {},
        null,
        42,
        'hello',
        'pymxPYMxslot-0xPYMxwidthxPYMxabc',
        'pymxPYMxsomeone-elsexPYMxwidthxPYMx500',
        'pymxPYMxslot-0xPYMxheightxPYMx1',
        `pymxPYMxslot-0xPYMxwidthxPYMx${'9'.repeat(5000)}`,
        { sentinel: 'amp', type: 'embed-size', height: 5 },
        'x'.repeat(200_000),
        ['pym', 'slot-0', 'width', '100'],
      ];
      for (const m of junk) win.postMessage(m, '*');
    });
    await page.waitForTimeout(500);
    expect(await pymHeights()).toBe(count);
    expect((await heights(page, '#slot-0 iframe', frame)).iframe).toBe(before.iframe);
    // The real thing: pym's parent sends its width and expects the height back.
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage('pymxPYMxslot-0xPYMxwidthxPYMx640', '*'));
    await expect.poll(pymHeights).toBeGreaterThan(count);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
  });
});

test.describe('the stepper', () => {
  const chapter = chapters.includes('cold-open') ? 'cold-open' : chapters[0]!;
  const steps = stepsOf(chapter);

  async function expectStep(page: Page, i: number): Promise<void> {
    await expect(page.locator(`#${steps[i]!.id}`)).toHaveClass(/is-active/);
    await expect(page.locator(`#${steps[i]!.id}`)).toBeVisible();
    await expect(page.locator(`.embed-dots button[data-step="${steps[i]!.id}"]`)).toHaveAttribute('aria-current', 'step');
    await liveMapState(page, steps[i]!.scene);
    for (const [j, s] of steps.entries()) if (j !== i) await expect(page.locator(`#${s.id}`)).toBeHidden();
  }

  test('moves by click: next, back, dots; ends are marked', async ({ page }) => {
    const g = guard(page);
    await page.setViewportSize({ width: 640, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/embed/${chapter}/`);
    await expectStep(page, 0);
    await expect(page.locator('button[data-go="prev"]')).toHaveAttribute('aria-disabled', 'true');
    await page.locator('button[data-go="next"]').click();
    await expectStep(page, 1);
    await page.locator(`.embed-dots button[data-step="${steps[3]!.id}"]`).click();
    await expectStep(page, 3);
    await page.locator('button[data-go="prev"]').click();
    await expectStep(page, 2);
    await page.locator(`.embed-dots button[data-step="${steps.at(-1)!.id}"]`).click();
    await expectStep(page, steps.length - 1);
    await expect(page.locator('button[data-go="next"]')).toHaveAttribute('aria-disabled', 'true');
    await page.locator('button[data-go="next"]').click({ force: true }); // at the end: stays
    await expectStep(page, steps.length - 1);
    // Screen readers hear the new step.
    await expect(page.locator('#embed-announcer')).toContainText(`of ${steps.length}`);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
  });

  test('moves by keyboard: ← / →, and Tab + Enter on the buttons', async ({ page }) => {
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/embed/${chapter}/`);
    await expectStep(page, 0);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 1);
    await page.locator('button[data-go="next"]').focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 2);
    await page.keyboard.press('Shift+Tab'); // onto the last dot
    await page.keyboard.press('Space');
    await expectStep(page, steps.length - 1);
    expect(g.errors).toEqual([]);
  });

  test('moves by tap on a touch screen', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/embed/${chapter}/`);
    await expectStep(page, 0);
    await page.locator('button[data-go="next"]').tap();
    await expectStep(page, 1);
    await page.locator(`.embed-dots button[data-step="${steps[4]!.id}"]`).tap();
    await expectStep(page, 4);
    await page.locator('button[data-go="prev"]').tap();
    await expectStep(page, 3);
    expect(g.errors).toEqual([]);
    await context.close();
  });

  test('?step= opens that step; unknown or malformed values open the first, without errors', async ({ page }) => {
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/embed/${chapter}/?step=${steps[2]!.id}`);
    await expectStep(page, 2);
    const other = chapters.find((c) => c !== chapter);
    const foreignStep = other ? stepsOf(other)[0]!.id : 'nope';
    for (const bad of ['nope', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%E0%A4%A', foreignStep, `x&step=${steps[2]!.id}`, '', 'a'.repeat(500)]) {
      await page.goto(`/embed/${chapter}/?step=${bad}`);
      await expectStep(page, 0);
    }
    expect(await page.evaluate(() => document.body.innerHTML.includes('<script>alert'))).toBe(false);
    expect(g.errors).toEqual([]);
  });

  test('works in a sandboxed iframe (allow-scripts allow-popups: opaque origin, no storage)', async ({ page, baseURL }) => {
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(hostUrl(baseURL!, { mode: 'sandbox', width: 640, paths: [`/embed/${chapter}/?step=${steps[1]!.id}`] }));
    const frame = await frameOf(page, '#slot-0 iframe');
    await embedReady(frame);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await expect(page.frameLocator('#slot-0 iframe').locator(`#${steps[1]!.id}`)).toHaveClass(/is-active/);
    await page.frameLocator('#slot-0 iframe').locator('button[data-go="next"]').click();
    await expect(page.frameLocator('#slot-0 iframe').locator(`#${steps[2]!.id}`)).toHaveClass(/is-active/);
    await expect(page.frameLocator('#slot-0 iframe').locator('.live-map')).toHaveAttribute('data-scene', steps[2]!.scene);
    // A step that fetches its data (the UCDP events): a CORS request from the opaque origin.
    const withEvents = chapters.flatMap((c) => stepsOf(c).map((s) => ({ chapter: c, ...s }))).find((s) => s.scene === 'where-violence-happens');
    if (withEvents) {
      await page.goto(hostUrl(baseURL!, { mode: 'sandbox', width: 640, paths: [`/embed/${withEvents.chapter}/?step=${withEvents.id}`] }));
      await expect(page.frameLocator('#slot-0 iframe').locator('.live-map .events circle.event').first()).toBeAttached();
    }
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
  });

  test('in a plain iframe of fixed height the stepper fits the frame; only long text scrolls', async ({ page, baseURL }) => {
    for (const width of [280, 320, 640, 1000, 1200]) {
      await page.setViewportSize({ width: width + 40, height: 900 });
      await page.goto(hostUrl(baseURL!, { mode: 'iframe', width, paths: [`/embed/${chapter}/`] }));
      const frame = await frameOf(page, '#slot-0 iframe');
      await embedReady(frame);
      const m = await frame.evaluate(() => {
        const box = (s: string): DOMRect => document.querySelector(s)!.getBoundingClientRect();
        return {
          frame: document.documentElement.dataset['frame'],
          scrollHeight: document.documentElement.scrollHeight,
          innerHeight,
          next: box('button[data-go="next"]').bottom,
          credit: box('.embed-credit').bottom,
          map: box('.embed-map-frame').height,
        };
      });
      expect(m.frame).toBe('fixed');
      expect(m.scrollHeight, `${width}px`).toBeLessThanOrEqual(m.innerHeight + 1);
      expect(m.next).toBeLessThanOrEqual(m.innerHeight);
      expect(m.credit).toBeLessThanOrEqual(m.innerHeight + 1);
      expect(m.map).toBeGreaterThan(150);
    }
  });
});

test.describe('the embed kit on the story page', () => {
  test('the dialog gives a snippet that shows the chapter on a blank page elsewhere', async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    const g = guard(page);
    const origin = new URL(baseURL!).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto('/');
    const chapter = chapters.includes('cold-open') ? 'cold-open' : chapters[0]!;
    const title = (await page.locator(`#${chapter}-title`).textContent())!.trim();
    const button = page.locator(`button[data-embed-chapter="${chapter}"]`);
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeVisible();
    await button.click();
    const dialog = page.locator('dialog#embed-kit');
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await expect(dialog.locator('#embed-kit-title')).toContainText(title);
    expect(await page.evaluate(() => document.getElementById('embed-kit')!.contains(document.activeElement))).toBe(true);

    const snippet = await dialog.locator('#embed-kit-code').inputValue();
    expect(snippet).toMatch(new RegExp(`^<iframe src="${origin}/embed/${chapter}/" title="[^"]+" width="100%" height="\\d+" loading="lazy"`));
    const pymCode = await dialog.locator('#embed-kit-pym').inputValue();
    expect(pymCode).toContain(`data-pym-src="${origin}/embed/${chapter}/"`);
    expect(pymCode).toContain(`${origin}/embed/${chapter}/fallback.png`);

    // Previews at phone and column widths.
    const previews = dialog.locator('iframe[data-kit="preview"]');
    await expect(previews).toHaveCount(2);
    expect(await previews.evaluateAll((fs) => fs.map((f) => Math.round(f.getBoundingClientRect().width)))).toEqual([320, 640]);
    await expect(page.locator('iframe[data-kit="preview"]').nth(0).contentFrame().locator('h1')).toHaveText(title);
    await expect(page.locator('iframe[data-kit="preview"]').nth(1).contentFrame().locator('.live-map')).toBeAttached();

    // Copy: the clipboard gets the code.
    await dialog.locator('button[data-copy="embed-kit-code"]').click();
    await expect(dialog.locator('[data-kit-status="embed-kit-code"]')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The cards layout changes the code and the previews.
    await dialog.getByLabel(/Cards/).check();
    await expect(dialog.locator('#embed-kit-code')).toHaveValue(/\?layout=cards"/);
    await expect(page.locator('iframe[data-kit="preview"]').nth(1).contentFrame().locator('article.step').first()).toBeVisible();
    await dialog.getByLabel(/Step by step/).check();
    await expect(dialog.locator('#embed-kit-code')).not.toHaveValue(/layout=cards/);
    for (const i of [0, 1]) await expect(page.locator('iframe[data-kit="preview"]').nth(i).contentFrame().locator('html.embed-ready')).toBeAttached();

    // The previews are embed pages, checked on their own below.
    const axe = await new AxeBuilder({ page }).include('#embed-kit').exclude('#embed-kit iframe').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Esc closes; focus returns to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);

    // Pasted into a blank page on another origin, the code shows the chapter.
    const blank = await context.newPage();
    const bg = guard(blank);
    await blank.emulateMedia({ reducedMotion: 'reduce' });
    await blank.goto(`${host.origin}/blank.html`);
    await blank.setContent(`<!doctype html><html lang="en"><head><title>Pasted</title></head><body><main>${snippet}</main></body></html>`);
    const frame = await frameOf(blank, 'iframe');
    await embedReady(frame);
    await expect(blank.frameLocator('iframe').locator('h1')).toHaveText(title);
    await expect(blank.frameLocator('iframe').locator('article.step.is-active .step-text')).toBeVisible();
    expect(await blank.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(
      Number(/height="(\d+)"/.exec(snippet)![1]),
    );

    // The pym.js code, with pym.js loaded from the host's own server, sizes itself.
    await blank.setContent(
      `<!doctype html><html lang="en"><head><title>Pasted pym</title></head><body><main style="width:500px">${pymCode.replace(/src="https:\/\/YOUR-SITE[^"]*"/, `src="${host.origin}/pym.v1.min.js"`)}</main></body></html>`,
    );
    const pymFrame = await frameOf(blank, 'iframe');
    await embedReady(pymFrame);
    await expectSized(blank, 'iframe', pymFrame);
    await expect(blank.locator('img')).toHaveCount(0); // the fallback image was replaced
    expect(bg.errors).toEqual([]);
    expect(bg.foreign).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the embed buttons stay hidden', async ({ page }) => {
      await page.goto('/');
      expect(await page.locator('button.embed-open').count()).toBe(chapters.length);
      for (const b of await page.locator('button.embed-open').all()) await expect(b).toBeHidden();
    });
  });
});

test.describe('files, links, headers and accessibility', () => {
  test('every chapter with steps has an embed, a 1200×800 fallback PNG and an oEmbed file, all linked', async ({ request }) => {
    const story = readFileSync(`${DIST}/index.html`, 'utf8');
    const storyChapters = [...story.matchAll(/<section class="chapter" id="([a-z0-9-]+)"/g)].map((m) => m[1]!).sort();
    expect(chapters).toEqual(storyChapters);
    for (const chapter of chapters) {
      const png = readFileSync(`${DIST}/embed/${chapter}/fallback.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 800]);
      expect(png.length).toBeGreaterThan(20_000); // a picture, not an empty frame

      const oembed = JSON.parse(readFileSync(`${DIST}/embed/${chapter}/oembed.json`, 'utf8')) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Caught between' });
      expect(oembed['html']).toMatch(new RegExp(`^<iframe src="https://[^"]+/embed/${chapter}/" title="[^"]+" width="100%" height="\\d+" loading="lazy"`));
      expect(typeof oembed['width']).toBe('number');
      expect(typeof oembed['height']).toBe('number');
      expect(String(oembed['title'])).toContain('Caught between');
      expect(oembed['thumbnail_url']).toMatch(new RegExp(`/embed/${chapter}/fallback\\.png$`));

      const html = readFileSync(`${DIST}/embed/${chapter}/index.html`, 'utf8');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+/#${chapter}">`));
      expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="/embed/${chapter}/oembed.json"`);
      expect(html).toMatch(new RegExp(`<meta property="og:image" content="https://[^"]+/embed/${chapter}/fallback\\.png">`));
      expect(story).toContain(`<link rel="alternate" type="application/json+oembed" href="/embed/${chapter}/oembed.json"`);
      // Every step keeps its static SVG for readers without JavaScript.
      expect(html.match(/<svg [^>]*class="map static-map"/g)?.length).toBe(stepsOf(chapter).length);

      for (const [path, type] of [
        [`/embed/${chapter}/fallback.png`, 'image/png'],
        [`/embed/${chapter}/oembed.json`, 'application/json'],
      ] as const) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        expect(res.headers()['content-type']).toContain(type);
      }
    }
  });

  test('only embeds may be framed by other sites', async ({ request, page, baseURL }) => {
    const embed = await request.get(`/embed/${chapters[0]}/`);
    expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
    for (const path of ['/', '/sources/']) {
      const res = await request.get(path);
      expect(res.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'");
    }
    await page.goto(hostUrl(baseURL!, { mode: 'iframe', width: 640, paths: ['/', `/embed/${chapters[0]}/`] }));
    const story = await frameOf(page, '#slot-0 iframe');
    const embedFrame = await frameOf(page, '#slot-1 iframe');
    await embedFrame.waitForSelector('.embed-head h1');
    await page.waitForTimeout(500);
    expect(await story.locator('.masthead').count()).toBe(0); // refused by frame-ancestors
  });

  test('an unknown chapter gets the friendly 404 page, framed or not', async ({ page, request, baseURL }) => {
    const res = await request.get('/embed/no-such-chapter/');
    expect(res.status()).toBe(404);
    const g = guard(page);
    const nav = await page.goto('/embed/no-such-chapter/');
    expect(nav?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('a[href="/"]').first()).toBeVisible();
    await expect(page.locator(`a[href="/embed/${chapters[0]}/"]`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(hostUrl(baseURL!, { mode: 'iframe', width: 640, paths: ['/embed/no-such-chapter/'] }));
    await expect(page.frameLocator('#slot-0 iframe').locator('h1')).toHaveText('Page not found');
    expect(g.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  for (const chapter of chapters) {
    test(`${chapter}: axe finds no violations (stepper at 320 and 1000 px, cards), no errors, no other origins`, async ({ page }) => {
      test.setTimeout(90_000);
      const g = guard(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const steps = stepsOf(chapter);
      for (const width of [320, 1000]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/embed/${chapter}/?step=${steps[Math.min(1, steps.length - 1)]!.id}`);
        await liveMapState(page, steps[Math.min(1, steps.length - 1)]!.scene);
        await expectNoAxeViolations(page);
        // Nothing wider than the frame; the map keeps a sensible box.
        const m = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          map: document.querySelector('.embed-map-frame')!.getBoundingClientRect(),
          text: parseFloat(getComputedStyle(document.querySelector('.step.is-active .step-text p')!).fontSize),
        }));
        expect(m.overflow).toBeLessThanOrEqual(0);
        // 4:3, 16:9 or 3:2; 4:5 or 2:3 on narrow frames of chapters with a chart (chart on top).
        expect(m.map.width / m.map.height).toBeGreaterThan(0.6);
        expect(m.map.width / m.map.height).toBeLessThan(1.9);
        expect(m.text).toBeGreaterThanOrEqual(16);
      }
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(`/embed/${chapter}/?layout=cards`);
      await expect(page.locator('.embed-controls')).toBeHidden();
      for (const s of steps) {
        await expect(page.locator(`#${s.id} .step-text`)).toBeVisible();
        await expect(page.locator(`#${s.id} svg.static-map`)).toBeVisible();
      }
      await expect(page.locator('.live-map')).toHaveCount(0);
      await expectNoAxeViolations(page);
      // Credit and link back, in the top window.
      await expect(page.locator(`.embed-credit a[href="/#${chapter}"]`)).toHaveAttribute('target', '_top');
      await expect(page.locator('.embed-credit')).toContainText('Natural Earth');
      expect(g.errors).toEqual([]);
      expect(g.foreign).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('an embed unrolls as cards with every step’s text and static map', async ({ page }) => {
      for (const chapter of chapters) {
        await page.goto(`/embed/${chapter}/`);
        await expect(page.locator('.embed-controls')).toBeHidden();
        await expect(page.locator('.embed-graphic')).toBeHidden();
        for (const s of stepsOf(chapter)) {
          await expect(page.locator(`#${s.id} .step-text`)).toBeVisible();
          await expect(page.locator(`#${s.id} svg.static-map`)).toBeVisible();
        }
      }
      // (axe needs JavaScript; the same cards are checked with ?layout=cards above.)
    });
  });
});
