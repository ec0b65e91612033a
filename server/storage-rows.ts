// Rows as both storages read them (SQLite and PostgreSQL give the same shapes: numbers for
// epoch ms, Buffers for hashes) and their mapping to the API's records.
import type { Booking, Location } from '../src/booking/booking.schema.js';
import type { Schedule } from './slots.js';
import type { BookingRecord, LocationRecord } from './storage.js';

export interface BookingRow {
  id: string;
  code: string;
  service_id: string;
  location_id: string;
  start_ms: number;
  end_ms: number;
  start_iso: string;
  end_iso: string;
  status: 'confirmed' | 'cancelled';
  token_hash: Buffer;
  name: string | null;
  email: string | null;
  phone: string | null;
  lang: string | null;
}

export interface LocationRow {
  id: string;
  json: string;
  schedule: string;
  service_ids: string | null;
}

export interface IdempotencyRow {
  body_mac: Buffer;
  status: number;
  sealed_answer: Buffer;
}

export function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    code: row.code,
    serviceId: row.service_id,
    locationId: row.location_id,
    start: row.start_iso,
    end: row.end_iso,
    status: row.status,
  };
}

export function toBookingRecord(row: BookingRow): BookingRecord {
  const record: BookingRecord = { booking: toBooking(row), tokenHash: row.token_hash, startMs: row.start_ms, endMs: row.end_ms };
  if (row.name !== null) {
    record.personalData = { name: row.name };
    if (row.email !== null) record.personalData.email = row.email;
    if (row.phone !== null) record.personalData.phone = row.phone;
    if (row.lang !== null) record.personalData.lang = row.lang;
  }
  return record;
}

export function toLocationRecord(row: LocationRow): LocationRecord {
  return {
    location: JSON.parse(row.json) as Location,
    schedule: JSON.parse(row.schedule) as Schedule,
    serviceIds: row.service_ids ? row.service_ids.split(',') : [],
  };
}
