/** A layout family: a kind of card real people hand over, drawn card by card from a seed. */
import type { CardText } from './card';
import type { Rand } from './random';

export interface CardDesign {
  /** The page whose #card element is the card (kit/html.ts `page`). */
  html: string;
  card: CardText;
  width: number;
  height: number;
}

export interface Family {
  /** Stable id: seeds, cache folders and bench rows are keyed by it. */
  id: string;
  /** What the cards look like, in a line. */
  look: string;
  /** What of issue #17's list the family exercises. */
  exercises: readonly string[];
  /** Cards in the set (each is read clean and photographed). */
  count: number;
  make: (r: Rand, index: number) => CardDesign;
}
