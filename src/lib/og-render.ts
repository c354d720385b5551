/**
 * Draws link-preview cards at build time: satori lays the card out and turns its text into paths
 * with Noto Sans SC (from the @expo-google-fonts/noto-sans-sc package: no system font needed), cut
 * down with subset-font to the characters the cards use; sharp (already Astro's image library) rasterises the SVG, whose text is paths, to a palette PNG.
 * PNGs are cached by the SVG's hash in node_modules/.cache/og-images, so an unchanged card costs
 * only its layout on the next build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type Card } from './og-card';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);
const cacheDir = join(process.cwd(), 'node_modules/.cache/og-images');

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;

/** The two weights, subset to `text` (every card's characters, so it is done once per build). */
function loadFonts(text: string) {
  fonts ??= Promise.all(
    (['400Regular', '700Bold'] as const).map(async (weight) => ({
      name: 'Noto Sans SC',
      data: await subsetFont(await readFile(fontFile(weight)), text, { targetFormat: 'truetype' }),
      weight: weight === '400Regular' ? (400 as const) : (700 as const),
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as a 1200×630 PNG; `text` is every character any card of the build draws. */
export async function renderCard(card: Card, text: string): Promise<Buffer> {
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(text),
  });
  const file = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  // A 64-colour palette: flat colours and anti-aliased text stay sharp at a third of the bytes.
  const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toBuffer();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, png);
  return png;
}

/** A square PNG icon from an SVG (the favicon), on `background` when given (apple-touch icons are opaque). */
export function renderIcon(svg: string, size: number, background?: string): Promise<Buffer> {
  const image = sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size);
  return (background ? image.flatten({ background }) : image).png({ compressionLevel: 9 }).toBuffer();
}

