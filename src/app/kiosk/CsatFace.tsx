/**
 * The satisfaction faces, drawn here rather than taken from the system's emoji: a Linux tablet
 * without a colour emoji font showed two of the five as empty boxes, and each platform draws its
 * own. One face per level (1 very dissatisfied … 5 very satisfied): the mouth bends from a frown to
 * a wide smile and the colour goes from red to green, so the scale reads without the words.
 */
const FILL = ['#fca5a5', '#fdba74', '#fde68a', '#bef264', '#86efac'];
const INK = '#1f2937';
// Mouth: from (12,24) to (28,24) through a control point; below 24 smiles, above frowns.
const MOUTH_BEND = [17, 20.5, 24, 28, 31];

export function CsatFace({ level }: { level: number }) {
  const i = Math.min(5, Math.max(1, Math.round(level))) - 1;
  const bend = MOUTH_BEND[i] as number;
  const mouthY = i < 2 ? 27 : 25;
  return (
    <svg className="face" viewBox="0 0 40 40" width="48" height="48" aria-hidden="true" focusable="false" data-level={i + 1}>
      <circle cx="20" cy="20" r="18" fill={FILL[i]} stroke={INK} strokeWidth="2" />
      <circle cx="14" cy="16" r="2.2" fill={INK} />
      <circle cx="26" cy="16" r="2.2" fill={INK} />
      {i === 0 ? (
        // Very dissatisfied: brows drawn down towards the nose.
        <path d="M10 11 L16 13 M30 11 L24 13" stroke={INK} strokeWidth="2" strokeLinecap="round" />
      ) : null}
      {i === 2 ? (
        <path d="M13 26 L27 26" stroke={INK} strokeWidth="2.4" strokeLinecap="round" fill="none" />
      ) : (
        <path d={`M12 ${mouthY} Q20 ${bend + (mouthY - 24)} 28 ${mouthY}`} stroke={INK} strokeWidth="2.4" strokeLinecap="round" fill={i === 4 ? '#fff' : 'none'} />
      )}
    </svg>
  );
}
