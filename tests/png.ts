/** Reading PNG files in tests. */
import assert from 'node:assert/strict';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's size from its header chunk (IHDR), which must come first; fails for anything that is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE, 'not a PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(new TextDecoder().decode(png.subarray(12, 16)), 'IHDR', 'the first chunk is not IHDR');
  assert.equal(view.getUint32(8), 13, 'IHDR has the wrong length');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
