/** The guide's chapters in reading order, with what list pages need. Build-time only. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { inWords, t } from '../i18n';

export type Chapter = CollectionEntry<'guide'>;

/** Reading speed for the "n min read" estimate. */
const WORDS_PER_MINUTE = 220;

export async function getChapters(): Promise<Chapter[]> {
  const chapters = await getCollection('guide');
  const orders = new Map<number, string>();
  for (const c of chapters) {
    const clash = orders.get(c.data.order);
    if (clash) throw new Error(`content/guide: "${c.id}" and "${clash}" both have order ${c.data.order}; each chapter needs its own`);
    orders.set(c.data.order, c.id);
  }
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export function readingMinutes(chapter: Chapter): number {
  const words = (chapter.body ?? '').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "six short chapters": the count in words, so adding a chapter file updates every page that says it. */
export function chaptersInWords(n: number): string {
  return t('guide.chapters', { count: n, words: inWords(n) });
}
