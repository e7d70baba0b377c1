/**
 * The tablets' mode screens, each a chunk of its own: a desk evaluates no kiosk or booth code, and
 * a kiosk none of the desk's. A start on a mode's path loads its screens beside the language texts
 * (startEarly.ts), so the first paint is the screen itself, not a loading line followed by the
 * screen's code being run while the tablet already shows something (decisions, 36).
 */
export const deskScreens = () => import('./desk/DeskRoutes');
export const boothScreens = () => import('./booth/BoothPage');
export const kioskScreens = () => import('./kiosk/KioskPage');

export function preloadScreens(pathname: string): Promise<unknown> {
  const mode = pathname.split('/')[1];
  const load = mode === 'desk' ? deskScreens : mode === 'kiosk' ? kioskScreens : mode === 'booth' ? boothScreens : null;
  // A chunk that cannot load is reported by the route itself (its error boundary), not here.
  return load ? load().catch(() => undefined) : Promise.resolve();
}
