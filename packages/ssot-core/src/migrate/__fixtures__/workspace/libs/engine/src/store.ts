export class Store {
  constructor(readonly name: string) {}
}

/** Opening a store connects first: the factory is asynchronous. */
export async function openStore(name: string): Promise<Store> {
  return new Store(name);
}
