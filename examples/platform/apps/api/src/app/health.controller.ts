import { Controller, Get } from '@nestjs/common';
import { format } from 'date-fns';
import { ConfigService } from '@platform/core';

@Controller('health')
export class HealthController {
  constructor(private readonly config: ConfigService) {}

  @Get()
  check() {
    return {
      status: 'ok',
      version: this.config.get('APP_VERSION') ?? 'dev',
      // eslint-disable-next-line ssot/no-bypass -- REGION is set per pod by the orchestrator, not in the app's config
      region: process.env.REGION ?? 'local',
      day: format(new Date(), 'yyyy-MM-dd'),
    };
  }
}
