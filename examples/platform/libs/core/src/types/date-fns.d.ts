// Local stand-in for the date-fns typings: the example workspace installs no packages.
declare module 'date-fns' {
  export function format(date: Date | number, formatString: string): string;
}
