// Local stand-ins for the NestJS typings: the example workspace installs no packages.
declare module '@nestjs/common' {
  export function Injectable(): ClassDecorator;
  export function Controller(prefix?: string): ClassDecorator;
  export function Module(metadata: { controllers?: unknown[]; providers?: unknown[] }): ClassDecorator;
  export function Get(path?: string): MethodDecorator;
  export function Post(path?: string): MethodDecorator;
  export function Param(name: string): ParameterDecorator;
  export function Body(): ParameterDecorator;
}

declare module '@nestjs/core' {
  export interface INestApplication {
    get<T>(token: abstract new (...args: never[]) => T): T;
    listen(port: number): Promise<void>;
  }
  export const NestFactory: { create(module: unknown): Promise<INestApplication> };
}
