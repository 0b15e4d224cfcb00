/** Calendar dates in file names, report keys and query strings (date-fns tokens). */
export const DATE_FORMAT = 'yyyy-MM-dd';

/** Timestamps shown to people (date-fns tokens). */
export const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm';
