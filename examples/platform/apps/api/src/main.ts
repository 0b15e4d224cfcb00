import { NestFactory } from '@nestjs/core';
import { ConfigService, Logger } from '@platform/core';
import { UnifiedWebSocketManager } from '@platform/realtime';
import { AppModule } from './app/app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);
  const logger = new Logger('api');
  const port = config.getNumber('PORT', 3000);
  const realtime = new UnifiedWebSocketManager({ port: config.getNumber('WS_PORT', port + 1) });
  process.on('SIGTERM', () => realtime.close());
  await app.listen(port);
  logger.info(`🚀 api listening on :${port}`, { env: process.env.NODE_ENV });
}

void bootstrap();
