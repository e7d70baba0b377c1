/**
 * Full screen for the kiosk. Browsers grant it only inside a user gesture, so it is asked for on
 * the first tap and again on any later tap after a visitor left it (Esc, a swipe).
 */
export function enterFullscreen(): void {
  if (typeof document === 'undefined' || document.fullscreenElement || !document.fullscreenEnabled) return;
  document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
    // Refused (no gesture, a policy, a browser without it): the kiosk still works in a window.
  });
}

export function leaveFullscreen(): void {
  if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
