import type { Role } from '@ladder/contracts';

export interface NavItem {
  path: string;
  label: string;
  exact: boolean;
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/escalations', label: 'Queue', exact: true, roles: ['agent', 'manager', 'admin'] },
  { path: '/escalations/new', label: 'New escalation', exact: true, roles: ['agent', 'manager', 'admin'] },
  { path: '/reports', label: 'Reports', exact: false, roles: ['agent', 'manager', 'process_owner', 'admin'] },
  { path: '/procedure', label: 'Procedure', exact: false, roles: ['agent', 'manager', 'process_owner', 'admin'] },
  { path: '/reviews', label: 'Reviews', exact: false, roles: ['manager', 'process_owner', 'admin'] },
  { path: '/surveys/template', label: 'Survey', exact: false, roles: ['process_owner', 'admin'] },
  { path: '/admin/deliveries', label: 'Deliveries', exact: false, roles: ['admin'] },
  { path: '/admin/integrations', label: 'Integrations', exact: false, roles: ['admin'] },
  { path: '/admin/calendars', label: 'Calendars', exact: false, roles: ['process_owner', 'admin'] },
  { path: '/admin/imports', label: 'Imports', exact: false, roles: ['manager', 'admin'] },
  // Everyone can suggest; those who read the suggestions land on the list, which links to the form.
  { path: '/surveys/feedback', label: 'Feedback', exact: true, roles: ['agent'] },
  { path: '/surveys/feedback/review', label: 'Feedback', exact: false, roles: ['manager', 'process_owner', 'admin'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

/** Where each role lands after signing in: agents work the queue, the others read reports. */
export function homeFor(role: Role): string {
  return role === 'agent' || role === 'admin' ? '/escalations' : '/reports';
}

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  agent: 'Agent',
  manager: 'Manager',
  process_owner: 'Process owner',
  admin: 'Administrator',
};
