export const parse = JSON.parse;
