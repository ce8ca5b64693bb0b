// The board's wording of counts, in whole Danish words.
import { plural } from '../format';

/** "1 almindelig plads, 2 gæstepladser": the free places by kind. */
export const freePlacesText = (regular: number, guest: number) =>
  `${plural(regular, 'almindelig plads', 'almindelige pladser')}, ${plural(guest, 'gæsteplads', 'gæstepladser')}`;
