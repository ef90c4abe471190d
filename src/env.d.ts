/// <reference types="astro/client" />

declare module 'virtual:backend-guide/config' {
  import type { SiteConfig } from './integrations/virtual-config.ts';
  export const contentDir: SiteConfig['contentDir'];
  export const buildInfo: SiteConfig['buildInfo'];
  export const editions: SiteConfig['editions'];
  export const previewCacheDir: SiteConfig['previewCacheDir'];
}

declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  /** Tables, strikethrough and task lists in GitHub's Markdown. */
  export const gfm: TurndownService.Plugin;
}
