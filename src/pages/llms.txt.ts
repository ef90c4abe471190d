/**
 * /llms.txt (llmstxt.org): the guide described for AI tools, with every
 * article linked as its Markdown (index.md beside each page, written by
 * src/llms/markdown.ts). Addresses are absolute when the build knows the
 * site's (SITE_URL), root-relative otherwise.
 */
import type { APIRoute } from 'astro';
import { getArticles, getSections } from '../data/content.ts';
import { absoluteUrls, articleUrl, downloadUrl, glossaryUrl, markdownUrl, pathUrl, splitArticleId, whatsNewUrl } from '../lib/urls.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async ({ site: address }) => {
  const absolute = absoluteUrls(address);
  const [sections, articles] = await Promise.all([getSections(), getArticles()]);
  const lines = [
    `# ${site.name}`,
    '',
    `> ${site.description}`,
    '',
    `Every article is written by people, checked against named, dated sources, and free to read. Each link below is the article as Markdown; the page itself is the same address without "index.md". Figures such as pay carry their source and date in the text.`,
  ];
  for (const section of sections) {
    const inSection = articles.filter((article) => splitArticleId(article.id).section === section.id);
    if (inSection.length === 0) continue;
    lines.push('', `## ${section.title}`, '', ...inSection.map((article) => `- [${article.data.title}](${absolute(markdownUrl(articleUrl(article.id)))}): ${article.data.description}`));
  }
  lines.push(
    '',
    '## Optional',
    '',
    `- [Glossary](${absolute(glossaryUrl)}): short definitions of the terms the articles use, each on a page of its own`,
    `- [Learning path](${absolute(pathUrl)}): the articles in the order a beginner should read them`,
    `- [What’s new](${absolute(whatsNewUrl)}): new articles and substantive updates, newest first`,
    `- [Download](${absolute(downloadUrl)}): the whole guide as an offline website, an EPUB and a PDF`,
  );
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
