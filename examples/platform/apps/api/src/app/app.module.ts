import { Module } from '@nestjs/common';
import { ConfigService, Logger } from '@platform/core';
import { AgentsController } from './agents.controller';
import { AgentsService } from './agents.service';
import { HealthController } from './health.controller';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  controllers: [AgentsController, HealthController],
  providers: [AgentsService, RealtimeGateway, ConfigService, Logger],
})
export class AppModule {}
