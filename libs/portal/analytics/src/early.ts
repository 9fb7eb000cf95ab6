export { askReportOfAddress } from './lib/shared/early-report';
