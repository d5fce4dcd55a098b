/**
 * Hydrates a server-rendered island (src/components/Island.astro) with its props. Marks the root
 * `data-hydrated` once it is live, for tests and styles that wait on it.
 */
import { h, hydrate, type ComponentType } from 'preact';

export function mount<P extends object>(id: string, Component: ComponentType<P>): void {
  const root = document.getElementById(id);
  const data = document.getElementById(`${id}-props`);
  if (!root || !data) return;
  const props = JSON.parse(data.textContent ?? '{}') as P;
  hydrate(h(Component, props), root);
  root.dataset['hydrated'] = '';
}
