import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { Logger } from '@platform/core';
import { AgentsService } from './agents.service';

@Controller('agents')
export class AgentsController {
  constructor(
    private readonly agents: AgentsService,
    private readonly logger: Logger,
  ) {}

  @Post(':agent/run')
  async run(@Param('agent') agent: string, @Body() body: { userId: string; input: Record<string, unknown> }) {
    try {
      return await this.agents.run(body.userId, agent, body.input);
    } catch (error) {
      this.logger.error(`run of ${agent} failed`, error);
      throw error;
    }
  }

  @Get(':agent/preview')
  preview(@Param('agent') agent: string) {
    return this.agents.preview(agent);
  }
}
