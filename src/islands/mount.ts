/**
 * Hydrates a server-rendered island (src/islands/Island.astro) with its props. The stores are set
 * up from the same props first, so the first client render matches the server's; the root is marked
 * `data-hydrated` once it is live (for tests and styles), and `$hydrated` lets stored state show.
 */
import { h, hydrate, type ComponentType } from 'preact';
import { markHydrated, setupStores, type StoreSetup } from '../stores/setup.ts';

export function mount<P extends StoreSetup>(id: string, Component: ComponentType<P>): void {
  const root = document.getElementById(id);
  const data = document.getElementById(`${id}-props`);
  if (!root || !data) return;
  const props = JSON.parse(data.textContent ?? '{}') as P;
  setupStores(props);
  hydrate(h(Component, props), root);
  root.dataset['hydrated'] = '';
  markHydrated();
}
