import { useCallback, useEffect, useRef, useState } from 'react';

export const IDLE_MS = 60_000;
export const COUNTDOWN_MS = 15_000;

export interface IdleState {
  /** Seconds left before the reset, while the warning shows; null otherwise. */
  secondsLeft: number | null;
  /** "I'm still here": hides the warning and starts the idle time again. */
  stillHere(): void;
}

/**
 * Starts the kiosk over when nobody touched it: after `idleMs` without a pointer or key event a
 * countdown appears, and when it runs out `onExpire` discards the half-filled survey. Any touch
 * during the countdown cancels it. Inactive (no timers) while `active` is false.
 */
export function useIdleReset(active: boolean, onExpire: () => void, idleMs = IDLE_MS, countdownMs = COUNTDOWN_MS): IdleState {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  const stillHere = useCallback(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!active) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { capture: true, passive: true });
    const timer = setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= idleMs + countdownMs) {
        clearInterval(timer);
        expire.current();
      } else if (idle >= idleMs) {
        setSecondsLeft(Math.ceil((idleMs + countdownMs - idle) / 1000));
      } else {
        setSecondsLeft(null);
      }
    }, 250);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, onActivity, { capture: true });
      setSecondsLeft(null);
    };
  }, [active, idleMs, countdownMs]);

  return { secondsLeft, stillHere };
}
