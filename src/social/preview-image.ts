/**
 * Social preview images (Open Graph / Twitter card): a 1200×630 PNG with an
 * article's title and section, or the site's name and tagline for every other
 * page. Satori lays the card out and turns its text into paths with Inter
 * (read from node_modules, so nothing is fetched); resvg, in WebAssembly,
 * rasterises the SVG, so no native binary is needed per platform.
 * Plain Node: no Astro import, so tests and scripts call it directly.
 */
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import satori, { type SatoriNode } from 'satori';
import { site } from '../site.ts';

/** The size Open Graph and Twitter's large card expect (1.91:1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/**
 * Bumped whenever the card's look changes (layout, colours, sizes), so cached
 * images made by an older look are not reused (src/social/cache.ts). A new
 * font, satori or resvg changes `previewRenderer()` by itself.
 */
export const RENDERER_VERSION = 1;

/** The site's colours (src/styles/global.css, light scheme) and the favicon's bars (public/favicon.svg). */
const colors = {
  brand: '#3730a3',
  brandSoft: '#eef0ff',
  ink: '#171b22',
  muted: '#4a5262',
  white: '#ffffff',
  barMiddle: '#c7cdfd',
  barLow: '#8d96f5',
} as const;

/** What an article's card shows. */
export interface PreviewContent {
  title: string;
  /** The section's title, e.g. "Skills". */
  section: string;
}

const PADDING = 72;
const TITLE_WIDTH = PREVIEW_WIDTH - 2 * PADDING;
const TITLE_LINE_HEIGHT = 1.15;
/** A title never takes more lines than this. */
export const TITLE_MAX_LINES = 3;
/** Title sizes tried largest first; the smallest still reads at a ~300 px thumbnail (about 13 px there). */
export const TITLE_SIZES = [80, 72, 64, 58, 52] as const;

// Resolved from this module, so the build finds the same packages the tests do.
const require = createRequire(import.meta.url);

type Fonts = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];

let ready: Promise<{ fonts: Fonts; renderer: string }> | undefined;

/** Reads the fonts and starts resvg's WebAssembly once per process (initWasm may run only once). */
function prepare() {
  ready ??= (async () => {
    const font = (weight: 400 | 700) => readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
    const [regular, bold, wasm] = await Promise.all([font(400), font(700), readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))]);
    await initWasm(wasm);
    const { version: satoriVersion } = require('satori/package.json') as { version: string };
    const tools = createHash('sha256').update(regular).update(bold).update(wasm).digest('hex').slice(0, 16);
    return {
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: bold, weight: 700, style: 'normal' },
      ] satisfies Fonts,
      renderer: `${RENDERER_VERSION}/satori-${satoriVersion}/${tools}`,
    };
  })();
  return ready;
}

/** What draws the images: the card's version, satori's, and a hash of the fonts and resvg. Equal ids draw equal images. */
export async function previewRenderer(): Promise<string> {
  return (await prepare()).renderer;
}

/** A node of the tree satori lays out (what JSX would make). */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string; [key: string]: unknown };
}

const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children'], props: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...props },
});

/** The favicon's mark: an indigo rounded square with three stacked bars. */
function logoMark(size: number): Node {
  const unit = size / 32;
  const bar = (top: number, color: string) =>
    el('div', { position: 'absolute', left: 7 * unit, top: top * unit, width: 18 * unit, height: 5 * unit, borderRadius: 2 * unit, backgroundColor: color });
  return el('div', { position: 'relative', display: 'flex', width: size, height: size, borderRadius: 7 * unit, backgroundColor: colors.brand }, [
    bar(7, colors.white),
    bar(13.5, colors.barMiddle),
    bar(20, colors.barLow),
  ]);
}

/** The site's identity, small, at the top of every card. */
const identity = el('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
  logoMark(64),
  el('div', { fontSize: 38, fontWeight: 700, color: colors.ink }, site.name),
]);

