/**
 * The device camera: opening the rear camera, listing cameras, the torch, and telling staff in
 * words why a camera could not be opened. getUserMedia and MediaStreamTrack directly: see
 * "Camera scanning" in docs/decisions.md for why not html5-qrcode's wrapper.
 */

export type CameraProblem = 'denied' | 'no_camera' | 'in_use' | 'insecure' | 'unsupported' | 'failed';

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Maps what getUserMedia throws (names differ between browsers and versions) to what staff can act on. */
export function cameraProblemOf(error: unknown): CameraProblem {
  if (error instanceof CameraError) return error.problem;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no_camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in_use';
    default:
      return 'failed';
  }
}

export interface CameraInfo {
  deviceId: string;
  label: string;
}

/** Opens `deviceId`, or the rear camera when none is chosen. */
export async function openCamera(deviceId?: string): Promise<MediaStream> {
  if (!window.isSecureContext) throw new CameraError('insecure', 'not a secure context');
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported', 'no getUserMedia');
  // 1280×720 is plenty for a badge at arm's length and keeps each frame's decode short.
  const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
  const video: MediaTrackConstraints = deviceId ? { deviceId: { exact: deviceId }, ...size } : { facingMode: { ideal: 'environment' }, ...size };
  try {
    return await navigator.mediaDevices.getUserMedia({ video, audio: false });
  } catch (error) {
    // A remembered camera that is gone (unplugged USB camera): fall back to the default one.
    if (deviceId && cameraProblemOf(error) === 'no_camera') return openCamera();
    throw error;
  }
}

export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The video cameras; their labels are known once camera permission was granted. */
export async function listCameras(): Promise<CameraInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => ({ deviceId: d.deviceId, label: d.label }));
}

// Torch is in the Media Capture extensions, not yet in TypeScript's DOM library.
interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}
interface TorchConstraintSet extends MediaTrackConstraintSet {
  torch?: boolean;
}

export function hasTorch(track: MediaStreamTrack | undefined): boolean {
  if (!track || typeof track.getCapabilities !== 'function') return false;
  return (track.getCapabilities() as TorchCapabilities).torch === true;
}

export async function setTorch(track: MediaStreamTrack, on: boolean): Promise<void> {
  const torch: TorchConstraintSet = { torch: on };
  await track.applyConstraints({ advanced: [torch] });
}
