/**
 * The device database (IndexedDB through Dexie). Captured records and their outbox rows are
 * written together; server-owned data (config, roster) is replaced only by pulls.
 * Schema versions only ever add: an installed tablet upgrades in place with its unsynced data.
 */
import Dexie, { type EntityTable } from 'dexie';
import { hasBadgeShape } from '../../core/badge/shape';
import type { Checkin, CheckinUndo } from '../../core/checkins/schema';
import type { Visitor } from '../../core/visitors/walkIn';
import type { Role } from '../../core/schema/common';
import type { RosterEntry } from '../../core/schema/config';
import type { PullStream } from '../../core/schema/sync';
import type { SurveyResponse } from '../../core/surveys/response';
import type { Feedback } from '../../core/feedback/schema';
import type { Lead, LeadSharedContact } from '../../core/leads/schema';

export interface DeviceRow {
  key: 'this';
  deviceId: string;
  token: string;
  role: Role;
  eventId: string;
  exhibitorId: string | null;
  deviceName: string;
  pairedAt: string;
  /** What navigator.storage.persist() answered at pairing: false means the browser may evict data under pressure. */
  persisted: boolean | null;
  /** Set when the server refused the token (401): the queue is kept, staff are asked to pair again. */
  needsRepair?: boolean;
  /** A desk's own badge key (Ed25519, hex): signs walk-in badges offline. Registered with the server at pairing. */
  badgeKey?: { kid: string; publicKey: string; secretKey: string };
  /** A kiosk's staff PIN, set on the kiosk after pairing: only its salted PBKDF2 hash is kept, never the PIN. */
  kioskPin?: KioskPinHash;
}

export interface KioskPinHash {
  /** Hex. */
  salt: string;
  /** Hex of PBKDF2-SHA256(PIN, salt, iterations). */
  hash: string;
  iterations: number;
}

export interface ConfigRow {
  kind: string;
  key: string;
  data: unknown;
}

/** A captured record as stored on the device: the synced data plus local bookkeeping. */
export type LocalCheckin = Checkin & { synced: 0 | 1 };
export type LocalCheckinUndo = CheckinUndo & { synced: 0 | 1 };
export type LocalVisitor = Visitor & { synced: 0 | 1 };
export type LocalResponse = SurveyResponse & { synced: 0 | 1 };
export type LocalFeedback = Feedback & { synced: 0 | 1 };
/**
 * A lead on a booth device: this device's captures and the team's leads pulled from the server,
 * with the contact details the server added (only when the visitor agreed to share them).
 */
export type LocalLead = Lead & { synced: 0 | 1; shared?: LeadSharedContact | null };

/** A business card photo kept with its lead; uploaded on its own, and kept on the device after. */
export interface LeadPhotoRow {
  leadId: string;
  contentType: 'image/jpeg';
  bytes: ArrayBuffer;
  /** 0 until the server has it. */
  uploaded: 0 | 1;
}

/** A case's photo waiting to be uploaded on its own (not inside the mutation: a push batch stays small). */
export interface FeedbackPhotoRow {
  feedbackId: string;
  contentType: 'image/jpeg';
  /** The JPEG's bytes (an ArrayBuffer stores the same everywhere; some browsers once lost Blobs in IndexedDB). */
  bytes: ArrayBuffer;
}

export interface OutboxRow {
  /** Local order of capture; push sends in this order. */
  seq?: number;
  /** Mutation id: what the server deduplicates on. */
  id: string;
  type: string;
  op: 'create' | 'update' | 'delete';
  data: unknown;
  capturedAt: string;
  /** Where the record lives locally, to mark it synced when the server confirms. */
  table: 'checkins' | 'checkinUndos' | 'visitors' | 'responses' | 'feedback' | 'leads';
  recordId: string;
}

export interface DeadLetterRow extends Omit<OutboxRow, 'seq'> {
  seq: number;
  error: string;
  failedAt: string;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

/**
 * A roster entry as the desk keeps it. `externalCode` repeats the badge code only when it is a
 * registration system's own code: those are looked up by code, where our signed badges name their
 * attendee. Indexed sparsely (IndexedDB skips rows without it), so a pull of 200,000 signed badges
 * writes no index entries for them (a quarter of the pull's time).
 */
export type RosterRow = RosterEntry & { externalCode?: string };

export function toRosterRow(entry: RosterEntry): RosterRow {
  return !entry.badgeCode || hasBadgeShape(entry.badgeCode) ? entry : { ...entry, externalCode: entry.badgeCode };
}

export interface CheckpointValue {
  stream: PullStream;
  checkpoint: string;
}

export class ShowfloorDb extends Dexie {
  device!: EntityTable<DeviceRow, 'key'>;
  config!: Dexie.Table<ConfigRow, [string, string]>;
  roster!: EntityTable<RosterRow, 'id'>;
  checkins!: EntityTable<LocalCheckin, 'id'>;
  checkinUndos!: EntityTable<LocalCheckinUndo, 'id'>;
  visitors!: EntityTable<LocalVisitor, 'id'>;
  responses!: EntityTable<LocalResponse, 'id'>;
  feedback!: EntityTable<LocalFeedback, 'id'>;
  feedbackPhotos!: EntityTable<FeedbackPhotoRow, 'feedbackId'>;
  leads!: EntityTable<LocalLead, 'id'>;
  leadPhotos!: EntityTable<LeadPhotoRow, 'leadId'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  deadLetters!: EntityTable<DeadLetterRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;

  constructor(name = 'showfloor') {
    // Strict durability: a check-in reported as saved has reached the disk, not just the OS cache.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      device: 'key',
      config: '[kind+key], kind',
      roster: 'id, badgeCode',
      checkins: 'id, capturedAt, attendeeId, code, synced',
      outbox: '++seq, &id',
      deadLetters: 'id, failedAt',
      syncState: 'key',
    });
    // v2: walk-ins registered at this desk.
    this.version(2).stores({
      visitors: 'id, capturedAt, mobile, email, synced',
    });
    // v3: an exhibitor booth's leads and card photos. Declared after v4 existed, so a device
    // already at v4 upgrades to v5 below, which declares them again.
    this.version(3).stores({
      leads: 'id, capturedAt, attendeeId, synced',
      leadPhotos: 'leadId, uploaded',
    });
    // v4: the information booth's survey responses and cases (complaints, suggestions…) with their photos.
    this.version(4).stores({
      responses: 'id, capturedAt, surveyId, synced',
      feedback: 'id, capturedAt, synced',
      feedbackPhotos: 'feedbackId',
    });
    // v5: the v3 tables once more, for databases created at v4 before v3 was declared (a proper
    // upgrade instead of Dexie's warning and its silent native-version bump).
    this.version(5).stores({
      leads: 'id, capturedAt, attendeeId, synced',
      leadPhotos: 'leadId, uploaded',
    });
    // v6: the roster's external codes in a sparse index, instead of every badge code (RosterRow).
    this.version(6)
      .stores({ roster: 'id, externalCode' })
      .upgrade((tx) =>
        tx
          .table<RosterRow, string>('roster')
          .filter((r) => !!r.badgeCode && !hasBadgeShape(r.badgeCode))
          .modify((r) => {
            r.externalCode = r.badgeCode;
          }),
      );
    // v7: check-ins undone by staff (issue 18), each its own record beside the check-in it corrects.
    this.version(7).stores({ checkinUndos: 'id, checkinId, synced' });
  }
}
