import { Queue } from '@acme/engine';

export const queue = new Queue('mail', 10);
