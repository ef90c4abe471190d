/** Every public URL, read from tests/urls.txt (one a line; # starts a comment). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const urlListFile = join(import.meta.dirname, 'urls.txt');

export const publicUrls: string[] = readFileSync(urlListFile, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
