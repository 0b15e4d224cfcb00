import { Injectable } from '@nestjs/common';
import { ConfigService, Logger } from '@platform/core';
import { ExecutionEngine, getExecutionEngine, type ExecutionResult } from '@platform/engine';

@Injectable()
export class AgentsService {
  constructor(
    private readonly config: ConfigService,
    private readonly logger: Logger,
  ) {}

  run(userId: string, agent: string, input: Record<string, unknown>): Promise<ExecutionResult> {
    const engine = getExecutionEngine(userId);
    this.logger.info(`running ${agent}`, { userId });
    return engine.execute({ name: agent, input: { ...input, model: this.config.getOrThrow('LLM_MODEL') } });
  }

  /** Previews are not tied to a user, so they run on a throwaway engine. */
  preview(agent: string): Promise<ExecutionResult> {
    const scratch = new ExecutionEngine();
    return scratch.execute({ name: agent, input: { dryRun: true } });
  }

  isBetaUser(userId: string): boolean {
    if (process.env.AGENTS_BETA === 'all') {
      console.warn('AGENTS_BETA=all: beta agents enabled for everyone');
      return true;
    }
    return this.config.getOrThrow('AGENTS_BETA_USERS').split(',').includes(userId);
  }
}
