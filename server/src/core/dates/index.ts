// Clio's date engine: calendar arithmetic, EDTF, and recognition in prose.
export * from './calendar';
export { toEdtf, parseEdtf, isValidEdtf, edtfInterval, seasonBounds, widenApproximate, narrowApproximate } from './edtf';
export type { EdtfSource, ParsedEdtf } from './edtf';
export { recognizeDates, otherCalendarReading } from './recognize';
export type { DateOptions } from './recognize';
export { isDateline } from './discourse';
