/**
 * The tablets' mode screens, each a chunk of its own: a desk evaluates no kiosk or booth code, and
 * a kiosk none of the desk's. A start on a mode's path loads its screens beside the language texts
 * (startEarly.ts), so the first paint is the screen itself, not a loading line followed by the
 * screen's code being run while the tablet already shows something (decisions, 36).
 *
 * A screen whose chunk is already here is rendered as it is, not through React.lazy: a lazy
 * component suspends on its first render even when its import has settled, and React then holds
 * the revealed screen back for up to 300 ms after the fallback (its Suspense throttle), which was
 * most of what a lazy desk cost a start (decisions, 55).
 */
import { createElement, lazy, type ComponentType } from 'react';

interface Screens<M> {
  load(): Promise<M>;
  /** The component, rendered straight away when its chunk is here and through React.lazy otherwise. */
  component(pick: (module: M) => ComponentType): ComponentType;
}

function screens<M>(importer: () => Promise<M>): Screens<M> {
  let loaded: M | undefined;
  const load = () =>
    importer().then((module) => {
      loaded = module;
      return module;
    });
  return {
    load,
    component(pick) {
      const Lazy = lazy(() => load().then((module) => ({ default: pick(module) })));
      return function Screen() {
        return loaded ? createElement(pick(loaded)) : createElement(Lazy);
      };
    },
  };
}

export const deskScreens = screens(() => import('./desk/DeskRoutes'));
export const boothScreens = screens(() => import('./booth/BoothPage'));
export const kioskScreens = screens(() => import('./kiosk/KioskPage'));

export function preloadScreens(pathname: string): Promise<unknown> {
  const mode = pathname.split('/')[1];
  const modeScreens = mode === 'desk' ? deskScreens : mode === 'kiosk' ? kioskScreens : mode === 'booth' ? boothScreens : null;
  // A chunk that cannot load is reported by the route itself (its error boundary), not here.
  return modeScreens ? modeScreens.load().catch(() => undefined) : Promise.resolve();
}
