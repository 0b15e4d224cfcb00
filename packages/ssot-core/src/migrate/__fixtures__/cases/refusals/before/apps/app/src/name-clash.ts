const JsonHandler = 'a local name';

export function read(text: string): unknown {
  return [JsonHandler, JSON.parse(text)];
}
