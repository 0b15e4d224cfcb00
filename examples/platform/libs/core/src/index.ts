// Public entry of @platform/core.
export * from './serialization';
export * from './logging/logger';
export * from './config/config.service';
// Consumers know the calendar-date format by the name of its standard.
export { DATE_FORMAT as ISO_DATE_FORMAT, DATE_TIME_FORMAT } from './time/date-format';
