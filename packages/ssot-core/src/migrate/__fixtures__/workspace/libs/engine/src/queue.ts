export class Queue {
  constructor(
    readonly name: string,
    readonly size: number,
  ) {}
}

/** The factory picks the size itself. */
export function getQueue(name: string): Queue {
  return new Queue(name, 100);
}
