import type { AlertRoute, Routing, RoutingRule } from '@ladder/contracts';

const matches = (rule: RoutingRule, labels: Record<string, string>): boolean =>
  Object.entries(rule.match).every(([label, values]) => {
    const value = labels[label];
    return value !== undefined && values.includes(value);
  });

/**
 * Where an alert with these labels lands: each field from the first matching rule that sets it; the affected
 * service else from the service label; everything else from the defaults. The team stays unset (the procedure's
 * route decides) unless a rule names one.
 */
export function routeAlert(routing: Routing, labels: Record<string, string>): AlertRoute {
  // Applied last to first, so the first matching rule that sets a field has the last word on it.
  const set: Partial<AlertRoute> = Object.assign(
    {},
    ...routing.rules
      .filter((rule) => matches(rule, labels))
      .reverse()
      .map((rule) => rule.set),
  );
  return {
    ...routing.defaults,
    affectedService: labels[routing.serviceLabel] ?? routing.defaults.affectedService,
    ...set,
  };
}
