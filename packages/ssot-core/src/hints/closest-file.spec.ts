import { findClosestFiles } from './closest-file';

const FILES = ['libs/http/src/index.ts', 'libs/http/src/lib/http-client.ts', 'libs/json/src/json.ts', 'apps/web/src/main.ts'];
const listFiles = (dir: string) => FILES.filter((file) => file.startsWith(`${dir}/`));

describe('findClosestFiles', () => {
  it.each<[string, string[] | undefined]>([
    ['libs/http/src/http-client.ts', ['libs/http/src/lib/http-client.ts']], // one folder up
    ['libs/http/src/lib/http-clinet.ts', ['libs/http/src/lib/http-client.ts']], // a swap
    ['libs/htp/src/lib/http-client.ts', ['libs/http/src/lib/http-client.ts']], // a slip in a folder: the nearest listing is libs/
    ['libs/json/src/jsno.ts', ['libs/json/src/json.ts']],
    ['libs/json/src/yaml.ts', undefined], // another name: no hint
    ['tools/x.ts', undefined], // nothing listed below tools/: the workspace root is never listed
  ])('%s → %j', (path, names) => {
    expect(findClosestFiles(path, listFiles)).toEqual(names);
  });
});
