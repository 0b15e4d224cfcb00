/** Time, injectable in tests: an instance method, so `Clock.now` names nothing static. */
export class Clock {
  now(): number {
    return Date.now();
  }
}
