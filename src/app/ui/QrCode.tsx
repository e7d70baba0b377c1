import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code as SVG: one path of dark modules, crisp at any print size. Error correction M keeps
 * badge codes (~280 alphanumeric characters) small enough for a 62 mm label while tolerating wear.
 */
export function QrCode({ text, label, size = '100%' }: { text: string; label: string; size?: string }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    return { d, size: modules.size + 8 };
  }, [text]);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${path.size} ${path.size}`} width={size} height={size} shapeRendering="crispEdges" data-testid="qr">
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
