import { describe, expect, it } from 'vitest';
import { CameraError, cameraProblemOf, hasTorch } from '../../../src/app/scan/camera';

function domError(name: string): DOMException {
  return new DOMException('from getUserMedia', name);
}

describe('camera problems, as staff are told about them', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no_camera'],
    ['DevicesNotFoundError', 'no_camera'],
    ['OverconstrainedError', 'no_camera'],
    ['NotReadableError', 'in_use'],
    ['TrackStartError', 'in_use'],
    ['AbortError', 'in_use'],
    ['SomethingNew', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(cameraProblemOf(domError(name))).toBe(problem);
  });

  it('keeps the problem of our own errors and treats anything else as a failure', () => {
    expect(cameraProblemOf(new CameraError('insecure', 'http'))).toBe('insecure');
    expect(cameraProblemOf(new TypeError('undefined is not a function'))).toBe('failed');
    expect(cameraProblemOf('weird')).toBe('failed');
  });
});

describe('torch', () => {
  // MediaStreamTrack cannot be made in jsdom: these stand in for what cameras report.
  const track = (capabilities: object | null) => (capabilities === null ? {} : { getCapabilities: () => capabilities }) as unknown as MediaStreamTrack;

  it('is offered only when the camera says it has one', () => {
    expect(hasTorch(track({ torch: true }))).toBe(true);
    expect(hasTorch(track({ torch: false }))).toBe(false);
    expect(hasTorch(track({ width: { min: 1, max: 1920 } }))).toBe(false);
    // Firefox has no getCapabilities.
    expect(hasTorch(track(null))).toBe(false);
    expect(hasTorch(undefined)).toBe(false);
  });
});
