import type { MutationKey } from '../../../core/schema/mutations';
import { checkinCreate } from './checkin';
import { checkinUndoCreate } from './checkinUndo';
import { feedbackCreate } from './feedback';
import { leadCreate, leadDelete, leadUpdate } from './lead';
import { responseCreate } from './response';
import type { Handler } from './types';
import { visitorCreate } from './visitor';

export type { Applicable, Handler } from './types';
export { RejectMutation } from './types';

/** Every mutation type the server accepts, by `type.op` (the table in core/schema/mutations.ts). */
export const HANDLERS: { [K in MutationKey]: Handler<K> } = {
  'checkin.create': checkinCreate,
  'checkin_undo.create': checkinUndoCreate,
  'visitor.create': visitorCreate,
  'response.create': responseCreate,
  'feedback.create': feedbackCreate,
  'lead.create': leadCreate,
  'lead.update': leadUpdate,
  'lead.delete': leadDelete,
};
