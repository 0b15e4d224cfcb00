import { Store } from '@acme/engine';

export const store = new Store('sessions');
