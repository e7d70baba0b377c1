export { CARD_FIELDS, PHONE_FIELDS, cardFieldsSchema, countCardFields, emptyCardFields, type CardField, type CardFields } from './fields';
export { parseCardText, type CardTextLine, type ParseCardOptions } from './parseText';
export { cardFieldsFromQr, parseBizcard, parseMecard, parseVCard } from './vcard';
