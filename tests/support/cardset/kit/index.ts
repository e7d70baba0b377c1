/** The toolkit the families are written with, by topic. */
export * as compose from './compose';
export * as html from './html';
export * as labels from './labels';
export * as layout from './layout';
export * as phones from './phones';
export * as qr from './qr';
export * as random from './random';
export { SIZES as sizes } from './html';
export type { CardText, CardTruth } from './card';
export type { CardDesign, Family } from './family';
