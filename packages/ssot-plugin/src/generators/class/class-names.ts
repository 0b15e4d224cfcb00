/** A PascalCase identifier: what the class, the entry's name and its export are called. */
export const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;

/**
 * `PaymentGateway` → `payment-gateway`; acronyms stay one word (`UnifiedJSONHandler` →
 * `unified-json-handler`, `HTTPClient` → `http-client`), as the files of hand-written SSOTs are named.
 */
export function toKebabCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z\d])/g, '$1-$2')
    .toLowerCase();
}

/** The factory of `PaymentGateway` is `getPaymentGateway`, as ssot's docs and examples name them. */
export function toFactoryName(className: string): string {
  return `get${className}`;
}
