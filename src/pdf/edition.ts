/**
 * The PDF edition: the print document (document.ts) rendered by Chromium,
 * tagged for screen readers and with a bookmark outline, written to
 * dist/downloads/backend-guide.pdf. Page numbers and running titles are the
 * print document's own @page margin boxes.
 * Chromium is the one the tests use (CHROMIUM_PATH, read in astro.config.mjs);
 * without it the build says it skipped the PDF, and the Download page does
 * not offer one.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BookContents } from '../epub/edition.ts';
import { editionPaths } from '../lib/urls.ts';
import { printDocument } from './document.ts';

/** Why this build cannot render the PDF, or undefined when it can. */
export async function pdfUnavailable(chromiumPath: string): Promise<string | undefined> {
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  try {
    await import('playwright-core');
    return undefined;
  } catch {
    return 'playwright-core is not installed';
  }
}

/** Pages in a PDF Chromium wrote: its page objects are plain dictionaries. */
export const countPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

/** Renders the PDF (check pdfUnavailable first); returns its size and page count. */
export async function pdfEdition(outDir: string, contents: BookContents, chromiumPath: string): Promise<{ bytes: number; pages: number }> {
  const { chromium } = await import('playwright-core');
  const work = await mkdtemp(join(tmpdir(), 'backend-guide-pdf-'));
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const source = join(work, 'print.html');
    await writeFile(source, printDocument(contents));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(source).href, { waitUntil: 'load' });
    const file = join(outDir, editionPaths.pdf.slice(1));
    await mkdir(dirname(file), { recursive: true });
    const pdf = await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
    });
    return { bytes: (await stat(file)).size, pages: countPages(pdf) };
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}
