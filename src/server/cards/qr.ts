/** The QR code on a card photo, read in Node with the desk's decoder. */
import { decodeCardImage } from './reader';
import { decodePixels } from '../scan/zxing';

export async function decodeQrInNode(input: string | Buffer): Promise<string | null> {
  return (await decodePixels(await decodeCardImage(input)))?.text ?? null;
}
