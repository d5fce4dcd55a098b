/** Chapter slug → title, for components that link to chapters by slug (advice). Build-time only. */
import { getChapters } from './guide';

export async function getChapterTitles(): Promise<Record<string, string>> {
  const chapters = await getChapters();
  return Object.fromEntries(chapters.map((c) => [c.id, c.data.title]));
}