/** The brand band along the bottom edge: seen even at thumbnail size. */
const band = el('div', { display: 'flex', width: PREVIEW_WIDTH, height: 28, backgroundColor: colors.brand });

/** A section name as a label: brand text on the soft indigo of the site's chips. */
const label = (text: string) =>
  el('div', { display: 'flex', alignSelf: 'flex-start', padding: '10px 22px', borderRadius: 12, backgroundColor: colors.brandSoft, color: colors.brand, fontSize: 34, fontWeight: 700 }, text);

/** The title at `size`; `clamp` cuts it at three lines with an ellipsis (only for one that does not fit even at the smallest size). */
const titleNode = (text: string, size: number, clamp: boolean) =>
  el(
    'div',
    {
      display: 'block',
      width: TITLE_WIDTH,
      fontSize: size,
      fontWeight: 700,
      lineHeight: TITLE_LINE_HEIGHT,
      letterSpacing: '-0.01em',
      color: colors.ink,
      ...(clamp ? { lineClamp: TITLE_MAX_LINES } : {}),
    },
    text,
    { 'data-title': true },
  );

/** The whole card: white, identity at the top, the label and title filling the middle, the band at the bottom. */
const card = (middle: Node[]) =>
  el('div', { display: 'flex', flexDirection: 'column', width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, backgroundColor: colors.white, fontFamily: 'Inter' }, [
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PADDING - 16}px ${PADDING}px ${PADDING - 16}px` }, [
      identity,
      el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, gap: 28 }, middle),
    ]),
    band,
  ]);

/** The card as SVG, and the height satori gave the title (to see how many lines it took). */
async function layout(tree: Node, fonts: Fonts): Promise<{ svg: string; titleHeight: number }> {
  let titleHeight = 0;
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
    onNodeDetected: (node: SatoriNode) => {
      if (node.props['data-title']) titleHeight = node.height;
    },
  });
  return { svg, titleHeight };
}

const toPng = (svg: string): Uint8Array => {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  try {
    // The rendered image is a 3 MB pixmap in WebAssembly memory: freed at once, or a thousand of them pile up until a GC.
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
};

/** An article's card laid out: the SVG, the title size chosen, the lines the title takes, and whether it was cut. */
export interface PreviewLayout {
  svg: string;
  titleSize: number;
  titleLines: number;
  clamped: boolean;
}

/**
 * An article's card at the largest title size at which the title fits in
 * three lines, found by laying it out (satori measures with the real glyphs;
 * a character count would only guess). A title too long even at the smallest
 * size is cut there with an ellipsis.
 */
export async function layoutPreview(content: PreviewContent): Promise<PreviewLayout> {
  const { fonts } = await prepare();
  const at = async (titleSize: number, clamped: boolean) => {
    const { svg, titleHeight } = await layout(card([label(content.section), titleNode(content.title, titleSize, clamped)]), fonts);
    return { svg, titleSize, clamped, titleLines: Math.round(titleHeight / (titleSize * TITLE_LINE_HEIGHT)) };
  };
  for (const size of TITLE_SIZES) {
    const fitted = await at(size, false);
    if (fitted.titleLines <= TITLE_MAX_LINES) return fitted;
  }
  return at(TITLE_SIZES.at(-1)!, true);
}

/** An article's preview: its section as a label and its title, large. */
export async function renderPreview(content: PreviewContent): Promise<Uint8Array> {
  return toPng((await layoutPreview(content)).svg);
}

/** The preview every page that is not an article shares: the site's tagline under its name. */
export async function renderSitePreview(): Promise<Uint8Array> {
  const { fonts } = await prepare();
  const tagline = el('div', { display: 'block', width: TITLE_WIDTH, fontSize: 60, fontWeight: 700, lineHeight: TITLE_LINE_HEIGHT, color: colors.ink }, site.tagline);
  return toPng((await layout(card([tagline]), fonts)).svg);
}
