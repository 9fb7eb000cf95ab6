import type { SqlQuery } from './sql-query';

/**
 * Colleagues of the demo accounts, filling each team up to its capacity, so every team (Database and
 * Security have no demo account) has people to act on its escalations. They share the demo password.
 */
const STAFF: Readonly<Record<string, readonly string[]>> = {
  'Service Desk': ['Ana Souza', 'Ben Walker', 'Chloe Martin', 'Diego Ramos', 'Emma Schultz', 'Felix Wong', 'Hana Sato'],
  'Team Leads': ['Isabel Moreau', 'Kwame Asante'],
  Network: ['Lars Nilsen', 'Mira Kaur'],
  Database: ['Nadia Petrova', 'Oscar Lindqvist'],
  Applications: ['Pablo Ortega', 'Rachel Green', 'Tomasz Wojcik'],
  Security: ['Uma Iyer', 'Victor Hugo Lema'],
  'IT Management': ['Wendy Clarke'],
};

export async function seedDemoStaff(query: SqlQuery): Promise<void> {
  const people = Object.entries(STAFF).flatMap(([team, names]) => names.map((name) => ({ team, name })));
  await query(
    `INSERT INTO app_user (email, name, password_hash, role, team_id, levels)
     SELECT s.email, s.name, demo.password_hash, 'agent', t.id, ARRAY[t.level]
     FROM unnest($1::text[], $2::text[], $3::text[]) AS s (email, name, team)
     JOIN team t ON t.name = s.team
     CROSS JOIN (SELECT password_hash FROM app_user WHERE email = 'l1.agent@ladder.demo') demo
     ON CONFLICT (email) DO NOTHING`,
    [people.map(({ name }) => staffEmail(name)), people.map(({ name }) => name), people.map(({ team }) => team)],
  );
}

function staffEmail(name: string): string {
  return `${name.toLowerCase().replace(/ /g, '.')}@ladder.demo`;
}
