import type { CriticalService, Criticality, ProcedureDefinition, Risk, RiskStatus, Severity } from '@ladder/contracts';

export interface CriticalServiceRow {
  id: string;
  name: string;
  criticality: Criticality;
  default_severity: Severity;
  owning_team_id: string | null;
  owning_team_name: string | null;
  description: string;
  row_version: number;
  updated_at: Date;
}

export const CRITICAL_SERVICE_SELECT = `
  SELECT s.id, s.name, s.criticality, s.default_severity, s.owning_team_id, t.name AS owning_team_name,
         s.description, s.row_version, s.updated_at
    FROM critical_service s
    LEFT JOIN team t ON t.id = s.owning_team_id`;

export interface RiskRow {
  id: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  service_id: string | null;
  service_name: string | null;
  scenario_id: string | null;
  mitigation: string;
  owner: string;
  status: RiskStatus;
  reviewed_at: Date | null;
  row_version: number;
  updated_at: Date;
}

export const RISK_SELECT = `
  SELECT r.id, r.title, r.description, r.likelihood, r.impact, r.service_id, s.name AS service_name, r.scenario_id,
         r.mitigation, r.owner, r.status, r.reviewed_at, r.row_version, r.updated_at
    FROM risk r
    LEFT JOIN critical_service s ON s.id = r.service_id`;

/** Highest score first; ties by title. */
export const RISK_ORDER = `ORDER BY r.likelihood * r.impact DESC, r.title, r.id`;

/** `definition`: the current procedure, which says whether the service is still one of its services. */
export function toCriticalService(row: CriticalServiceRow, definition: ProcedureDefinition): CriticalService {
  return {
    id: row.id,
    name: row.name,
    criticality: row.criticality,
    defaultSeverity: row.default_severity,
    owningTeamId: row.owning_team_id,
    owningTeamName: row.owning_team_name,
    description: row.description,
    inProcedure: definition.services.includes(row.name),
    rowVersion: row.row_version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** `definition`: the current procedure, which names the linked scenario guideline. */
export function toRisk(row: RiskRow, definition: ProcedureDefinition): Risk {
  const scenario = definition.scenarios.find((g) => g.id === row.scenario_id);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    likelihood: row.likelihood,
    impact: row.impact,
    score: row.likelihood * row.impact,
    serviceId: row.service_id,
    serviceName: row.service_name,
    scenarioId: row.scenario_id,
    scenarioName: scenario?.name ?? null,
    mitigation: row.mitigation,
    owner: row.owner,
    status: row.status,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    rowVersion: row.row_version,
    updatedAt: row.updated_at.toISOString(),
  };
}
