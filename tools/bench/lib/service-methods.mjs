// Method bodies for generated service classes. Each takes the class builder (`c`: handles through
// constructor injection, imports) and a number that keeps names unique, and returns source lines.
// Usages go through injected handles (`this.json.parse`); bypasses go around them (`JSON.parse`).

export const SERVICE_METHODS = [
  // JSON: handler vs JSON.parse / JSON.stringify
  [6, (c, n) => [
    `  decode${n}(raw: string): Record<string, unknown> {`,
    `    const value = ${c.handle('json')}.parse<Record<string, unknown>>(raw);`,
    `    return { ...value, decodedAt: Date.now() };`,
    `  }`,
  ]],
  [4, (c, n) => [
    `  decodeLegacy${n}(raw: string): unknown {`,
    `    // Older payloads skip the handler (see the migration ticket).`,
    `    const parsed = JSON.parse(raw);`,
    `    return Array.isArray(parsed) ? parsed.map((item) => ({ ...item, legacy: true })) : parsed;`,
    `  }`,
  ]],
  [3, (c, n) => [
    `  encode${n}(id: string, items: readonly string[]): string {`,
    c.rng.chance(0.5) ? `    return ${c.handle('json')}.stringify({ id, items }, 2);` : `    return JSON.stringify({ id, count: items.length, items });`,
    `  }`,
  ]],
  // Logger: handle vs console
  [6, (c, n) => [
    `  report${n}(count: number, label: string): void {`,
    `    ${c.handle('logger')}.info(\`processed \${count} items for \${label}\`, { count });`,
    `  }`,
  ]],
  [4, (c, n) => [
    `  trace${n}(step: string, started: number): void {`,
    `    const elapsed = Date.now() - started;`,
    `    console.log(\`[\${step}] took \${elapsed} ms\`);`,
    `  }`,
  ]],
  // Config: handle vs process.env
  [4, (c, n) => [
    `  limit${n}(): number {`,
    `    return ${c.handle('config')}.getNumber('BATCH_LIMIT_${n}', 50);`,
    `  }`,
  ]],
  [3, (c, n) => [
    `  region${n}(): string {`,
    `    const region = process.env.REGION ?? 'eu-west-1';`,
    `    return process.env['STAGE'] === 'prod' ? region : \`\${region}-staging\`;`,
    `  }`,
  ]],
  // HTTP: handle (the bypass lives in api files: import axios)
  [4, (c, n) => [
    `  async fetch${n}(id: string): Promise<unknown> {`,
    `    const response = await ${c.handle('http')}.get(\`/api/items/\${encodeURIComponent(id)}\`);`,
    `    if (response.status >= 400) throw new Error(\`fetch ${n} failed with \${response.status}\`);`,
    `    return ${c.handle('json')}.parse(response.body);`,
    `  }`,
  ]],
  // Date format: constant vs literal
  [3, (c, n) => [
    `  day${n}(date: Date): string {`,
    `    return ${c.core('formatDate')}(date, ${c.core('DATE_FORMAT')});`,
    `  }`,
  ]],
  [2, (c, n) => [
    `  legacyDay${n}(date: Date): string {`,
    `    return ${c.core('formatDate')}(date, 'yyyy-MM-dd');`,
    `  }`,
  ]],
  // Engine: factory vs new
  [2, (c, n) => [
    `  async run${n}(user: string, task: string): Promise<string> {`,
    `    const engine = ${c.engine('createEngine')}({ user });`,
    `    return engine.run(task);`,
    `  }`,
  ]],
  [1, (c, n) => [
    `  async runDirect${n}(task: string): Promise<string> {`,
    `    const engine = new ${c.engine('Engine')}({ user: 'service-${n}' });`,
    `    return engine.run(task);`,
    `  }`,
  ]],
  // Neutral code: no SSOT tokens
  [6, (c, n) => [
    `  total${n}(rows: ReadonlyArray<{ amount: number; qty: number }>): number {`,
    `    let total = 0;`,
    `    for (const row of rows) {`,
    `      if (row.qty <= 0) continue;`,
    `      total += row.amount * row.qty;`,
    `    }`,
    `    return Math.round(total * 100) / 100;`,
    `  }`,
  ]],
  [5, (c, n) => [
    `  async attempt${n}<T>(work: () => Promise<T>, retries = 3): Promise<T> {`,
    `    for (let attempt = 1; ; attempt += 1) {`,
    `      try {`,
    `        return await work();`,
    `      } catch (error) {`,
    `        if (attempt >= retries) throw new Error(\`step ${n} failed after \${attempt} attempts: \${String(error)}\`);`,
    `      }`,
    `    }`,
    `  }`,
  ]],
  [5, (c, n) => [
    `  classify${n}(status: number): 'ok' | 'retry' | 'fail' {`,
    `    switch (Math.floor(status / 100)) {`,
    `      case 2:`,
    `        return 'ok';`,
    `      case 5:`,
    `        return 'retry';`,
    `      default:`,
    `        return 'fail';`,
    `    }`,
    `  }`,
  ]],
  [4, (c, n) => {
    const dep = c.dep();
    if (!dep) return [`  get name${n}(): string {`, `    return this.constructor.name;`, `  }`];
    return [`  related${n}(): string {`, `    return \`\${this.describe()} uses \${${dep}.describe()}\`;`, `  }`];
  }],
].map(([weight, build]) => [build, weight]); // rng.weighted takes [value, weight]
