import { Logger } from '@nestjs/common';
import { PollingLoop } from './polling-loop';

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const logger = new Logger('test');

  it('waits a poll between rounds, and none after a round that says more is due', async () => {
    const answers = [true, false, false];
    const round = jest.fn(() => Promise.resolve(answers.shift() ?? false));
    const loop = new PollingLoop(1000, round, logger);
    loop.start();
    await jest.advanceTimersByTimeAsync(999);
    expect(round).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(1);
    // The first round said more is due: the second follows at once, then a full poll.
    await jest.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(990);
    expect(round).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(10);
    expect(round).toHaveBeenCalledTimes(3);
    await loop.stop();
  });

  it('logs a failed round and carries on at the next poll', async () => {
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const round = jest.fn().mockRejectedValueOnce(new Error('database gone')).mockResolvedValue(false);
    const loop = new PollingLoop(500, round, logger);
    loop.start();
    await jest.advanceTimersByTimeAsync(500);
    expect(error).toHaveBeenCalledWith('round failed: Error: database gone');
    await jest.advanceTimersByTimeAsync(500);
    expect(round).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('stops polling and waits for the round in flight', async () => {
    let finish: (moreDue: boolean) => void = () => undefined;
    const round = jest.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const loop = new PollingLoop(100, round, logger);
    loop.start();
    await jest.advanceTimersByTimeAsync(100);
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish(true);
    await stopping;
    await jest.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(1);
  });
});
