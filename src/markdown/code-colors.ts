/**
 * Code colours as classes, not style attributes. Shiki writes each token's
 * light and dark colour into a `style` attribute (`--shiki-light:#0E1116;
 * --shiki-dark:#F0F3F6`); on a page with a few code samples that is over a
 * thousand attributes, about a kilobyte compressed, and every one of them
 * would need an 'unsafe-hashes' exception in the Content Security Policy.
 * This transformer turns them into two short classes per token (`l0e1116
 * d0f0f3f6`), and `codeColorCss` defines every colour the two themes use.
 */
import darkTheme from '@shikijs/themes/github-dark-high-contrast';
import lightTheme from '@shikijs/themes/github-light-high-contrast';
import type { ShikiTransformer } from 'shiki';

type Theme = { colors?: Record<string, string>; tokenColors?: { settings?: { foreground?: string } }[] };

/** Every foreground colour a theme can give a token, lower-case without "#". */
function palette(theme: Theme): Set<string> {
  const colors = new Set<string>();
  const add = (value: string | undefined) => {
    if (value && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(value)) colors.add(value.slice(1).toLowerCase());
  };
  add(theme.colors?.['editor.foreground']);
  for (const rule of theme.tokenColors ?? []) add(rule.settings?.foreground);
  return colors;
}

const light = palette(lightTheme as Theme);
const dark = palette(darkTheme as Theme);

/** The code block's background in each theme; every token colour must be readable on it. */
export const CODE_BACKGROUND = { light: 'f6f7f9', dark: '0a0c10' } as const;
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** WCAG contrast ratio of two colours given as six hex digits. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The CSS that gives the classes their colours; pages with code include it once. */
export const codeColorCss = [
  `.astro-code{background-color:light-dark(#${CODE_BACKGROUND.light},#${CODE_BACKGROUND.dark})}`,
  '.astro-code span{color:light-dark(var(--l),var(--d))}',
  ...[...light].map((hex) => `.l${hex}{--l:#${hex}}`),
  ...[...dark].map((hex) => `.d${hex}{--d:#${hex}}`),
  '.fi{font-style:italic}.fb{font-weight:700}.fu{text-decoration:underline}',
].join('');

/** The classes for one token's style attribute; throws on a colour outside the themes. */
export function colorClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [name = '', raw = ''] = declaration.split(':').map((part) => part.trim());
    const value = raw.replace(/^#/, '').toLowerCase();
    if (name === '--shiki-light' || name === '--shiki-dark') {
      const [prefix, known, background] = name === '--shiki-light' ? ['l', light, CODE_BACKGROUND.light] : ['d', dark, CODE_BACKGROUND.dark];
      const theme = prefix === 'l' ? 'light' : 'dark';
      if (!known.has(value)) throw new Error(`code-colors.ts: the colour #${value} of a code token is not in the ${theme} theme's palette`);
      // axe leaves code tokens to this check (tests/e2e/helpers.ts): a token nobody can read fails the build.
      const ratio = contrast(value, background);
      if (ratio < MIN_CONTRAST) throw new Error(`code-colors.ts: a code token is #${value} on #${background} in the ${theme} theme, a contrast of ${ratio.toFixed(2)}:1 (${MIN_CONTRAST}:1 needed)`);
      classes.push(`${prefix}${value}`);
    } else if (name === '--shiki-light-font-style' || name === '--shiki-dark-font-style') {
      if (value.includes('italic')) classes.push('fi');
      if (value.includes('bold')) classes.push('fb');
      if (value.includes('underline')) classes.push('fu');
    }
  }
  return [...new Set(classes)];
}

/** A Shiki transformer: colour classes on tokens, and no inline style on the block (prose.css styles it). */
export function codeColorClasses(): ShikiTransformer {
  return {
    name: 'backend-guide-code-color-classes',
    pre(node) {
      delete node.properties.style;
    },
    span(node) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      delete node.properties.style;
      this.addClassToHast(node, colorClasses(style));
    },
  };
}
