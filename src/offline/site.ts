/**
 * Everything a page does in the browser, as one classic script for the
 * offline edition (offline/site.js): browsers refuse module scripts from
 * disk, so the edition drops the pages' modules and loads this bundle
 * instead. Each module sets itself up on import, as it does online.
 */
import '../components/article/toc.ts';
import '../components/layout/menu.ts';
import '../components/layout/theme-switch.ts';
import '../components/mdx/checklist.ts';
import '../components/mdx/code-copy.ts';
import '../components/mdx/heading-links.ts';
import '../components/mdx/tabs.ts';
import '../learning/mark-done.ts';
import '../learning/marks.ts';
import '../learning/progress-controls.ts';
import '../learning/review.ts';
import '../search/offline/search.ts';
import { installGlossaryPreviews } from '../learning/glossary-preview.ts';

// The site's root, from where this script lives: <root>/offline/site.js.
const root = new URL('../', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href).href;
installGlossaryPreviews(new URL('glossary-previews.js', root).href);
