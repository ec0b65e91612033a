// References between files checked together: a guide names channels tasks and booking services, a
// channels file names booking services. A kind of reference is only checked when a file that defines
// its targets is among the inputs; otherwise the caller says so in a note.
import type { BookingSeed } from '../booking/booking-seed.schema.js';
import type { ChannelsContent } from '../channels/channels.schema.js';
import { jsonPath } from '../core/validation.js';
import type { Guide } from '../guide/guide.schema.js';
import type { FormatName } from './formats.js';

/** A file whose shape is valid, so its fields can be read. */
export type ShapedContent =
  | { format: 'guide'; value: Guide }
  | { format: 'channels'; value: ChannelsContent }
  | { format: 'glossary'; value: unknown }
  | { format: 'booking'; value: unknown }
  | { format: 'booking-seed'; value: BookingSeed };

export type ReferenceKind = 'task' | 'service' | 'location';

export interface Reference {
  kind: ReferenceKind;
  id: string;
  path: string;
  /** For a location: the service booked there. */
  service?: string;
}

export type ReferenceProblem =
  | { code: 'unknown-task'; task: string; known: string[] }
  | { code: 'unknown-service'; service: string; known: string[] }
  | { code: 'unknown-location'; location: string; known: string[] }
  | { code: 'service-not-at-location'; service: string; location: string };

/** The format whose files define the targets of each kind of reference. */
export const TARGET_FORMAT: Record<ReferenceKind, FormatName> = { task: 'channels', service: 'booking-seed', location: 'booking-seed' };

export function referencesOf(content: ShapedContent): Reference[] {
  if (content.format === 'channels') {
    return content.value.channels.flatMap((channel, i): Reference[] => {
      if (channel.bookingService === undefined) return [];
      const service: Reference = { kind: 'service', id: channel.bookingService, path: jsonPath(['channels', i, 'bookingService']) };
      if (channel.bookingLocation === undefined) return [service];
      return [
        service,
        {
          kind: 'location',
          id: channel.bookingLocation,
          path: jsonPath(['channels', i, 'bookingLocation']),
          service: channel.bookingService,
        },
      ];
    });
  }
  if (content.format !== 'guide') return [];
  const guide = content.value;
  const out: Reference[] = guide.task === undefined ? [] : [{ kind: 'task', id: guide.task, path: '$.task' }];
  for (const [id, node] of Object.entries(guide.nodes)) {
    if (node.type !== 'outcome') continue;
    (node.actions ?? []).forEach((action, i) => {
      const at = (field: string) => jsonPath(['nodes', id, 'actions', i, field]);
      if (action.kind === 'channels') out.push({ kind: 'task', id: action.task, path: at('task') });
      if (action.kind === 'booking') {
        out.push({ kind: 'service', id: action.service, path: at('service') });
        if (action.location !== undefined)
          out.push({ kind: 'location', id: action.location, path: at('location'), service: action.service });
        // Rules that choose the service or place by the answers name booking ids too.
        (action.byAnswers ?? []).forEach((rule, j) => {
          const ruleAt = (field: string) => jsonPath(['nodes', id, 'actions', i, 'byAnswers', j, field]);
          const service = rule.service ?? action.service;
          if (rule.service !== undefined) out.push({ kind: 'service', id: rule.service, path: ruleAt('service') });
          if (rule.location !== undefined) out.push({ kind: 'location', id: rule.location, path: ruleAt('location'), service });
        });
      }
    });
  }
  return out;
}

/** The ids the inputs define: tasks, services, and the services each location offers. */
export interface Targets {
  tasks: Set<string>;
  services: Set<string>;
  locations: Map<string, Set<string>>;
}

export function targetsOf(contents: readonly ShapedContent[]): Targets {
  const targets: Targets = { tasks: new Set(), services: new Set(), locations: new Map() };
  for (const content of contents) {
    if (content.format === 'channels') for (const task of content.value.tasks ?? []) targets.tasks.add(task.id);
    if (content.format === 'booking-seed') {
      for (const service of content.value.services) targets.services.add(service.id);
      for (const { location, serviceIds } of content.value.locations) targets.locations.set(location.id, new Set(serviceIds));
    }
  }
  return targets;
}

/** What is wrong with one reference, or undefined when its target exists. */
export function checkReference(reference: Reference, targets: Targets): ReferenceProblem | undefined {
  const { kind, id } = reference;
  if (kind === 'task') return targets.tasks.has(id) ? undefined : { code: 'unknown-task', task: id, known: [...targets.tasks] };
  if (kind === 'service')
    return targets.services.has(id) ? undefined : { code: 'unknown-service', service: id, known: [...targets.services] };
  const offered = targets.locations.get(id);
  if (offered === undefined) return { code: 'unknown-location', location: id, known: [...targets.locations.keys()] };
  const service = reference.service;
  // An unknown service is reported on its own field; here only a known service the location lacks.
  if (service !== undefined && targets.services.has(service) && !offered.has(service))
    return { code: 'service-not-at-location', service, location: id };
  return undefined;
}
