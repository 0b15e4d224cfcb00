import { ConfigService, Logger } from '@platform/core';
import { AgentsService } from './agents.service';

describe('AgentsService', () => {
  const config = new ConfigService({ LLM_MODEL: 'test-model', AGENTS_BETA_USERS: 'u1,u2' });
  const service = new AgentsService(config, new Logger('test'));

  it('passes the configured model to the user engine', async () => {
    const result = await service.run('u1', 'triage', {});
    expect(result).toMatchObject({ userId: 'u1', output: { model: 'test-model' } });
  });

  it('warns when beta agents are enabled for everyone', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    process.env.AGENTS_BETA = 'all';
    expect(service.isBetaUser('u3')).toBe(true);
    expect(warn).toHaveBeenCalled();
    delete process.env.AGENTS_BETA;
  });
});
