import { drillCellLink, type DrillLink } from './drill';

/** The links a mapper spec reads: to the drill-down, with the drill's period and narrowing and no filters. */
export const testDrillLink: DrillLink = (drill) => drillCellLink({}, drill);
