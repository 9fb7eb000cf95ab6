import { OpeningGuidanceSchema, type TimelineEvent } from '@ladder/contracts';

/**
 * What shaped an escalation's opening, from its `created` event: the scenario guidelines that applied, the level it
 * opened at instead of the one asked for, and the severity instead of the matrix's (saying when the critical-service
 * register's default set it). Null for other events and for an opening nothing shaped.
 */
export function openingNote(event: Pick<TimelineEvent, 'type' | 'toLevel' | 'details'>): string | null {
  if (event.type !== 'created') return null;
  const parsed = OpeningGuidanceSchema.safeParse(event.details);
  if (!parsed.success) return null;
  const opening = parsed.data;
  const parts: string[] = [];
  const names = opening.guidelines.map((g) => g.name);
  if (names.length)
    parts.push(`${names.length === 1 ? 'Scenario guideline' : 'Scenario guidelines'} ${names.join(', ')}`);
  if (event.toLevel !== null && event.toLevel !== opening.requestedLevel) {
    parts.push(`opened at L${event.toLevel} instead of L${opening.requestedLevel}`);
  }
  if (opening.severity !== opening.matrixSeverity) {
    // The register's default is named only where it set the severity: beside a more severe one it would mislead.
    const cause = opening.severity === opening.serviceSeverity ? ', the service’s default' : '';
    parts.push(`${opening.severity} instead of the matrix’s ${opening.matrixSeverity}${cause}`);
  }
  const contacts = opening.extraContacts.map((c) => c.name);
  if (contacts.length) parts.push(`also reach ${contacts.join(', ')}`);
  return parts.length ? parts.join(' · ') : null;
}
